"""The public search page and its autocomplete endpoint.

Everything a visitor types goes to the engine as the text of match queries (never as
query syntax), and every facet value is checked against a strict pattern first, so
no input can make the page fail. If the engine is down or slow, the page answers
with the database backend's results and says so.
"""

import datetime
import logging
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from django_countries import countries

from core import ratelimit
from core.permissions import user_is_partner

from . import engine
from .documents import CONTENT_TYPES, PAGE_TYPES

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# Every path to a backend (page, suggestions) goes through clean_query, which bounds the work
# one request can ask for: a handful of words of a sensible length.
MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 50
MAX_PAGE = 100
# Fewer results than this for the words as typed, and the engine looks for words like them too.
FEW_RESULTS = 3
# Suggestions start at the third letter typed (search/static/search/suggest.js waits as long).
MIN_SUGGEST_LENGTH = 3
# The database backend ranks at most this many matches; only one page of them is built.
MAX_DATABASE_MATCHES = 200
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]")
# The engine marks highlighted words with private-use characters (engine.HIGHLIGHT_START, …_END;
# stripped from queries, and from what the engine returns before they are added back as <mark>
# tags), so nothing the engine sends is ever trusted as HTML.
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
# URL parameter, index field, label, pattern a value must match.
FACETS = [
    ("type", "content_type", _("Content type"), re.compile(r"^[a-z_]{1,20}$")),
    ("area", "thematic_areas", _("Thematic area"), re.compile(r"^[A-Za-z0-9-]{1,10}$")),
    ("wp", "work_package", _("Work package"), re.compile(r"^[A-Za-z0-9-]{1,10}$")),
    ("country", "country", _("Country"), re.compile(r"^[A-Z]{2}$")),
    ("year", "year", _("Year"), re.compile(r"^(19|20)\d\d$")),
]


def clean_query(raw):
    """The visitor's words, bounded: no control characters, at most MAX_QUERY_TERMS words of
    at most MAX_TERM_LENGTH characters, MAX_QUERY_LENGTH in all."""
    words = CONTROL_CHARS.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4]).split()
    return " ".join(word[:MAX_TERM_LENGTH] for word in words[:MAX_QUERY_TERMS])[:MAX_QUERY_LENGTH].strip()


def _selected_facets(get):
    selected = {}
    for param, field, _label, pattern in FACETS:
        values = [v for v in get.getlist(param)[:20] if pattern.match(v)]
        if param == "type":
            values = [v for v in values if v in CONTENT_TYPES or v == "post"]
        if values:
            selected[field] = sorted(set(values))
    return selected


def _page_number(raw):
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def _language():
    codes = {code for code, _name in settings.LANGUAGES}
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in codes else settings.LANGUAGE_CODE


def _facet_labels(field, language):
    if field == "content_type":
        return CONTENT_TYPE_LABELS
    if field in ("thematic_areas", "work_package"):
        from knowledge.selectors import localized_taxonomy

        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        model = "ThematicArea" if field == "thematic_areas" else "WorkPackage"
        return {item.code: f"{item.code} – {item.name}" for item in localized_taxonomy(model, locale).values()}
    if field == "country":
        return dict(countries)
    return {}


def _query_string(params):
    return urlencode([(k, v) for k, values in params.items() for v in values if v not in ("", None)])


def _base_params(query, all_languages, sort, selected):
    params = {"q": [query]}
    if all_languages:
        params["all"] = ["1"]
    if sort == "date":
        params["sort"] = ["date"]
    for param, field, _label, _pattern in FACETS:
        params[param] = list(selected.get(field, []))
    return params


