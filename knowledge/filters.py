"""Facet filters of the listing pages, read from the query string.

Taxonomy filters use the locale-independent code (WG3, WP4), so a filtered URL
means the same in every language; the labels are the visitor's translation.
The index pages (models) name their FilterSet, so a filter takes the choices of a
model field from the listed queryset rather than importing the model.
"""

from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import django_filters
from django_countries import countries

from .selectors import localized_taxonomy


class ListingFilter(django_filters.FilterSet):
    """Base for the listing filters: choices depend on the locale of the index page."""

    year_field = "date"
    # Filters offering the choices of the listed model's field of the same name.
    model_choice_filters = ()

    def __init__(self, data=None, queryset=None, *, index_page, **kwargs):
        self.index_page = index_page
        super().__init__(data, queryset=queryset, **kwargs)
        for name in self.model_choice_filters:
            self.filters[name].extra["choices"] = queryset.model._meta.get_field(name).choices
        if "area" in self.filters:
            self.filters["area"].extra["choices"] = self._taxonomy_choices("ThematicArea")
        if "wp" in self.filters:
            self.filters["wp"].extra["choices"] = self._taxonomy_choices("WorkPackage")
        if "year" in self.filters:
            self.filters["year"].extra["choices"] = self._year_choices(queryset)

    def _taxonomy_choices(self, model_name):
        return [(item.code, str(item)) for item in localized_taxonomy(model_name, self.index_page.locale).values()]

    def _year_choices(self, queryset):
        years = (
            queryset.order_by().annotate(year=ExtractYear(self.year_field)).values_list("year", flat=True).distinct()
        )
        return [(str(year), str(year)) for year in sorted(filter(None, years), reverse=True)]

    def filter_year(self, queryset, name, value):
        return queryset.filter(**{f"{self.year_field}__year": int(value)})


def _area_filter():
    return django_filters.ChoiceFilter(
        label=_("Thematic area"), field_name="thematic_areas__code", empty_label=_("All thematic areas")
    )


def _year_filter():
    return django_filters.ChoiceFilter(label=_("Year"), method="filter_year", empty_label=_("All years"))


class NewsFilter(ListingFilter):
    area = _area_filter()
    wp = django_filters.ChoiceFilter(
        label=_("Work package"), field_name="work_package__code", empty_label=_("All work packages")
    )
    year = _year_filter()

    class Meta:
        model = None
        fields = []


class EventFilter(ListingFilter):
    year_field = "start_date"
    model_choice_filters = ("event_type",)

    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past")), ("all", _("Upcoming and past"))],
        method="filter_when",
        empty_label=None,
    )
    event_type = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("All types"))
    area = _area_filter()
    year = _year_filter()

    class Meta:
        model = None
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        # Visitors come for what is coming up; past events are one choice away.
        data = data.copy() if data is not None else QueryDict(mutable=True)
        data.setdefault("when", "upcoming")
        super().__init__(data, *args, **kwargs)

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        is_over = Q(end_date__lt=today) | Q(end_date__isnull=True, start_date__lt=today)
        if value == "past":
            return queryset.filter(is_over).order_by("-start_date", "-start_time")
        if value == "upcoming":
            return queryset.exclude(is_over)
        return queryset


class DeliverableFilter(ListingFilter):
    model_choice_filters = ("deliverable_type",)

    wp = django_filters.ChoiceFilter(
        label=_("Work package"), field_name="work_package__code", empty_label=_("All work packages")
    )
    deliverable_type = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("All types"))
    year = _year_filter()

    class Meta:
        model = None
        fields = []


class GoodPracticeFilter(ListingFilter):
    model_choice_filters = ("policy_instrument",)

    area = _area_filter()
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All countries"))
    policy_instrument = django_filters.ChoiceFilter(label=_("Policy instrument"), empty_label=_("All instruments"))

    class Meta:
        model = None
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = self.queryset.order_by().values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in codes), key=lambda pair: str(pair[1])
        )
