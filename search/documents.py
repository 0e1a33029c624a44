"""The one kind of document the search indexes hold, whatever it was built from (a page, a partner, a post).

Only what anonymous visitors or partners may read is indexed at all: drafts and
unpublished pages, view-restricted pages (and aliases of them) are left out, and
what only partners may read is indexed with `audience: partners`, which every
query filters on. The index never holds anything a visitor must not see in
its raw form; the per-query filter is the second line.
"""

import dataclasses
import datetime

from django.conf import settings


def document_id(kind, object_id):
    return f"{kind}-{object_id}"


def gone(kind, object_ids, present):
    """The document ids of the objects of `object_ids` that no longer exist (not in `present`)."""
    return [document_id(kind, pk) for pk in object_ids if pk not in present]


def site_locales():
    return [code for code, _name in settings.LANGUAGES]


@dataclasses.dataclass(kw_only=True)
class SearchDocument:
    """A document of the site's indexes; the fields are those search/analysis.py maps.

    `language` is the language of the text, and so the index the document goes to; `locale` the site
    locale it is shown in (its language unless said otherwise); `fallback_for` the locales it stands in
    for, having no version of their own; `untranslated` marks an alias page (text of another locale).
    """

    kind: str
    object_id: int
    content_type: str
    language: str
    title: str
    url: str
    locale: str = ""
    untranslated: bool = False
    fallback_for: list[str] = dataclasses.field(default_factory=list)
    audience: str = "public"
    translation_key: str = ""
    introduction: str = ""
    body: str = ""
    document_text: str = ""
    thematic_areas: list[str] = dataclasses.field(default_factory=list)
    work_package: list[str] = dataclasses.field(default_factory=list)
    country: list[str] = dataclasses.field(default_factory=list)
    date: datetime.date | None = None
    # The date's year unless said otherwise (a good practice's start year).
    year: int | None = None
    # A result's address for visitors of other locales, where it differs (partners on their locale's directory).
    locale_urls: dict[str, str] = dataclasses.field(default_factory=dict)

    def as_indexed(self):
        """The document as engine.write takes it: its id, and its fields as JSON values."""
        fields = dataclasses.asdict(self)
        fields["locale"] = self.locale or self.language
        fields["year"] = self.year or (self.date.year if self.date else None)
        fields["date"] = self.date.isoformat() if self.date else None
        return {"_id": document_id(self.kind, self.object_id), **fields}