def _build_facets(aggregations, params, selected, language):
    facets = []
    # Every facet's labels are loaded, used or not, so the page's query count is constant.
    all_labels = {field: _facet_labels(field, language) for _param, field, _label, _pattern in FACETS}
    for param, field, label, _pattern in FACETS:
        buckets = aggregations.get(field, {}).get("values", {}).get("buckets", [])
        if not buckets and field not in selected:
            continue
        labels = all_labels[field]
        chosen = set(selected.get(field, []))
        values = []
        counts = {str(b["key"]): b["doc_count"] for b in buckets}
        for value in sorted(set(counts) | chosen, key=lambda v: (-counts.get(v, 0), v)):
            toggled = {k: list(v) for k, v in params.items()}
            toggled[param] = sorted(chosen ^ {value})
            values.append(
                {
                    "value": value,
                    "label": labels.get(value, value),
                    "count": counts.get(value, 0),
                    "selected": value in chosen,
                    "url": "?" + _query_string(toggled),
                }
            )
        if field == "year":
            values.sort(key=lambda v: v["value"], reverse=True)
        facets.append({"param": param, "label": label, "values": values})
    return facets


def _language_names():
    """Language names in the visitor's language ("angol" for English on the Hungarian site)."""
    return {code: get_language_info(code)["name_translated"] for code, _name in settings.LANGUAGES}


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


