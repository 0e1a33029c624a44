"""One page of search results, from the engine or from the database backend, in one shape.

The engine answers when it is configured and up; when it is down or slow, the database
backend answers (titles and text in the visitor's language, no facets or highlights) and
`Results.engine_unavailable` says so. Either way each result is a `result()` dict.
"""

import dataclasses
import datetime
import logging
import re

from django.conf import settings
from django.db import DatabaseError
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from core.permissions import user_is_partner
from core.visibility import public_pages

from . import engine
from .sources import pages as page_source

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_PAGE = 100
# Fewer results than this for the words as typed, and the engine looks for words like them too.
FEW_RESULTS = 3
# The database backend ranks at most this many matches; only one page of them is built.
MAX_DATABASE_MATCHES = 200
# The engine marks highlighted words with private-use characters (stripped from queries, and from what
# the engine returns before they are added back as <mark> tags), so nothing it sends is trusted as HTML.
HIGHLIGHT_START, HIGHLIGHT_END = engine.HIGHLIGHT_START, engine.HIGHLIGHT_END
# The database backends hand the words to SQLite FTS5 / PostgreSQL tsquery, whose syntax
# characters must not get through: only letters, digits and spaces do.
NON_WORD = re.compile(r"[^\w\s]|_")

CONTENT_TYPE_LABELS = {
    "news": _("News"),
    "event": _("Events"),
    "deliverable": _("Deliverables"),
    "good_practice": _("Good practices"),
    "page": _("Pages"),
    "partner": _("Partners"),
    "post": _("Forum posts"),
}


@dataclasses.dataclass
class Results:
    """One page of results. `number` is the page shown (a page past the end shows the last one)."""

    results: list[dict]
    total: int
    number: int
    # Facet counts ({index field: {"values": {"buckets": [...]}}}); None from the database backend.
    aggregations: dict | None = None
    did_you_mean: str | None = None
    # Nothing was found for the words as typed: these results contain words like them.
    similar_words: bool = False
    engine_unavailable: bool = False


