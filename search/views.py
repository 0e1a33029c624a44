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
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from django_countries import countries

from knowledge.permissions import user_is_partner

from . import engine
from .documents import CONTENT_TYPES, PAGE_TYPES

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_PAGE = 100
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
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
    return " ".join(CONTROL_CHARS.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]


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
    for param, field, label, _pattern in FACETS:
        buckets = aggregations.get(field, {}).get("values", {}).get("buckets", [])
        if not buckets and field not in selected:
            continue
        labels = _facet_labels(field, language)
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


def _snippet(hit):
    highlight = hit.get("highlight", {})
    for field in ("body", "document_text", "introduction"):
        if highlight.get(field):
            # The engine escaped the text (encoder "html") and added only <mark> tags.
            return mark_safe(" … ".join(highlight[field]))  # noqa: S308
    return escape(hit["_source"].get("introduction") or "")


def _engine_results(query, language, all_languages, may_read, selected, sort, number):
    response = engine.search(
        query,
        language=language,
        all_languages=all_languages,
        may_read_restricted=may_read,
        selected=selected,
        sort=sort,
        offset=(number - 1) * RESULTS_PER_PAGE,
        limit=RESULTS_PER_PAGE,
    )
    language_names = _language_names()
    results = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        title = hit.get("highlight", {}).get("title")
        results.append(
            {
                "title": mark_safe(title[0]) if title else source["title"],  # noqa: S308
                "url": (source.get("locale_urls") or {}).get(language, source["url"]),
                "snippet": _snippet(hit),
                "content_type": CONTENT_TYPE_LABELS.get(source["content_type"], ""),
                "date": datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
                "language": source["language"],
                "language_name": language_names.get(source["language"], source["language"]),
                "other_language": source["language"] != language,
            }
        )
    return results, response["hits"]["total"]["value"], response.get("aggregations", {})


def _visible(pages, user):
    """Drop what the visitor may not read: view-restricted pages and restricted deliverables."""
    from home.visibility import public_pages
    from knowledge.models import DeliverablePage

    ids = [p.pk for p in pages]
    allowed = set(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    partner = user_is_partner(user)
    return [p for p in pages if p.pk in allowed and (partner or not isinstance(p, DeliverablePage) or p.is_public)]


def _database_results(query, language, all_languages, user, limit=200):
    """The embedded backend: title and text matches in the visitor's language, no facets."""
    queryset = Page.objects.live().type(*PAGE_TYPES)
    if not all_languages:
        locale = Locale.objects.filter(language_code=language).first()
        queryset = queryset.filter(locale=locale) if locale else queryset.none()
    words = " ".join(NON_WORD.sub(" ", query).lower().split())  # FTS5 operators are upper case
    if not words:
        return []
    try:
        found = list(queryset.search(words, operator="or")[:limit])
    except DatabaseError:
        logger.exception("Database search failed for %r", words)
        return []
    pages = _visible(list(Page.objects.filter(pk__in=[p.pk for p in found]).specific()), user)
    order = {p.pk: i for i, p in enumerate(found)}
    pages.sort(key=lambda p: order[p.pk])
    language_names = _language_names()
    results = []
    for page in pages:
        source = page.alias_of.specific if page.alias_of_id else page
        source_language = source.locale.language_code
        results.append(
            {
                "title": page.title,
                "url": page.get_url(),
                "snippet": escape(getattr(source, "introduction", "") or ""),
                "content_type": CONTENT_TYPE_LABELS.get(PAGE_TYPES.get(type(page), ""), ""),
                "date": None,
                "language": source_language,
                "language_name": language_names.get(source_language, source_language),
                "other_language": source_language != language,
            }
        )
    return results


@require_GET
def search(request):
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
                results, total, aggregations = _engine_results(*arguments, number)
                last = max(1, -(-min(total, MAX_PAGE * RESULTS_PER_PAGE) // RESULTS_PER_PAGE))
                if number > last:  # a page past the end shows the last one
                    number = last
                    results, total, aggregations = _engine_results(*arguments, number)
                context["facets"] = _build_facets(aggregations, params, selected, language)
            except engine.EngineError as error:
                logger.warning("Search server unavailable, using the database backend: %s", error)
                context["engine_unavailable"] = True
        if results is None:
            all_results = _database_results(query, language, all_languages, request.user)
            total = len(all_results)
            results = all_results[(number - 1) * RESULTS_PER_PAGE : number * RESULTS_PER_PAGE]
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
    query = clean_query(request.GET.get("q"))[:100]
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    language = _language()
    suggestions = None
    if engine.is_enabled():
        try:
            hits = engine.suggest(query, language=language, may_read_restricted=user_is_partner(request.user))
            suggestions = [
                {
                    "title": h["title"],
                    "url": (h.get("locale_urls") or {}).get(language, h["url"]),
                    "untranslated": h["untranslated"] or h["language"] != language,
                }
                for h in hits
            ]
        except engine.EngineError as error:
            logger.warning("Search server unavailable for suggestions: %s", error)
    if suggestions is None:
        results = _database_results(query, language, False, request.user, limit=8)
        suggestions = [{"title": r["title"], "url": r["url"], "untranslated": r["other_language"]} for r in results]
    response = JsonResponse({"suggestions": suggestions})
    response["X-Robots-Tag"] = "noindex"
    return response
