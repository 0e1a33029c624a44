import pytest


@pytest.fixture(autouse=True)
def _english_urls():
    """reverse() follows the active language, which a request in an earlier test may have changed."""
    from django.utils import translation

    with translation.override("en"):
        yield
