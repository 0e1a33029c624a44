import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.db.models.functions import Substr
from django.urls import translate_url
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from core import fragments, links
from core.visibility import public_pages
from home.models import FundingStatement

register = template.Library()


def _native_name(code):
    return get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """One entry per site language: the same page in that language, or the same view for non-page views.

    `url` is for the switcher and keeps the query string (the same filtered listing,
    the same search); `canonical_url` is for hreflang alternates. A language whose
    version of the page is missing or not live (404), or sits below a page that is
    not live (cut off from its site), links to its version of the nearest ancestor
    that is reachable, else to its home, and gets no hreflang alternate.
    """
    request = context["request"]
    current = get_language()
    query = request.GET.urlencode()
    if page is not None and getattr(page, "pk", None):
        site = Site.find_for_request(request)
        versions = fragments.cached(
            ("versions", getattr(site, "pk", None), page.pk), lambda: _reachable_versions(request, page)
        )
    else:
        versions = {code: (translate_url(request.path, code), True) for code, _name in settings.LANGUAGES}
    entries = []
    for code, _name in settings.LANGUAGES:
        url, is_same_page = versions.get(code, (f"/{code}/", False))
        entries.append(
            {
                "code": code,
                "name": _native_name(code),
                "url": f"{url}?{query}" if query and is_same_page else url,
                "canonical_url": url,
                "is_current": code == current,
                "has_page": is_same_page,
            }
        )
    return entries


def _reachable_versions(request, page):
    """{language: (url, is the page itself)} of the nearest reachable version of `page` or of an ancestor.

    Wagtail caches the site's root paths per request, so `get_url` does not query per language.
    """
    pages = _versions_with_their_ancestors(page)
    by_path = {p.path: p for p in pages}
    by_key = {(p.translation_key, p.locale.language_code): p for p in pages}
    # The page, then its parent, and so on up to its home page.
    chain = [by_path[path].translation_key for path in reversed(_ancestry(page.path)) if path in by_path]

    def reachable(candidate):
        if candidate.pk == page.pk:
            return True  # served right now, even as a preview
        return all(path in by_path and by_path[path].live for path in _ancestry(candidate.path))

    urls = {}
    for code, _name in settings.LANGUAGES:
        for distance, key in enumerate(chain):
            candidate = by_key.get((key, code))
            url = candidate.get_url(request) if candidate is not None and reachable(candidate) else None
            if url:
                urls[code] = (url, distance == 0)
                break
    return urls


def _ancestry(path):
    """The paths from the home page (depth 2) down to the page at `path`, itself included."""
    step = Page.steplen
    return [path[:end] for end in range(2 * step, len(path) + 1, step)]


def _versions_with_their_ancestors(page):
    """Every locale's version of `page` and of its ancestors, with all of their own ancestors, in one query.

    The ancestors of each level are the prefixes of the versions' paths, so every
    lookup goes through the index on `path`.
    """
    if page.depth < 2:
        return []
    step = Page.steplen
    chain_keys = Page.objects.filter(path__in=_ancestry(page.path)).values("translation_key")
    versions = Page.objects.filter(translation_key__in=chain_keys)
    at_each_level = Q()
    for depth in range(2, page.depth + 1):
        prefixes = versions.filter(depth__gte=depth).annotate(prefix=Substr("path", 1, depth * step))
        at_each_level |= Q(path__in=prefixes.values("prefix"))
    return list(Page.objects.filter(at_each_level).select_related("locale"))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return links.absolute_url(url, context["request"])


@register.simple_tag
def untranslated_source(page):
    """The page whose English content an alias shows, when the visitor's language has no translation yet."""
    if page is None or not getattr(page, "alias_of_id", None):
        return None
    source = page.alias_of
    if source.locale_id == page.locale_id:
        return None
    source.locale = fragments.locale(source.locale_id)  # the notice names its language
    return source


@register.simple_tag
def text_language(page):
    """The language of the text a page shows, for a `lang` attribute: the source's for an alias, else the visitor's.

    A back-link inside an untranslated page (marked as English) names a parent that may well be translated.
    """
    return settings.LANGUAGE_CODE if getattr(page, "alias_of_id", None) else get_language()


@register.simple_tag
def language_name(code):
    """The language's name in the visitor's language (e.g. 'Bulgarian' → 'български' for bg visitors)."""
    return get_language_info(code)["name_translated"]


@register.simple_tag(takes_context=True)
def main_menu(context, current_page=None):
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    current_path = getattr(current_page, "path", "")
    items = fragments.cached(("menu", site.pk, get_language()), lambda: _menu_items(request, site))
    return [{**item, "is_active": current_path.startswith(item["path"])} for item in items]


def _menu_items(request, site):
    home = site.root_page.localized
    return [
        {"title": item.title, "url": item.get_url(request), "path": item.path}
        for item in public_pages(home.get_children().in_menu())
    ]


@register.simple_tag
def funding_statement():
    return FundingStatement.for_locale(Locale.get_active())


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    """The URL of the visitor's language's home page (the site root's when it has no version there)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return f"/{get_language()}/"
    return fragments.cached(
        ("home", site.pk, get_language()), lambda: site.root_page.localized.get_url(request) or f"/{get_language()}/"
    )


@register.simple_tag(takes_context=True)
def fragment_key(context):
    """What a cached fragment of the site's chrome depends on: the content's version, the site, the language."""
    site = Site.find_for_request(context["request"])
    return f"{fragments.version()}:{getattr(site, 'pk', None)}:{get_language()}"


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org JSON-LD for the page, escaped so that content cannot close the script element."""
    data = page.get_structured_data(context["request"])
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(_escape_json(data)))


def _escape_json(data):
    return (
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
        .replace("<", "\\u003C")
        .replace(">", "\\u003E")
        .replace("&", "\\u0026")
    )


@register.filter
def grouped_number(value):
    """A whole amount with the locale's thousands separator, grouped by three even where the
    locale's format does not group (EUR 5 186 352, not EUR 5186352)."""
    if value in (None, ""):
        return ""
    digits = f"{round(value):d}"
    separator = get_format("THOUSAND_SEPARATOR")
    if not separator:
        separator = "." if get_format("DECIMAL_SEPARATOR") == "," else ","
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return "\N{NO-BREAK SPACE}".join(groups) if separator.isspace() else separator.join(groups)
