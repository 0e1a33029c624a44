from django.conf import settings

from wagtail.models import Locale, Page, Site

import pytest
from pytest_django.plugin import blocking_manager_key

from tests import migrated_rows
from tests.browser import browser, page  # noqa: F401  (fixtures for the end-to-end tests)
from tests.factories.knowledge import HomePageFactory


@pytest.fixture(scope="session", autouse=True)
def _migrated_rows_saved(request, django_db_blocker):
    """The rows the migrations made, saved before the first test can change them.

    Only when a test of the session uses the database: pytest-django creates none otherwise.
    """
    if not any(migrated_rows.uses_the_database(item) for item in request.session.items):
        return
    from django.db import connection

    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        migrated_rows.save(connection)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that emptied the tables, put the migrated rows back for the tests that follow.

    Skipped between two transactional tests of one module (the next one empties the tables again),
    and after the last test, whose teardown has dropped the test database.
    """
    result = yield
    if nextitem is None:
        return result
    next_also_empties = nextitem.module is item.module and migrated_rows.empties_the_database(nextitem)
    if migrated_rows.empties_the_database(item) and not next_also_empties:
        from django.db import connection

        with item.session.config.stash[blocking_manager_key].unblock():
            migrated_rows.restore(connection)
    return result


@pytest.fixture
def locales(db):
    """All twelve site locales, English first."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture
def home_page(locales):
    """The English home page as the root of the default site (replacing Wagtail's welcome page)."""
    # A transactional test (live_server) flushes the tables, taking Wagtail's root page with it.
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locales["en"])
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="ClusterPoliSEE")
    return home


from tests.smtp import smtp, smtp_server  # noqa: E402, F401  (a real SMTP server for e-mail tests)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached responses (sitemap, fragments) must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A test client that talks to the site's host, so absolute URLs match the Site record."""
    from django.test import Client

    return Client(HTTP_HOST="localhost")
