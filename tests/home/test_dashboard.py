"""The admin dashboard counts each page once, not once per language it is shown in."""

import re

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile
from wagtail_localize.synctree import synchronize_tree

import pytest

from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.factories.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_in_twelve_languages(home_page, locales):
    """Three English pages, aliased into the eleven other locales, one of them translated into Greek."""
    index = NewsIndexPageFactory(parent=home_page)
    item = NewsPageFactory(parent=index, title="Kick-off", slug="kick-off")
    for code, locale in locales.items():
        if code != "en":
            synchronize_tree(locales["en"], locale)
    translate(item, locales["el"], lambda text: f"[el] {text}")


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return user


def pages_summary(html):
    item = re.search(r"<li>\s*<svg[^>]*icon-doc-empty.*?</li>", html, re.S).group(0)
    return " ".join(re.sub(r"<[^>]+>", " ", item).split())


def test_the_dashboard_counts_each_page_once_in_however_many_languages(client, admin, site_in_twelve_languages):
    summary = pages_summary(client.get("/admin/").content.decode())
    assert summary.startswith("3 Pages")
    assert "in 12 languages" in summary


@pytest.mark.parametrize(("language", "expected"), [("de", "3 Seiten"), ("bg", "на 12 езика"), ("el", "σε 12 γλώσσες")])
def test_the_page_count_is_translated(client, admin, site_in_twelve_languages, language, expected):
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    assert expected in pages_summary(client.get("/admin/").content.decode())
