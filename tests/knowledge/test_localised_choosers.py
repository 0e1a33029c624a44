"""An editor tags a page only with thematic areas and work packages in the page's own language."""

import re

from django.contrib.auth import get_user_model

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.synctree import synchronize_tree

import pytest

from knowledge.models import NewsPage
from tests.factories.knowledge import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
)

pytestmark = pytest.mark.django_db

WRONG_LANGUAGE = "Choose only entries in the language of this page (English)."


@pytest.fixture
def taxonomy(locales):
    """WG1 and WP1 in English and in Bulgarian."""
    english_area = ThematicAreaFactory(code="WG1", name="Digital transition")
    english_wp = WorkPackageFactory(code="WP1", name="Management")
    return {
        "en_area": english_area,
        "bg_area": ThematicAreaFactory(
            code="WG1", name="Цифров преход", locale=locales["bg"], translation_key=english_area.translation_key
        ),
        "en_wp": english_wp,
        "bg_wp": WorkPackageFactory(
            code="WP1", name="Управление", locale=locales["bg"], translation_key=english_wp.translation_key
        ),
    }


@pytest.fixture
def news(home_page, locales, taxonomy):
    index = NewsIndexPageFactory(parent=home_page)
    item = NewsPageFactory(parent=index, title="Kick-off", slug="kick-off", thematic_areas=[taxonomy["en_area"]])
    synchronize_tree(locales["en"], locales["bg"])
    return {"index": index, "item": NewsPage.objects.get(pk=item.pk)}


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def area_options(html):
    select = re.search(r'<select name="thematic_areas".*?</select>', html, re.S).group(0)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


def chooser_url(html, field):
    """The address the work package chooser opens its modal at."""
    widget = re.search(rf'<div[^>]*id="{field}-chooser"[^>]*data-chooser-url="([^"]+)"', html)
    return widget.group(1).replace("&amp;", "&")


def test_an_english_page_offers_only_english_thematic_areas(editor, news):
    html = editor.get(f"/admin/pages/{news['item'].pk}/edit/").content.decode()
    assert area_options(html) == ["WG1 – Digital transition"]


def test_a_bulgarian_page_offers_only_bulgarian_thematic_areas(editor, news, locales):
    bulgarian_index = Page.objects.get(translation_key=news["index"].translation_key, locale=locales["bg"])
    html = editor.get(f"/admin/pages/add/knowledge/newspage/{bulgarian_index.pk}/").content.decode()
    assert area_options(html) == ["WG1 – Цифров преход"]


@pytest.mark.parametrize(
    ("language", "expected", "other"), [("en", "Management", "Управление"), ("bg", "Управление", "Management")]
)
def test_the_work_package_chooser_lists_the_pages_language_only(editor, news, locales, language, expected, other):
    page = Page.objects.get(translation_key=news["index"].translation_key, locale=locales[language])
    html = editor.get(f"/admin/pages/add/knowledge/newspage/{page.pk}/").content.decode()
    url = chooser_url(html, "id_work_package")
    assert f"locale={language}" in url
    listing = editor.get(url).json()["html"]
    assert expected in listing
    assert other not in listing


def edit_form(page, thematic_areas=None, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "date": page.date.isoformat(),
        "body": streamfield([]),
        "work_package": page.work_package_id or "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    data.update(changes)
    # A list is posted as repeated values, which nested_form_data would number instead.
    areas = thematic_areas if thematic_areas is not None else [area.pk for area in page.thematic_areas.all()]
    return {**nested_form_data(data), "thematic_areas": areas}


def latest(page):
    return NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_saving_an_english_page_with_a_bulgarian_area_is_refused(editor, news, taxonomy):
    page = news["item"]
    response = editor.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, thematic_areas=[taxonomy["bg_area"].pk]))
    assert response.status_code == 200
    assert WRONG_LANGUAGE in response.content.decode()
    assert list(latest(page).thematic_areas.all()) == [taxonomy["en_area"]]


def test_saving_an_english_page_with_a_bulgarian_work_package_is_refused(editor, news, taxonomy):
    page = news["item"]
    response = editor.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, work_package=taxonomy["bg_wp"].pk))
    assert response.status_code == 200
    assert WRONG_LANGUAGE in response.content.decode()


def test_an_english_page_saves_with_english_entries(editor, news, taxonomy):
    page = news["item"]
    response = editor.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, work_package=taxonomy["en_wp"].pk))
    assert response.status_code == 302
    assert latest(page).work_package == taxonomy["en_wp"]
