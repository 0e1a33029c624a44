import pytest


@pytest.fixture(autouse=True)
def _site(request):
    """Every newsletter test runs on a site with its twelve locales (links are built from the Site record)."""
    if "django_db" in request.keywords or "db" in request.fixturenames:
        request.getfixturevalue("home_page")
