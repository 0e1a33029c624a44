import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from home import links
from home.visibility import public_pages

register = template.Library()


def _native_name(code):
    return get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """One entry per site language: the same page in that language, or the same view for non-page views.

    Synchronised trees give every page a counterpart (a translation or an alias)
    in every locale, so each link leads to the same content; a language without
    one links to its home page.
    """
    request = context["request"]
    current = get_language()
    if page is not None and getattr(page, "pk", None):
        urls = _translation_urls(request, page)
        missing = [code for code, _name in settings.LANGUAGES if code not in urls]
        if missing:
            site = Site.find_for_request(request)
            home_urls = _translation_urls(request, site.root_page) if site else {}
            urls.update({code: home_urls.get(code, f"/{code}/") for code in missing})
        has_page = set(urls) - set(missing)
    else:
        urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
        has_page = set(urls)
    return [
        {
            "code": code,
            "name": _native_name(code),
            "url": urls[code],
            "is_current": code == current,
            "has_page": code in has_page,
        }
        for code, _name in settings.LANGUAGES
    ]


def _translation_urls(request, page):
    # Wagtail caches the site's root paths per request, so get_url does not query per language.
    return {
        translation.locale.language_code: translation.get_url(request)
        for translation in Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return links.absolute_url(url, context["request"])


@register.simple_tag
def untranslated_source(page):
    """The page whose English content an alias shows, when the visitor's language has no translation yet."""
    if page is None or not getattr(page, "alias_of_id", None):
        return None
    source = page.alias_of
    return source if source.locale_id != page.locale_id else None


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
    home = site.root_page.localized
    current_path = getattr(current_page, "path", "")
    return [
        {"title": item.title, "url": item.get_url(request), "is_active": current_path.startswith(item.path)}
        for item in public_pages(home.get_children().in_menu())
    ]


@register.simple_tag
def funding_statement():
    from home.models import FundingStatement

    return FundingStatement.for_locale(Locale.get_active())


@register.simple_tag(takes_context=True)
def locale_home(context):
    site = Site.find_for_request(context["request"])
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org JSON-LD for the page, escaped so that content cannot close the script element."""
    data = page.get_structured_data(context["request"])
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(_escape_json(data)))


def _escape_json(data):
    from django.core.serializers.json import DjangoJSONEncoder

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
