"""The dashboard's page count: each page once, however many languages it is shown in.

Wagtail counts every row of the page tree, so with twelve synchronised locales
each page is counted twelve times (an alias or a translation in each): 29 pages
read "348 Pages".
"""

from contextlib import suppress

from django.db.models import Count

from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page, Site


class DistinctPagesSummaryItem(PagesSummaryItem):
    template_name = "dashboard/site_summary_pages.html"

    def get_context_data(self, parent_context):
        site_details = get_site_for_user(self.request.user)
        root_page = site_details["root_page"]
        counts = {"pages": 0, "languages": 0}
        if root_page:
            # A page and its translations and aliases share a translation key.
            counts = (
                Page.objects.descendant_of(root_page, inclusive=True)
                .filter(depth__gt=1)
                .aggregate(pages=Count("translation_key", distinct=True), languages=Count("locale", distinct=True))
            )
            if root_page.is_root():
                # As Wagtail does: with one site, link to its home page rather than the tree's root (#1883).
                with suppress(Site.DoesNotExist, Site.MultipleObjectsReturned):
                    root_page = Site.objects.get().root_page
        return {
            "root_page": root_page,
            "total_pages": counts["pages"],
            "languages": counts["languages"],
            "site_name": site_details["site_name"],
        }
