"""The cached chrome (menu, language switcher, footer, taxonomy labels) shows a change at once."""

import pytest

from core import fragments
from home.models import FundingStatement
from tests.factories.knowledge import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db


def test_a_published_menu_page_shows_in_the_menu_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Objectives", show_in_menus=True)
    assert "Objectives" in client.get("/en/").content.decode()
    client.get("/en/")  # served from the cache now

    StandardPageFactory(parent=home_page, title="Pilot regions", show_in_menus=True)
    assert "Pilot regions" in client.get("/en/").content.decode()

    page.unpublish()
    assert ">Objectives<" not in client.get("/en/").content.decode()


def test_a_moved_page_leaves_the_menu_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Objectives", show_in_menus=True)
    other = StandardPageFactory(parent=home_page, title="About", show_in_menus=True)
    assert ">Objectives<" in client.get("/en/").content.decode()
    page.move(other, pos="last-child")
    assert ">Objectives<" not in client.get("/en/").content.decode()


def test_an_edited_funding_statement_shows_in_the_footer_at_once(client, home_page, locales):
    statement = FundingStatement.objects.create(locale=locales["en"], text="<p>Co-funded by Interreg.</p>")
    assert "Co-funded by Interreg." in client.get("/en/").content.decode()
    statement.text = "<p>Co-funded by the European Union.</p>"
    statement.save()
    assert "Co-funded by the European Union." in client.get("/en/").content.decode()


def test_a_renamed_thematic_area_shows_in_listings_at_once(client, home_page):
    area = ThematicAreaFactory(code="WG1", name="Innovation")
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, thematic_areas=[area])
    assert "Innovation" in client.get(index.url).content.decode()
    area.name = "Digital innovation"
    area.save()
    assert "Digital innovation" in client.get(index.url).content.decode()


def test_a_deleted_page_is_no_longer_routed_from_the_cache(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="objectives")
    assert client.get("/en/objectives/").status_code == 200
    assert client.get("/en/objectives/").status_code == 200
    page.delete()
    assert client.get("/en/objectives/").status_code == 404


class _CacheCountingVersionReads:
    """Django's cache, counting the reads of the fragments' version."""

    def __init__(self, cache):
        self._cache, self.version_reads = cache, 0

    def get(self, key, *args, **kwargs):
        self.version_reads += key == fragments.VERSION_KEY
        return self._cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._cache, name)


def test_a_page_reads_the_fragments_version_once_and_sees_a_change_in_the_next_request(client, home_page, monkeypatch):
    counting = _CacheCountingVersionReads(fragments.cache)
    monkeypatch.setattr(fragments, "cache", counting)
    assert client.get(home_page.url).status_code == 200
    assert counting.version_reads == 1
    StandardPageFactory(parent=home_page, title="Pilot regions", show_in_menus=True)
    assert "Pilot regions" in client.get(home_page.url).content.decode()
    assert counting.version_reads == 2