def _snippet(hit):
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
            {
                "title": highlighted(title[0]) if title else source["title"],
                "url": _url_in(language, source),
                "snippet": _snippet(hit),
                "content_type": CONTENT_TYPE_LABELS.get(source["content_type"], ""),
                "date": datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
                "language": source["language"],
                "language_name": language_names.get(source["language"], source["language"]),
                "other_language": source["language"] != language,
                # A forum post in another language is what its author wrote, not a missing translation.
                "untranslated": source["language"] != language and source["content_type"] != "post",
            }
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
    last = max(1, -(-min(total, MAX_PAGE * RESULTS_PER_PAGE) // RESULTS_PER_PAGE))
    if number > last:  # a page past the end shows the last one
        return _engine_search(arguments, last)
    return {
        "results": results,
        "total": total,
        "aggregations": aggregations,
        "number": number,
        "did_you_mean": corrected,
        "similar_words": similar_words,
    }


def _readable_ids(ids, user):
    """The ids of `ids` the visitor may read: no view-restricted page, restricted deliverables for
    partners only. A fixed number of queries, whatever the number of ids."""
    from core.visibility import public_pages
    from knowledge.models import DeliverablePage

    allowed = set(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    if not user_is_partner(user):
        restricted = DeliverablePage.objects.filter(pk__in=ids).exclude(
            dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC
        )
        allowed -= set(restricted.values_list("pk", flat=True))
    return [pk for pk in ids if pk in allowed]


def _database_matches(query, language, all_languages, user, limit=MAX_DATABASE_MATCHES, typing=False):
    """Ids of the live pages the database backend finds for `query`, best first, that the visitor may read.

    `typing`: the words are being typed (suggestions): titles with all the words, the last one as the
    beginning of a word ("клъст" finds "Клъстерна политика").
    """
    queryset = Page.objects.live().type(*PAGE_TYPES)
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
            {
                "title": page.title,
                "url": page.get_url(request=request),
                "snippet": escape(introductions.get(page.alias_of_id or page.pk, "")),
                "content_type": CONTENT_TYPE_LABELS.get(PAGE_TYPES.get(page.specific_class, ""), ""),
                "date": None,
                "language": source_language,
                "language_name": language_names.get(source_language, source_language),
                "other_language": source_language != language,
                "untranslated": source_language != language,
            }
        )
    return results


def _throttled(request, action, limit):
    """Count one `action` of this client; true when it made more than `limit` in the last minute."""
    return ratelimit.hit(f"search-{action}", ratelimit.client_address(request), 60) > limit


@require_GET
def search(request):
    if _throttled(request, "page", settings.SEARCH_REQUESTS_PER_MINUTE):
        response = TemplateResponse(request, "search/search_page.html", {"throttled": True}, status=429)
        response["Retry-After"] = "60"
        response["X-Robots-Tag"] = "noindex"
        return response
    query = clean_query(request.GET.get("q"))
    language = _language()
    all_languages = request.GET.get("all") == "1"
    sort = "date" if request.GET.get("sort") == "date" else "relevance"
    selected = _selected_facets(request.GET)
    number = _page_number(request.GET.get("page"))
    params = _base_params(query, all_languages, sort, selected)
    context = {
        "search_query": query,
        "all_languages": all_languages,
        "sort": sort,
        "facets": [],
        "results": [],
        "engine_unavailable": False,
        "selected_count": sum(len(v) for v in selected.values()),
    }
    if query:
        total = 0
        results = None
        if engine.is_enabled():
            try:
                arguments = (query, language, all_languages, user_is_partner(request.user), selected, sort)
                found = _engine_search(arguments, number)
                results, total, number = found["results"], found["total"], found["number"]
                context["facets"] = _build_facets(found["aggregations"], params, selected, language)
                context["similar_words"] = found["similar_words"]
                if found["did_you_mean"]:
                    context["did_you_mean"] = found["did_you_mean"]
                    context["did_you_mean_url"] = "?" + _query_string({**params, "q": [found["did_you_mean"]]})
            except engine.EngineError as error:
                logger.warning("Search server unavailable, using the database backend: %s", error)
                context["engine_unavailable"] = True
        if results is None:
            matches = _database_matches(query, language, all_languages, request.user)
            total = len(matches)
            number = min(number, max(1, -(-total // RESULTS_PER_PAGE)))
            shown = matches[(number - 1) * RESULTS_PER_PAGE : number * RESULTS_PER_PAGE]
            results = _database_results(shown, language, request)
        paginator = Paginator(range(min(total, MAX_PAGE * RESULTS_PER_PAGE)), RESULTS_PER_PAGE)
        page_obj = paginator.get_page(number)
        page_obj.count_total = total
        context.update(results=results, page_obj=page_obj, total=total)
    without_page = dict(params.items())
    context["filter_query"] = _query_string(without_page)
    context["scope_url"] = "?" + _query_string({**without_page, "all": [] if all_languages else ["1"]})
    context["sort_urls"] = {
        "relevance": "?" + _query_string({**without_page, "sort": []}),
        "date": "?" + _query_string({**without_page, "sort": ["date"]}),
    }
    context["clear_facets_url"] = "?" + _query_string(_base_params(query, all_languages, sort, {}))
    response = TemplateResponse(request, "search/search_page.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggest(request):
    """Up to eight titles for the words typed so far, as JSON (for the search box's suggestions)."""
    if _throttled(request, "suggest", settings.SEARCH_SUGGESTIONS_PER_MINUTE):
        response = JsonResponse({"suggestions": [], "error": _("Too many requests. Please wait a minute.")}, status=429)
        response["Retry-After"] = "60"
        return response
    query = clean_query(request.GET.get("q"))[:100]
    if len(query) < MIN_SUGGEST_LENGTH:
        return JsonResponse({"suggestions": []})
    language = _language()
    suggestions = None
    if engine.is_enabled():
        try:
            hits = engine.suggest(query, language=language, may_read_restricted=user_is_partner(request.user))
            suggestions = [
                {
                    "title": h["title"],
                    "url": _url_in(language, h),
                    "untranslated": h["untranslated"] or (h["language"] != language and h["content_type"] != "post"),
                }
                for h in hits
            ]
        except engine.EngineError as error:
            logger.warning("Search server unavailable for suggestions: %s", error)
    if suggestions is None:
        matches = _database_matches(query, language, False, request.user, limit=8, typing=True)
        results = _database_results(matches, language, request)
        suggestions = [{"title": r["title"], "url": r["url"], "untranslated": r["untranslated"]} for r in results]
    response = JsonResponse({"suggestions": suggestions})
    response["X-Robots-Tag"] = "noindex"
    return response
