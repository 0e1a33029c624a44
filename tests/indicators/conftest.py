import pytest

from tests.factories.knowledge import NewsPageFactory


@pytest.fixture
def article(home_page):
    return NewsPageFactory(parent=home_page, title="Clusters in the Danube region")
