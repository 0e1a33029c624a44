"""The search page's query string: what a visitor asks, bounded and checked, and the links that change it.

Everything a visitor types goes to the engine as the text of match queries (never as query
syntax), and every facet value is checked against a strict pattern first, so no input can
make the page fail.
"""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from knowledge.selectors import localized_taxonomy

from .results import CONTENT_TYPE_LABELS, MAX_PAGE
from .sources import pages as page_source

# Every path to a backend (page, suggestions) goes through clean_query, which bounds the work
# one request can ask for: a handful of words of a sensible length.
MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 50
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]")
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


def selected_facets(get):
    """{index field: the values chosen} of the facet values in the query string that may exist."""
    content_types = page_source.content_types() | {"partner", "post"}
    selected = {}
    for param, field, _label, pattern in FACETS:
        values = [v for v in get.getlist(param)[:20] if pattern.match(v)]
        if param == "type":
            values = [v for v in values if v in content_types]
        if values:
            selected[field] = sorted(set(values))
    return selected


def page_number(raw):
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def visitor_language():
    codes = {code for code, _name in settings.LANGUAGES}
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in codes else settings.LANGUAGE_CODE


def query_string(params):
    return urlencode([(k, v) for k, values in params.items() for v in values if v not in ("", None)])


def base_params(query, all_languages, sort, selected):
    params = {"q": [query]}
    if all_languages:
        params["all"] = ["1"]
    if sort == "date":
        params["sort"] = ["date"]
    for param, field, _label, _pattern in FACETS:
        params[param] = list(selected.get(field, []))
    return params


def _facet_labels(field, language):
    if field == "content_type":
        return CONTENT_TYPE_LABELS
    if field in ("thematic_areas", "work_package"):
        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        model = "ThematicArea" if field == "thematic_areas" else "WorkPackage"
        return {item.code: f"{item.code} – {item.name}" for item in localized_taxonomy(model, locale).values()}
    if field == "country":
        return dict(countries)
    return {}


def facets(aggregations, params, selected, language):
    """The facets of the page: each value with its label, its count and the link that toggles it."""
    found = []
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
                    "url": "?" + query_string(toggled),
                }
            )
        if field == "year":
            values.sort(key=lambda v: v["value"], reverse=True)
        found.append({"param": param, "label": label, "values": values})
    return found
