from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from core.models import BasePage
from pictures.prefetch import prefetch_listing_renditions

from ..selectors import decorate


class ListingIndexPage(BasePage):
    """An index page that lists its children, filtered by the facets in the query string and paginated.

    A listing declares its FilterSet and the selector that reads its public children; the filter
    form is a plain GET form, so filtering works without JavaScript and every filtered view has
    its own shareable URL. The template extends pages/listing_page.html.
    """

    paginate_by = 12
    # The listing's cards show each page's listing image (pictures.specs "card"); the
    # listings whose cards have no image set this to False and save the query.
    card_images = True
    # Set by each listing: the FilterSet that builds it from the query string, and the
    # knowledge.selectors function that reads the pages it lists (it takes the index page,
    # so it binds as a method).
    filterset_class = None
    listing_selector = None

    class Meta:
        abstract = True

    def listing_queryset(self, request):
        return self.listing_selector()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.filterset_class(request.GET or None, queryset=self.listing_queryset(request), index_page=self)
        paginator = Paginator(filterset.qs, self.paginate_by)
        page_obj = paginator.get_page(request.GET.get("page"))
        page_obj.object_list = decorate(page_obj.object_list, self.locale)
        if self.card_images:
            prefetch_listing_renditions(page_obj.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filterset=filterset,
            page_obj=page_obj,
            items=page_obj.object_list,
            filter_query=query.urlencode(),
            is_filtered=any(v for k, v in request.GET.items() if k != "page"),
        )
        return context


class DatedPageMixin(models.Model):
    date = models.DateField(_("date"), help_text=_("Shown to visitors and used to order listings."))

    class Meta:
        abstract = True


class LocalizedTaxonomyMixin:
    """Detail pages show their thematic areas and work package in the visitor's language."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if hasattr(self, "thematic_areas"):
            # Fetched once for the labels and for the forum the page is discussed in.
            prefetch_related_objects([self], "thematic_areas")
        decorate([self], self.locale)
        return context
