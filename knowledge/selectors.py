"""Read queries for the listings, each built once with its related data.

Pages link to the source-language (English) taxonomy and partner snippets; the
visitor's translation of each is looked up here in one query per taxonomy, so
templates never trigger a query per item.

The page models use these queries (their listings and detail pages are built from them),
so this module names the models through the app registry instead of importing them:
the arrow goes one way, from the models to their queries.
"""

from collections import OrderedDict

from django.apps import apps
from django.db.models import Prefetch

from wagtail.models import Locale

from core import fragments
from core.permissions import user_is_partner
from core.visibility import public_pages


def _model(name):
    return apps.get_model("knowledge", name)


def localized_taxonomy(model_name, locale):
    """{translation_key: instance} of a taxonomy in `locale`, falling back to the default locale.

    Kept in the cache: a taxonomy changes a few times a year and every listing, filter form and
    detail page labels its items with it (a snippet change replaces the cached copy).
    """
    return fragments.cached(("taxonomy", model_name, locale.pk), lambda: _localized_taxonomy(model_name, locale))


def _localized_taxonomy(model_name, locale):
    model = _model(model_name)
    default_locale = Locale.get_default()
    items = {}
    for item in model.objects.filter(locale__in={locale.pk, default_locale.pk}).order_by("code"):
        if item.translation_key not in items or item.locale_id == locale.pk:
            items[item.translation_key] = item
    return OrderedDict(sorted(items.items(), key=lambda pair: pair[1].code))


def _with_taxonomy(pages, locale, *, areas=True, work_package=False):
    """Attach `localized_areas` / `localized_work_package` to each page for the templates."""
    area_map = localized_taxonomy("ThematicArea", locale) if areas else {}
    wp_map = localized_taxonomy("WorkPackage", locale) if work_package else {}
    for page in pages:
        if areas:
            page.localized_areas = [area_map.get(a.translation_key, a) for a in page.thematic_areas.all()]
        if work_package and page.work_package_id:
            page.localized_work_package = wp_map.get(page.work_package.translation_key, page.work_package)
    return pages


def _live_children(model_name, index_page):
    return public_pages(_model(model_name).objects.child_of(index_page)).select_related("listing_image", "locale")


def news_listing(index_page):
    return (
        _live_children("NewsPage", index_page)
        .select_related("work_package")
        .prefetch_related("thematic_areas")
        .order_by("-date", "-pk")
    )


def event_listing(index_page):
    return (
        _live_children("EventPage", index_page).prefetch_related("thematic_areas").order_by("start_date", "start_time")
    )


def deliverable_listing(index_page, user=None):
    queryset = (
        _live_children("DeliverablePage", index_page)
        .select_related("work_package", "document")
        .order_by("work_package__code", "code")
    )
    if user is None or not user_is_partner(user):
        queryset = queryset.filter(dissemination_level=queryset.model.DisseminationLevel.PUBLIC)
    return queryset


def good_practice_listing(index_page):
    return _live_children("GoodPracticePage", index_page).prefetch_related("thematic_areas").order_by("title")


def decorate(pages, locale):
    """Localise the taxonomy of one page of listing results (a list, so it is evaluated once)."""
    pages = list(pages)
    if not pages:
        return pages
    has_areas = hasattr(pages[0], "thematic_areas")
    has_wp = hasattr(pages[0], "work_package_id")
    return _with_taxonomy(pages, locale, areas=has_areas, work_package=has_wp)


def partners_by_country(locale):
    """[(country, [partners])] in `locale`; a partner not translated yet is shown in the default language."""
    default_locale = Locale.get_default()
    source_areas = Prefetch(
        "coordinated_working_groups",
        queryset=_model("ThematicArea").objects.filter(locale=default_locale).order_by("code"),
    )
    partners = {}
    for partner in (
        _model("Partner")
        .objects.filter(locale__in={locale.pk, default_locale.pk})
        .select_related("logo")
        .prefetch_related(source_areas)
        .order_by("locale_id")
    ):
        source = partners.get(partner.translation_key)
        if source is None or partner.locale_id == locale.pk:
            # Working groups point at the source partner, so a translation takes its source's list.
            partner.source_working_groups = (
                partner.coordinated_working_groups.all() if source is None else source.source_working_groups
            )
            partners[partner.translation_key] = partner
    area_map = localized_taxonomy("ThematicArea", locale)
    groups = OrderedDict()
    for partner in sorted(partners.values(), key=lambda p: (p.country.name, p.number)):
        partner.localized_working_groups = [area_map.get(a.translation_key, a) for a in partner.source_working_groups]
        groups.setdefault(partner.country, []).append(partner)
    return list(groups.items())
