"""The knowledge site tree most tests read: one page of every kind, aliased into a few locales."""

import datetime
import itertools

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
    all_locales,
    new_home_page,
)
from tests.module_transaction import module_transaction
from tests.shared_live_server import live_server_sharing_the_connection

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


def new_areas():
    return [ThematicAreaFactory(code=f"WG{n}", name=f"Area {n}") for n in range(1, 7)]


def new_work_packages():
    return [WorkPackageFactory(code=f"WP{n}", name=f"Work package {n}") for n in range(7)]


@pytest.fixture
def areas(request, locales):
    """The six thematic areas WG1–WG6; in a test with the knowledge site tree, the tree's."""
    if "site_tree" in request.fixturenames:
        return request.getfixturevalue("site_tree")["areas"]
    return new_areas()


@pytest.fixture
def work_packages(request, locales):
    """The work packages WP0–WP6; in a test with the knowledge site tree, the tree's."""
    if "site_tree" in request.fixturenames:
        return request.getfixturevalue("site_tree")["work_packages"]
    return new_work_packages()


def new_site_tree():
    """One index page of each kind with a published child, in English, aliased into a few locales."""
    home_page = new_home_page(all_locales())
    areas = new_areas()
    work_packages = new_work_packages()
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
        "areas": areas,
        "work_packages": work_packages,
    }


def reloaded(tree):
    """The tree's objects read again from the database: a test may have changed the instances of the last."""
    return {
        name: [type(item).objects.get(pk=item.pk) for item in value]
        if isinstance(value, list)
        else type(value).objects.get(pk=value.pk)
        for name, value in tree.items()
    }


@pytest.fixture(scope="module")
def _site_tree_of_the_module(request, django_db_setup, django_db_blocker):
    """The site tree, built once for the module (see tests.module_transaction), or None."""
    with module_transaction(request, django_db_blocker) as open_:
        yield new_site_tree() if open_ else None


@pytest.fixture
def site_tree(_site_tree_of_the_module, locales):
    """One index page of each kind with a published child, in English, aliased into a few locales.

    Also the home page, thematic areas and work packages the pages belong to, under "home", "areas"
    and "work_packages" (the `home_page`, `areas` and `work_packages` fixtures give the same objects).
    """
    if _site_tree_of_the_module is None:
        return new_site_tree()
    return reloaded(_site_tree_of_the_module)


@pytest.fixture(scope="module")
def site_tree_server(browser, _site_tree_of_the_module, django_db_blocker):
    """The URL of a live server for a module's browser tests, serving the site tree built once for the module and
    each test's own changes (see tests.shared_live_server): the tests need not be transactional."""
    assert _site_tree_of_the_module is not None, "a module with a transactional test builds the tree for each test"
    with django_db_blocker.unblock(), live_server_sharing_the_connection() as url:
        yield url


@pytest.fixture
def all_locales_synced(site_tree):
    sync_locales()
    return site_tree


@pytest.hookimpl(trylast=True)  # after pytest-django's ordering, which it keeps
def pytest_collection_modifyitems(items):
    """In each run of one module's tests, those that do not read the module's site tree come first.

    The tree is built when a test first asks for it and stays until the module ends; a test after that which
    makes its own home page (`home_page`) must delete the tree first, in its transaction: 1.5 s a test.
    """
    runs = [list(run) for _module, run in itertools.groupby(items, key=lambda item: item.module)]
    items[:] = [item for run in runs for item in sorted(run, key=_reads_the_module_tree)]


def _reads_the_module_tree(item):
    return "_site_tree_of_the_module" in item.fixturenames
