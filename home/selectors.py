"""The home page's sections: the latest news, upcoming events, featured practices and the key figures."""

from django.utils import timezone

from core import fragments
from knowledge.models import DeliverableIndexPage, EventIndexPage, GoodPracticeIndexPage, NewsIndexPage
from knowledge.selectors import decorate, event_listing, good_practice_listing, localized_taxonomy, news_listing
from pictures.prefetch import prefetch_listing_renditions

from .models.settings import ProjectFacts


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
