"""Where each English page stands in every other language: translated, out of date, or not yet translated.

wagtail-localize has no such overview (wagtail-localize#832); editors need one to
plan their work. Everything is read in a fixed number of queries for a page of results.
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

TRANSLATED = "translated"
OUTDATED = "outdated"
IN_PROGRESS = "in-progress"
NOT_TRANSLATED = "not-translated"

STATUS_LABELS = {
    TRANSLATED: _("Translated"),
    OUTDATED: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    NOT_TRANSLATED: _("Not translated"),
}


def source_pages():
    """The live pages of the source language, in tree order."""
    return Page.objects.live().filter(locale=Locale.get_default(), depth__gt=1).order_by("path")


def translation_statuses(pages):
    """{page.pk: {language_code: status}} for the given source pages."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    source_locale = Locale.get_default()
    # language -> None (alias: not translated), False (draft translation) or True (live translation)
    counterparts = defaultdict(dict)
    for translation_key, language, alias_of_id, live in (
        Page.objects.filter(translation_key__in=keys)
        .exclude(locale=source_locale)
        .values_list("translation_key", "locale__language_code", "alias_of_id", "live")
    ):
        counterparts[translation_key][language] = None if alias_of_id else live

    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    sources_by_pk = {source.pk: source for source in sources.values()}
    synced_at = defaultdict(dict)
    for translation in Translation.objects.filter(source__in=sources.values()).select_related("target_locale"):
        source = sources_by_pk[translation.source_id]
        synced_at[source.object_id][translation.target_locale.language_code] = source.last_updated_at

    other_languages = list(Locale.objects.exclude(pk=source_locale.pk).values_list("language_code", flat=True))
    statuses = {}
    for page in pages:
        row = {}
        for language in other_languages:
            counterpart = counterparts[page.translation_key].get(language)
            if counterpart is None:
                row[language] = NOT_TRANSLATED
                continue
            if counterpart is False:
                row[language] = IN_PROGRESS
                continue
            last_synced = synced_at[page.translation_key].get(language)
            # Published after its text was last sent for translation: the translation misses changes.
            outdated = last_synced is not None and page.last_published_at and page.last_published_at > last_synced
            row[language] = OUTDATED if outdated else TRANSLATED
        statuses[page.pk] = row
    return statuses
