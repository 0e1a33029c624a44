"""What goes into the search index: one document per visible page, partner (and forum post).

Only what anonymous visitors or partners may read is indexed at all: drafts and
unpublished pages, view-restricted pages (and aliases of them) are left out, and
restricted-dissemination deliverables are indexed with `audience: partners`, which
every query filters on. The index never holds anything a visitor must not see in
its raw form; the per-query filter is the second line.
"""

from django.conf import settings

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from home.models import StandardPage
from knowledge.models import (
    DeliverablePage,
    EventPage,
    GoodPracticePage,
    NewsPage,
    Partner,
    WorkingGroupIndexPage,
    WorkPackageIndexPage,
)

PAGE_TYPES = {
    NewsPage: "news",
    EventPage: "event",
    DeliverablePage: "deliverable",
    GoodPracticePage: "good_practice",
    StandardPage: "page",
    WorkPackageIndexPage: "page",
    WorkingGroupIndexPage: "page",
}
# Overview pages whose text is the (translated) taxonomy they list.
TAXONOMY_PAGES = {WorkPackageIndexPage: "WorkPackage", WorkingGroupIndexPage: "ThematicArea"}
CONTENT_TYPES = [*PAGE_TYPES.values(), "partner"]


def page_id(pk):
    return f"page-{pk}"


def partner_id(pk):
    return f"partner-{pk}"


def indexed_page_models():
    return list(PAGE_TYPES)


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(page, paths):
    own = page.path
    source = page.alias_of.path if page.alias_of_id and page.alias_of else None
    return any(own.startswith(p) or (source and source.startswith(p)) for p in paths)


def _text_of(obj, exclude=("title", "introduction", "code")):
    """The searchable text of the model's own search fields (StreamField and rich text as plain text)."""
    parts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in exclude:
            value = field.get_value(obj)
            if isinstance(value, (list, tuple)):
                parts.extend(str(v) for v in value if v)
            elif value:
                parts.append(str(value))
    return "\n".join(parts)


def _site_locales():
    return [code for code, _name in settings.LANGUAGES]


def _translation_groups(pages):
    """{translation_key: {locale code: [live pages]}} for the groups of `pages` (one query)."""
    keys = {p.translation_key for p in pages}
    groups = {}
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .values_list("pk", "translation_key", "locale__language_code", "alias_of_id")
    )
    for pk, key, code, alias_of in rows:
        groups.setdefault(key, {}).setdefault(code, []).append((pk, alias_of))
    return groups


def _fallback_for(page, group, restricted_pages):
    """Locales with no visible version of this page, if this page is the one to show there.

    The default locale's original (or, failing that, the oldest original) stands in
    for every locale that has neither a translation nor an alias of it.
    """
    if page.alias_of_id:
        return []
    originals = sorted((pk, code) for code, items in group.items() for pk, alias_of in items if alias_of is None)
    default = settings.LANGUAGE_CODE
    canonical = next((pk for pk, code in originals if code == default), originals[0][0] if originals else None)
    if canonical != page.pk:
        return []
    present = {code for code, items in group.items() if any(pk not in restricted_pages for pk, _a in items)}
    return [code for code in _site_locales() if code not in present]


