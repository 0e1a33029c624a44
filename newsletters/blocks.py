"""The pages a newsletter's list blocks (news, events, deliverables) show, in the reader's language.

Shared by the issue's web page and its e-mail, so both list the same pages.
"""

from django.utils import timezone

from wagtail.models import Locale

from core.visibility import public_pages
from knowledge.models import DeliverablePage, EventPage, NewsPage


def _public(model, locale):
    return public_pages(model.objects.filter(locale=locale)).select_related("locale")


def _chosen(pages, model, locale):
    """Chosen pages as the reader's language has them, keeping only what anyone may read."""
    ids = [page.pk for page in pages if page is not None]
    if not ids:
        return []
    keys = model.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
    found = {p.translation_key: p for p in _public(model, locale).filter(translation_key__in=keys)}
    english = Locale.get_default()
    if locale != english:
        missing = [key for key in keys if key not in found]
        for page in _public(model, english).filter(translation_key__in=missing):
            found[page.translation_key] = page
    ordered = [found[key] for key in keys if key in found]
    if model is DeliverablePage:
        ordered = [p for p in ordered if p.dissemination_level == DeliverablePage.DisseminationLevel.PUBLIC]
    return ordered


def block_items(block, locale):
    value = block.value
    model = {"news": NewsPage, "events": EventPage, "deliverables": DeliverablePage}[block.block_type]
    chosen = _chosen(value.get("pages") or [], model, locale)
    if chosen:
        return chosen
    latest = value.get("latest") or 0
    queryset = _public(model, locale)
    if model is NewsPage:
        queryset = queryset.order_by("-date")
    elif model is EventPage:
        queryset = queryset.filter(start_date__gte=timezone.localdate()).order_by("start_date")
    else:
        queryset = queryset.filter(dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC).order_by("-date")
    return list(queryset[:latest])
