"""Read queries for listings and the home page, each built once with its related data.

Pages link to the source-language (English) taxonomy and partner snippets; the
visitor's translation of each is looked up here in one query per taxonomy, so
templates never trigger a query per item.
"""

from collections import OrderedDict

from django.apps import apps
from django.db.models import Prefetch
from django.utils import timezone

from wagtail.models import Locale

from home import fragments
from home.visibility import public_pages
from pictures.prefetch import prefetch_listing_renditions

from .models import (
    DeliverableIndexPage,
    DeliverablePage,
    EventIndexPage,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsIndexPage,
    NewsPage,
    Partner,
    ThematicArea,
)
from .permissions import user_is_partner


def localized_taxonomy(model_name, locale):
    """{translation_key: instance} of a taxonomy in `locale`, falling back to the default locale.

    Kept in the cache: a taxonomy changes a few times a year and every listing, filter form and
    detail page labels its items with it (a snippet change replaces the cached copy).
    """
    return fragments.cached(("taxonomy", model_name, locale.pk), lambda: _localized_taxonomy(model_name, locale))


def _localized_taxonomy(model_name, locale):
    model = apps.get_model("knowledge", model_name)
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


def _live_children(model, index_page):
    return public_pages(model.objects.child_of(index_page)).select_related("listing_image", "locale")


def news_listing(index_page):
    return (
        _live_children(NewsPage, index_page)
        .select_related("work_package")
        .prefetch_related("thematic_areas")
        .order_by("-date", "-pk")
    )


def event_listing(index_page):
    return _live_children(EventPage, index_page).prefetch_related("thematic_areas").order_by("start_date", "start_time")


def deliverable_listing(index_page, user=None):
    queryset = (
        _live_children(DeliverablePage, index_page)
        .select_related("work_package", "document")
        .order_by("work_package__code", "code")
    )
    if user is None or not user_is_partner(user):
        queryset = queryset.filter(dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC)
    return queryset


def good_practice_listing(index_page):
    return _live_children(GoodPracticePage, index_page).prefetch_related("thematic_areas").order_by("title")


def decorate(pages, locale):
    """Localise the taxonomy of one page of listing results (a list, so it is evaluated once)."""
    pages = list(pages)
    if not pages:
        return pages
    has_areas = hasattr(pages[0], "thematic_areas")
    has_wp = hasattr(pages[0], "work_package_id")
    return _with_taxonomy(pages, locale, areas=has_areas, work_package=has_wp)


def _index_in_locale(model, locale):
    # Cached with the site's chrome: the home page links to each index of its locale.
    return (
        fragments.cached(
            ("index", model._meta.label, locale.pk), lambda: model.objects.live().filter(locale=locale).first() or False
        )
        or None
    )


def home_page_sections(home_page):
    """Everything the home page shows besides its own fields, in the home page's locale.

    Kept with the site's fragments: the teasers change only when something is published (which
    replaces the fragments' version) or when a day passes (upcoming events), so an uncached home
    page costs no listing query. The cards' renditions travel with them.
    """
    locale = home_page.locale
    today = timezone.localdate()
    return fragments.cached(("home-sections", locale.pk, today.isoformat()), lambda: _home_page_sections(locale, today))


def _home_page_sections(locale, today):
    from home.models import ProjectFacts

    news_index = _index_in_locale(NewsIndexPage, locale)
    event_index = _index_in_locale(EventIndexPage, locale)
    practice_index = _index_in_locale(GoodPracticeIndexPage, locale)

    latest_news = list(news_listing(news_index)[:3]) if news_index else []
    upcoming_events = list(event_listing(event_index).filter(start_date__gte=today)[:3]) if event_index else []
    featured_practices = (
        list(good_practice_listing(practice_index).filter(is_featured=True)[:3]) if practice_index else []
    )
    # The teasers' cards: their renditions in one query rather than one per card.
    prefetch_listing_renditions([*latest_news, *featured_practices])

    facts = fragments.cached(("project-facts",), ProjectFacts.load)  # a setting: its save replaces the copy
    countries = sorted(facts.partner_countries, key=lambda country: str(country.name))
    return {
        "latest_news": decorate(latest_news, locale),
        "upcoming_events": decorate(upcoming_events, locale),
        "featured_practices": decorate(featured_practices, locale),
        "working_groups": list(localized_taxonomy("ThematicArea", locale).values()),
        "partner_countries": countries,
        "key_figures": {
            "partners": facts.partner_count,
            "countries": len(countries),
            "budget_eur": facts.budget_eur,
            "start_date": facts.start_date,
            "end_date": facts.end_date,
        },
        "news_index": news_index,
        "event_index": event_index,
        "practice_index": practice_index,
        "deliverable_index": _index_in_locale(DeliverableIndexPage, locale),
    }


def partners_by_country(locale):
    """[(country, [partners])] in `locale`; a partner not translated yet is shown in the default language."""
    default_locale = Locale.get_default()
    source_areas = Prefetch(
        "coordinated_working_groups",
        queryset=ThematicArea.objects.filter(locale=default_locale).order_by("code"),
    )
    partners = {}
    for partner in (
        Partner.objects.filter(locale__in={locale.pk, default_locale.pk})
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