def page_documents(pages):
    """Index documents for `pages` (specific instances); returns (documents, ids to delete)."""
    from .models import DocumentText

    paths = _restricted_paths()
    pages = list(pages)
    groups = _translation_groups(pages)
    restricted_pages = {p.pk for p in pages if _is_restricted(p, paths)}
    document_ids = [p.document_id for p in pages if isinstance(p, DeliverablePage) and p.document_id]
    texts = dict(DocumentText.objects.filter(document_id__in=document_ids).values_list("document_id", "text"))
    area_codes = _area_codes(pages)
    documents, deleted = [], []
    for page in pages:
        content_type = PAGE_TYPES.get(type(page))
        if content_type is None or not page.live or page.pk in restricted_pages or not page.url_path:
            deleted.append(page_id(page.pk))
            continue
        source = page.alias_of.specific if page.alias_of_id else page
        language = source.locale.language_code if page.alias_of_id else page.locale.language_code
        doc = {
            "_id": page_id(page.pk),
            "kind": "page",
            "object_id": page.pk,
            "content_type": content_type,
            "locale": page.locale.language_code,
            "language": language,
            "untranslated": bool(page.alias_of_id),
            "fallback_for": _fallback_for(page, groups.get(page.translation_key, {}), restricted_pages),
            "audience": "public",
            "translation_key": str(page.translation_key),
            "title": source.title,
            "introduction": getattr(source, "introduction", "") or "",
            "body": _taxonomy_text(source) if type(page) in TAXONOMY_PAGES else _text_of(source),
            "document_text": "",
            "thematic_areas": area_codes.get(page.pk, []),
            "work_package": [],
            "country": [],
            "year": None,
            "date": None,
            "url": page.get_url(),
        }
        if isinstance(page, DeliverablePage):
            if page.dissemination_level != DeliverablePage.DisseminationLevel.PUBLIC:
                doc["audience"] = "partners"
            doc["document_text"] = texts.get(page.document_id, "")
            doc["work_package"] = [page.work_package.code]
            doc["date"] = page.date.isoformat()
        elif isinstance(page, NewsPage):
            doc["date"] = page.date.isoformat()
            if page.work_package_id:
                doc["work_package"] = [page.work_package.code]
        elif isinstance(page, EventPage):
            doc["date"] = page.start_date.isoformat()
        elif isinstance(page, GoodPracticePage):
            doc["country"] = [str(page.country)] if page.country else []
            if page.start_year:
                doc["year"] = page.start_year
        if doc["date"] and not doc["year"]:
            doc["year"] = int(doc["date"][:4])
        if not doc["url"]:
            deleted.append(doc["_id"])
            continue
        documents.append(doc)
    return documents, deleted


def _taxonomy_text(page):
    from wagtail.rich_text import get_text_for_indexing

    from knowledge.selectors import localized_taxonomy

    items = localized_taxonomy(TAXONOMY_PAGES[type(page)], page.locale).values()
    return "\n".join(f"{item.code} {item.name} {get_text_for_indexing(item.description)}" for item in items)


def _area_codes(pages):
    result = {}
    for page in pages:
        if hasattr(page, "thematic_areas"):
            result[page.pk] = sorted({area.code for area in page.thematic_areas.all()})
    return result


def partner_documents(partners):
    """Partners are shown on the partner index page of their locale."""
    from knowledge.models import PartnerIndexPage

    index_urls = {}
    for index_page in PartnerIndexPage.objects.live().public().select_related("locale"):
        index_urls.setdefault(index_page.locale.language_code, index_page.get_url())
    keys = {p.translation_key for p in partners}
    translated = {}
    for key, code in Partner.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code"
    ):
        translated.setdefault(key, set()).add(code)
    documents, deleted = [], []
    for partner in partners:
        code = partner.locale.language_code
        fallback_for = []
        if code == settings.LANGUAGE_CODE:
            # Shown, in English, to visitors of languages it has no translation in.
            fallback_for = [lang for lang in _site_locales() if lang not in translated.get(partner.translation_key, ())]
        url = index_urls.get(code)
        if not url:
            deleted.append(partner_id(partner.pk))
            continue
        anchor = f"#country-{str(partner.country).lower()}" if partner.country else ""
        documents.append(
            {
                "_id": partner_id(partner.pk),
                "kind": "partner",
                "object_id": partner.pk,
                "content_type": "partner",
                "locale": code,
                "language": code,
                "untranslated": False,
                "fallback_for": fallback_for,
                "audience": "public",
                "translation_key": str(partner.translation_key),
                "title": f"{partner.name} ({partner.acronym})" if partner.acronym else partner.name,
                "introduction": partner.city or "",
                "body": partner.description or "",
                "document_text": "",
                "thematic_areas": [],
                "work_package": [],
                "country": [str(partner.country)] if partner.country else [],
                "year": None,
                "date": None,
                "url": url + anchor,
                "locale_urls": {lang: index_urls[lang] + anchor for lang in fallback_for if lang in index_urls},
            }
        )
    return documents, deleted


def pages_queryset(model):
    return (
        model.objects.all()
        .select_related("locale", "alias_of", "alias_of__locale")
        .prefetch_related(*(["thematic_areas"] if hasattr(model, "thematic_areas") else []))
    )
