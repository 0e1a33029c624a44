import pytest

from forums.structure import load_forum_structure
from tests.knowledge.conftest import areas, site_tree, work_packages  # noqa: F401  (knowledge pages to discuss)


@pytest.fixture
def forums(db, home_page):
    """The forum structure of the demo site, with its permissions."""
    load_forum_structure()


@pytest.fixture(autouse=True)
def _english_urls():
    """reverse() follows the active language, which a request in an earlier test may have changed."""
    from django.utils import translation

    with translation.override("en"):
        yield
