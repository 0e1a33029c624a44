"""The public search page and its autocomplete endpoint.

The query string is read and bounded in search/params.py, the results come from search/results.py
(the engine, or the database backend when the engine is down or slow, in one shape).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from core import ratelimit

from . import params, results

# Suggestions start at the third letter typed (search/static/search/suggest.js waits as long).
MIN_SUGGEST_LENGTH = 3


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
    query = params.clean_query(request.GET.get("q"))
    language = params.visitor_language()
    all_languages = request.GET.get("all") == "1"
    sort = "date" if request.GET.get("sort") == "date" else "relevance"
    selected = params.selected_facets(request.GET)
    current = params.base_params(query, all_languages, sort, selected)
    context = {
        "search_query": query,
        "all_languages": all_languages,
        "sort": sort,
        "facets": [],
        "results": [],
        "engine_unavailable": False,
        "selected_count": sum(len(v) for v in selected.values()),
        "filter_query": params.query_string(current),
        "scope_url": "?" + params.query_string({**current, "all": [] if all_languages else ["1"]}),
        "sort_urls": {
            "relevance": "?" + params.query_string({**current, "sort": []}),
            "date": "?" + params.query_string({**current, "sort": ["date"]}),
        },
        "clear_facets_url": "?" + params.query_string(params.base_params(query, all_languages, sort, {})),
    }
    if query:
        found = results.search(
            request,
            query,
            language=language,
            all_languages=all_languages,
            selected=selected,
            sort=sort,
            number=params.page_number(request.GET.get("page")),
        )
        shown = min(found.total, results.MAX_PAGE * results.RESULTS_PER_PAGE)
        page_obj = Paginator(range(shown), results.RESULTS_PER_PAGE).get_page(found.number)
        page_obj.count_total = found.total
        context.update(
            results=found.results,
            total=found.total,
            page_obj=page_obj,
            engine_unavailable=found.engine_unavailable,
            facets=[] if found.aggregations is None else params.facets(found.aggregations, current, selected, language),
            similar_words=found.similar_words,
        )
        if found.did_you_mean:
            context["did_you_mean"] = found.did_you_mean
            context["did_you_mean_url"] = "?" + params.query_string({**current, "q": [found.did_you_mean]})
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
    query = params.clean_query(request.GET.get("q"))[:100]
    if len(query) < MIN_SUGGEST_LENGTH:
        return JsonResponse({"suggestions": []})
    response = JsonResponse({"suggestions": results.suggestions(request, query, language=params.visitor_language())})
    response["X-Robots-Tag"] = "noindex"
    return response
