from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from indicators.report import project_totals

register = template.Library()


@register.inclusion_tag("indicators/beacon.html", takes_context=True)
def count_page_view(context, page):
    """The beacon that counts a view of `page` in the current language: the same for every visitor.

    Nothing here reads the database or the visitor: the page stays cacheable as it was. An editor's
    preview is not a view.
    """
    request = context.get("request")
    # Views other than Wagtail's pages may have a `page` of their own (a page of search results).
    if not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
        return {"counted": False}
    return {
        "counted": True,
        "url": settings.INDICATORS_BEACON_PATH,
        "page_id": page.pk,
        "language": translation.get_language(),
    }


@register.simple_tag
def project_results(chosen):
    """[(label, value)] of the chosen (key, label) pairs: the project's figures since its start, renewed daily."""
    totals = project_totals()
    return [(label, totals.get(key, 0)) for key, label in chosen]
