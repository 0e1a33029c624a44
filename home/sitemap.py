"""sitemap.xml across all locales, each URL with its hreflang alternates.

Wagtail's own sitemap lists one locale's tree; ours lists every live, public
page of the site in every language, grouped by translation so that search
engines see which pages are translations of each other.
"""

from collections import defaultdict

from django.conf import settings

from wagtail.models import Page, Site

from core.links import page_url
from core.visibility import public_pages
from knowledge.models import DeliverablePage


def sitemap_entries(request):
    site = Site.find_for_request(request)
    root = site.root_page
    # The site's tree in every locale: the root page's translations and their descendants.
    roots = Page.objects.filter(translation_key=root.translation_key)
    pages = Page.objects.none()
    for locale_root in roots:
        pages |= Page.objects.descendant_of(locale_root, inclusive=True)
    pages = public_pages(pages).exclude(pk__in=_restricted_deliverable_ids()).select_related("locale").order_by("path")

    by_translation = defaultdict(list)
    for page in pages:
        by_translation[page.translation_key].append(page)

    entries = []
    for page in pages:
        url = page_url(page, request)
        if not url:
            continue
        alternates = [
            {"lang": translation.locale.language_code, "url": page_url(translation, request)}
            for translation in by_translation[page.translation_key]
        ]
        default = next(
            (a["url"] for a in alternates if a["lang"] == settings.LANGUAGE_CODE),
            None,
        )
        entries.append(
            {
                "location": url,
                "lastmod": page.last_published_at,
                "alternates": alternates if len(alternates) > 1 else [],
                "x_default": default if len(alternates) > 1 else None,
            }
        )
    return entries


def _restricted_deliverable_ids():
    # Deliverables that are not public are readable by partners only, so they are not advertised.
    return DeliverablePage.objects.exclude(dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC).values("pk")
