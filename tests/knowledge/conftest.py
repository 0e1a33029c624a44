import datetime

from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

import pytest

from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
)

# A few locales with different scripts keep the tree small; tests of the full
# language switcher use `all_locales_synced`.
SYNCED_LANGUAGES = ["bg", "el", "hu", "sr"]


def sync_locales(languages=None):
    """What wagtail-localize does for locales set to sync from English: alias every untranslated page."""
    english = Locale.get_default()
    targets = Locale.objects.exclude(pk=english.pk)
    if languages is not None:
        targets = targets.filter(language_code__in=languages)
    for locale in targets:
        synchronize_tree(english, locale)


@pytest.fixture
def areas(locales):
    return [ThematicAreaFactory(code=f"WG{n}", name=f"Area {n}") for n in range(1, 7)]


@pytest.fixture
def work_packages(locales):
    return [WorkPackageFactory(code=f"WP{n}", name=f"Work package {n}") for n in range(7)]


@pytest.fixture
def site_tree(home_page, areas, work_packages):
    """One index page of each kind with a published child, in English, aliased into every locale."""
    news_index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(
        parent=news_index,
        title="Cluster policy learning starts",
        slug="kick-off",
        date=datetime.date(2012, 6, 1),
        work_package=work_packages[3],
        thematic_areas=[areas[2]],
    )
    event_index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=event_index,
        title="Transnational workshop",
        slug="workshop",
        start_date=datetime.date.today() + datetime.timedelta(days=30),
        time_zone="Europe/Sofia",
        venue="Sofia Tech Park",
        thematic_areas=[areas[0]],
    )
    deliverable_index = DeliverableIndexPageFactory(parent=home_page)
    deliverable = DeliverablePageFactory(
        parent=deliverable_index,
        title="Regional policy assessment",
        slug="assessment",
        code="D4.1",
        work_package=work_packages[4],
    )
    restricted = DeliverablePageFactory(
        parent=deliverable_index,
        title="Internal steering minutes",
        slug="minutes",
        code="D1.9",
        work_package=work_packages[1],
        dissemination_level="CO",
    )
    practice_index = GoodPracticeIndexPageFactory(parent=home_page)
    practice = GoodPracticePageFactory(
        parent=practice_index, title="Innovation vouchers", slug="vouchers", country="SI", thematic_areas=[areas[0]]
    )
    partner_index = PartnerIndexPageFactory(parent=home_page)
    PartnerFactory(number=1, name="Marche Regional Authority", country="IT", is_lead_partner=True)
    sync_locales(SYNCED_LANGUAGES)
    return {
        "home": home_page,
        "news_index": news_index,
        "news": news,
        "event_index": event_index,
        "event": event,
        "deliverable_index": deliverable_index,
        "deliverable": deliverable,
        "restricted": restricted,
        "practice_index": practice_index,
        "practice": practice,
        "partner_index": partner_index,
    }


@pytest.fixture
def all_locales_synced(site_tree):
    sync_locales()
    return site_tree
