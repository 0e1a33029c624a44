import pytest
from pytest_django.plugin import blocking_manager_key
from xdist.scheduler import LoadFileScheduling

from tests import migrated_rows
from tests.factories.knowledge import all_locales, new_home_page
from tests.servers import server_missing

# Fixtures that tests in several directories share.
pytest_plugins = [
    "tests.browser",  # a real Chromium for the end-to-end tests
    "tests.forum_structure",  # the forums of the demo site
    "tests.newsletter_issues",  # a newsletter issue to send
    "tests.site_tree",  # the knowledge pages most test directories read
    "tests.smtp",  # a real SMTP server for e-mail tests
]


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


# Packages whose modules share data that a package-scoped fixture builds (tests/demo_site: the demo site,
# a minute to load): one test process runs all their modules, and their rows outlive each module.
PACKAGES_SHARING_DATA = ("tests/demo_site/",)


def _package_sharing_data(nodeid):
    return next((package for package in PACKAGES_SHARING_DATA if nodeid.startswith(package)), None)


class _LoadFileKeepingSharedPackagesTogether(LoadFileScheduling):
    def _split_scope(self, nodeid):
        return _package_sharing_data(nodeid) or super()._split_scope(nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Whole modules per process (`--dist loadfile`), and the modules of a package sharing data together."""
    return _LoadFileKeepingSharedPackagesTogether(config, log) if config.getvalue("dist") == "loadfile" else None


def _data_scope(item):
    """Where the data a test reads is rolled back: its package for a package sharing data, else its module."""
    return _package_sharing_data(item.nodeid) or item.module


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "search_engine: uses the real search server (set on each test whose fixtures reach it); the whole suite"
        " runs these once more on Elasticsearch",
    )


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by markers
def pytest_collection_modifyitems(config, items):
    """Each test that reaches the search server marked `search_engine`. The modules marked slow_setup first:
    the parallel processes take modules in this order, and the longest first leaves none of them alone with a
    long one at the end."""
    for item in items:
        if "search_server_url" in item.fixturenames:
            item.add_marker("search_engine")
    items.sort(key=lambda item: item.get_closest_marker("slow_setup") is None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that emptied the tables, put the migrated rows back for the tests that follow; where a
    module (or a package sharing data) ends, fail it if it left pages or users behind.

    The restore is skipped between two transactional tests of one module (the next one empties the tables
    again), and both after the last test, whose teardown has dropped the test database. They come after the
    test's own teardown, module fixtures included, even when that failed: the next module needs the rows.
    """
    try:
        return (yield)
    finally:
        if nextitem is not None:
            from django.db import connection

            next_also_empties = nextitem.module is item.module and migrated_rows.empties_the_database(nextitem)
            with item.session.config.stash[blocking_manager_key].unblock():
                if migrated_rows.empties_the_database(item) and not next_also_empties:
                    migrated_rows.restore(connection)
                if _data_scope(nextitem) != _data_scope(item):
                    _check_nothing_left_behind(item, connection)


def _check_nothing_left_behind(last_item, connection):
    """Every module's data is rolled back or flushed when it ends; a row that survives (a thread's own
    connection, a commit inside a test) makes the modules after it in its process depend on it."""
    scope = _data_scope(last_item)
    scope_items = [item for item in last_item.session.items if _data_scope(item) == scope]
    if migrated_rows.is_saved() and any(migrated_rows.uses_the_database(item) for item in scope_items):
        left = migrated_rows.rows_left_behind(connection)
        assert not left, f"{getattr(scope, '__name__', scope)} left rows behind: {left}"


@pytest.fixture
def locales(db):
    """All twelve site locales, English first."""
    return all_locales()


@pytest.fixture
def home_page(request, locales):
    """The English home page of the default site; in a test with the knowledge site tree, the tree's home."""
    if "site_tree" in request.fixturenames:
        return request.getfixturevalue("site_tree")["home"]
    return new_home_page(locales)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached responses (sitemap, fragments) must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_cache(settings):
    """The default cache in the Redis that scripts/test.sh starts (REDIS_URL), emptied for this test.

    Without it the tests skip on a developer's machine and fail under CI=true.
    """

    from django.core.cache import cache

    url = settings.TEST_REDIS_URL
    problem = None if url else "REDIS_URL is not set (scripts/test.sh starts Redis)"
    if url:
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url},
        }
        try:
            cache.clear()
        except Exception as error:  # noqa: BLE001 - any failure means: no server
            problem = f"Redis at {url} does not answer: {error}"
    if problem:
        server_missing(problem)
    yield url
    cache.clear()


@pytest.fixture
def client():
    """A test client that talks to the site's host, so absolute URLs match the Site record."""
    from django.test import Client

    return Client(HTTP_HOST="localhost")