def last_page(total):
    return max(1, -(-min(total, MAX_PAGE * RESULTS_PER_PAGE) // RESULTS_PER_PAGE))


def _language_names():
    """Language names in the visitor's language ("angol" for English on the Hungarian site)."""
    return {code: get_language_info(code)["name_translated"] for code, _name in settings.LANGUAGES}


def result(*, title, url, snippet, content_type, language, visitor_language, language_names, untranslated, date=None):
    """A result as the page shows it, whichever backend found it; `title` and `snippet` are safe HTML."""
    return {
        "title": title,
        "url": url,
        "snippet": snippet,
        "content_type": CONTENT_TYPE_LABELS.get(content_type, ""),
        "date": date,
        "language": language,
        "language_name": language_names.get(language, language),
        "other_language": language != visitor_language,
        "untranslated": untranslated,
    }


def search(request, query, *, language, all_languages, selected, sort, number):
    """One page of results for `query`: the engine's, or the database backend's if the engine is down."""
    if engine.is_enabled():
        try:
            arguments = (query, language, all_languages, user_is_partner(request.user), selected, sort)
            return _engine_search(arguments, number)
        except engine.EngineError as error:
            logger.warning("Search server unavailable, using the database backend: %s", error)
            found = _database_search(request, query, language, all_languages, number)
            return dataclasses.replace(found, engine_unavailable=True)
    return _database_search(request, query, language, all_languages, number)


def suggestions(request, query, *, language):
    """Up to eight titles starting with the words typed so far: {"title", "url", "untranslated"}."""
    if engine.is_enabled():
        try:
            hits = engine.suggest(query, language=language, may_read_restricted=user_is_partner(request.user))
            return [
                {
                    "title": h["title"],
                    "url": _url_in(language, h),
                    "untranslated": h["untranslated"] or (h["language"] != language and h["content_type"] != "post"),
                }
                for h in hits
            ]
        except engine.EngineError as error:
            logger.warning("Search server unavailable for suggestions: %s", error)
    matches = _database_matches(query, language, False, request.user, limit=8, typing=True)
    return [
        {"title": r["title"], "url": r["url"], "untranslated": r["untranslated"]}
        for r in _database_results(matches, language, request)
    ]


# --- The engine ------------------------------------------------------------------------------------


def highlighted(fragment):
    """A fragment from the engine as safe HTML: everything escaped, then the marked words wrapped
    in <mark>. Markers that do not pair up are dropped rather than trusted."""
    parts = re.split(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])", fragment)
    html, open_mark = [], False
    for part in parts:
        if part == HIGHLIGHT_START and not open_mark:
            html.append("<mark>")
            open_mark = True
        elif part == HIGHLIGHT_END and open_mark:
            html.append("</mark>")
            open_mark = False
        elif part not in (HIGHLIGHT_START, HIGHLIGHT_END):
            html.append(escape(part))
    if open_mark:
        html.append("</mark>")
    return mark_safe("".join(html))  # noqa: S308 - every piece of text above is escaped


def snippet(hit):
    highlight = hit.get("highlight", {})
    for field in ("body", "document_text", "introduction"):
        if highlight.get(field):
            return highlighted(" … ".join(highlight[field]))
    return escape(hit["_source"].get("introduction") or "")


def _url_in(language, source):
    """The address of a hit for a visitor of `language`: its page in that locale (a fallback page may
    have one per locale), a forum post in the forum of the visitor's language."""
    if source["content_type"] == "post":
        # Stored with the language prefix it was indexed under, which only resolves in that language.
        written_in = source["url"].split("/")[1]
        if written_in in engine.languages():
            with override(written_in):
                return translate_url(source["url"], language)
    return (source.get("locale_urls") or {}).get(language, source["url"])


def _engine_results(query, language, all_languages, may_read, selected, sort, number, similar=False):
    """(results, total, facet aggregations, raw hits) of one page of the engine's results."""
    response = engine.search(
        query,
        language=language,
        all_languages=all_languages,
        may_read_restricted=may_read,
        selected=selected,
        sort=sort,
        offset=(number - 1) * RESULTS_PER_PAGE,
        limit=RESULTS_PER_PAGE,
        similar=similar,
    )
    language_names = _language_names()
    hits = response["hits"]["hits"]
    results = []
    for hit in hits:
        source = hit["_source"]
        title = hit.get("highlight", {}).get("title")
        results.append(
            result(
                title=highlighted(title[0]) if title else source["title"],
                url=_url_in(language, source),
                snippet=snippet(hit),
                content_type=source["content_type"],
                date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
                language=source["language"],
                visitor_language=language,
                language_names=language_names,
                # A forum post in another language is what its author wrote, not a missing translation.
                untranslated=source["language"] != language and source["content_type"] != "post",
            )
        )
    return results, response["hits"]["total"]["value"], response.get("aggregations", {}), hits


def _engine_search(arguments, number):
    """One page of the engine's results. When the words as typed find fewer than FEW_RESULTS, the
    words like them are looked up too: they give the "Did you mean" suggestion and, when the words as
    typed find nothing, the results."""
    results, total, aggregations, _hits = _engine_results(*arguments, number)
    corrected, similar_words = None, False
    if total < FEW_RESULTS:
        similar_results, similar_total, similar_aggregations, similar_hits = _engine_results(
            *arguments, number, similar=True
        )
        corrected = engine.did_you_mean(arguments[0], similar_hits)
        if total == 0 and similar_total:
            results, total, aggregations = similar_results, similar_total, similar_aggregations
            similar_words = True
    if number > last_page(total):
        return _engine_search(arguments, last_page(total))
    return Results(results, total, number, aggregations, corrected, similar_words)


# --- The database backend -----------------------------------------------------------------------------


def _readable_ids(ids, user):
    """The ids of `ids` the visitor may read: no view-restricted page, and what only partners may find
    for partners only. A fixed number of queries, whatever the number of ids."""
    allowed = set(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    if not user_is_partner(user):
        for model in page_source.indexed_models():
            allowed -= page_source.partners_only_ids(model, ids)
    return [pk for pk in ids if pk in allowed]


def _database_matches(query, language, all_languages, user, limit=MAX_DATABASE_MATCHES, typing=False):
    """Ids of the live pages the database backend finds for `query`, best first, that the visitor may read.

    `typing`: the words are being typed (suggestions): titles with all the words, the last one as the
    beginning of a word ("клъст" finds "Клъстерна политика").
    """
    queryset = Page.objects.live().type(*page_source.indexed_models())
    if not all_languages:
        locale = Locale.objects.filter(language_code=language).first()
        queryset = queryset.filter(locale=locale) if locale else queryset.none()
    words = " ".join(NON_WORD.sub(" ", query).lower().split())  # FTS5 operators are upper case
    if not words:
        return []
    try:
        matching = queryset.autocomplete(words, operator="and") if typing else queryset.search(words, operator="or")
        found = [page.pk for page in matching[:limit]]
    except DatabaseError:
        logger.exception("Database search failed for %r", words)
        return []
    return _readable_ids(found, user)


def _database_results(ids, language, request):
    """Results for the pages `ids` (one page of results), built with a bounded number of queries."""
    pages = list(Page.objects.filter(pk__in=ids).select_related("locale", "alias_of__locale"))
    sources = Page.objects.filter(pk__in=[page.alias_of_id or page.pk for page in pages]).specific()
    introductions = {source.pk: getattr(source, "introduction", "") or "" for source in sources}
    order = {pk: position for position, pk in enumerate(ids)}
    pages.sort(key=lambda page: order[page.pk])
    language_names = _language_names()
    results = []
    for page in pages:
        source_language = (page.alias_of or page).locale.language_code
        results.append(
            result(
                title=page.title,
                url=page.get_url(request=request),
                snippet=escape(introductions.get(page.alias_of_id or page.pk, "")),
                content_type=getattr(page.specific_class, "search_content_type", ""),
                language=source_language,
                visitor_language=language,
                language_names=language_names,
                untranslated=source_language != language,
            )
        )
    return results


def _database_search(request, query, language, all_languages, number):
    matches = _database_matches(query, language, all_languages, request.user)
    total = len(matches)
    number = min(number, last_page(total))
    shown = matches[(number - 1) * RESULTS_PER_PAGE : number * RESULTS_PER_PAGE]
    return Results(_database_results(shown, language, request), total, number)
