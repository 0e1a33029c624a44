"""Creating a page and its aliases in the other eleven locales is one transaction.

The database refuses one alias (as a locked SQLite file or a full disk would): the
request fails, and nothing of the page is left behind, so the editor's next save
of the same page succeeds instead of saying "The slug … is already in use".
"""

from contextlib import contextmanager

from django.db import connection
from django.test import Client

from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

import pytest

from tests.factories.knowledge import NewsIndexPageFactory
from tests.journeys.admin_client import form_fields

# The view's transaction must be the outermost one, as in production.
pytestmark = pytest.mark.django_db(transaction=True)

REFUSE_HUNGARIAN_ALIASES = """
CREATE FUNCTION refuse_hungarian_alias() RETURNS trigger AS $$
BEGIN
    IF NEW.alias_of_id IS NOT NULL AND NEW.locale_id = %s THEN
        RAISE EXCEPTION 'could not write the Hungarian alias';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER refuse_hungarian_alias BEFORE INSERT ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION refuse_hungarian_alias();
"""
ALLOW_HUNGARIAN_ALIASES = """
DROP TRIGGER IF EXISTS refuse_hungarian_alias ON wagtailcore_page;
DROP FUNCTION IF EXISTS refuse_hungarian_alias();
"""


@pytest.fixture
def news_index(home_page, locales):
    index = NewsIndexPageFactory(parent=home_page)
    english = locales["en"]
    for locale in locales.values():
        if locale != english:
            LocaleSynchronization.objects.create(locale=locale, sync_from=english)
    return index


@pytest.fixture
def editor(django_user_model):
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


@contextmanager
def hungarian_aliases_refused():
    """The database refuses to write any alias in Hungarian, as it could refuse any write."""
    with connection.cursor() as cursor:
        cursor.execute(REFUSE_HUNGARIAN_ALIASES, [Locale.objects.get(language_code="hu").pk])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(ALLOW_HUNGARIAN_ALIASES)


def autosave(editor, news_index, title):
    """What Wagtail's autosave sends when an editor has typed a title and a date in the new-page form."""
    add_url = f"/admin/pages/add/knowledge/newspage/{news_index.pk}/"
    fields = form_fields(editor.get(add_url).content.decode(), "page-edit-form")
    # The editor's JavaScript adds the count of the body's blocks (none yet).
    data = fields | {"title": title, "slug": "pilots", "date": "2026-12-01", "body-count": "0"}
    return editor.post(add_url, data, HTTP_ACCEPT="application/json")


def test_a_page_whose_alias_cannot_be_written_leaves_nothing_behind(editor, news_index):
    with hungarian_aliases_refused():
        response = autosave(editor, news_index, "Three pilot actions")

    assert response.status_code == 500, response.content[:800]
    assert not Page.objects.filter(slug="pilots").exists()


def test_the_next_save_after_a_failed_one_creates_the_page_in_every_locale(editor, news_index, locales):
    with hungarian_aliases_refused():
        assert autosave(editor, news_index, "Three pilot actions").status_code == 500

    response = autosave(editor, news_index, "Three pilot actions")

    assert response.status_code == 200, response.content[:500]
    page = Page.objects.get(pk=response.json()["pk"])
    languages = page.get_translations(inclusive=True).values_list("locale__language_code", flat=True)
    assert set(languages) == set(locales)
