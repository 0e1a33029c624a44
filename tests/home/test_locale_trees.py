"""Every English page has a live counterpart in each synchronised locale, however it came into being.

wagtail-localize creates aliases only when a page is created in the admin; copying and moving
a page, and pages made in code, must leave the twelve trees as consistent, and
`repair_locales` puts right whatever slipped through.
"""

from io import StringIO
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization

import pytest

from home.models import StandardPage
from tests.factories.knowledge import StandardPageFactory
from tests.factories.translation import translate
from translations.locale_trees import Gap, locale_gaps

pytestmark = pytest.mark.django_db


def synchronise(locales, languages):
    """Make `languages` follow English, as the demo site does for all eleven (wagtail-localize syncs at once)."""
    for code in languages:
        LocaleSynchronization.objects.create(locale=locales[code], sync_from=locales["en"])


def other_languages(locales, but=()):
    return [code for code in locales if code != "en" and code not in but]


@pytest.fixture
def tree(home_page, locales):
    """home › about › minutes, and home › governance, followed by every other locale."""
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    governance = StandardPageFactory(parent=home_page, title="Governance", slug="governance")
    minutes = StandardPageFactory(parent=about, title="Minutes", slug="minutes")
    synchronise(locales, other_languages(locales))
    return SimpleNamespace(home=home_page, about=about, governance=governance, minutes=minutes)


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def counterparts(page):
    """{language: counterpart} of `page` outside English."""
    return {
        counterpart.locale.language_code: counterpart
        for counterpart in Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    }


def assert_live_everywhere(page, locales):
    found = counterparts(page)
    assert sorted(found) == sorted(other_languages(locales))
    assert all(counterpart.live for counterpart in found.values()), [c for c, p in found.items() if not p.live]


def parent_keys(page):
    """{language: translation key of the parent} of `page` and its counterparts."""
    return {
        page.locale.language_code: page.get_parent().translation_key
        for page in Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    }


def test_a_page_copied_in_the_admin_is_live_in_every_locale_with_its_subpages(admin_client, tree, locales):
    response = admin_client.post(
        f"/admin/pages/{tree.about.pk}/copy/",
        {
            "new_title": "About (copy)",
            "new_slug": "about-copy",
            "new_parent_page": tree.home.pk,
            "copy_subpages": "on",
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = StandardPage.objects.get(locale=locales["en"], slug="about-copy")
    [minutes_copy] = copy.get_children()
    for page in (copy, minutes_copy):
        assert_live_everywhere(page, locales)
    assert admin_client.get("/el/about-copy/minutes/").status_code == 200


def test_a_draft_copy_gets_its_aliases_as_drafts_and_they_go_live_with_it(admin_client, tree, locales):
    admin_client.post(
        f"/admin/pages/{tree.minutes.pk}/copy/",
        {"new_title": "Minutes 2", "new_slug": "minutes-2", "new_parent_page": tree.about.pk},
    )
    copy = StandardPage.objects.get(locale=locales["en"], slug="minutes-2")
    assert not copy.live
    assert sorted(counterparts(copy)) == sorted(other_languages(locales))
    copy.save_revision().publish()
    assert_live_everywhere(copy, locales)


def test_a_page_moved_in_the_admin_moves_in_every_locale(admin_client, tree, locales):
    response = admin_client.post(f"/admin/pages/{tree.minutes.pk}/move/{tree.governance.pk}/confirm/")
    assert response.status_code == 302
    assert set(parent_keys(tree.minutes).values()) == {tree.governance.translation_key}
    assert admin_client.get("/hu/governance/minutes/").status_code == 200
    assert locale_gaps() == []


def test_a_counterpart_moved_beside_a_page_of_the_same_slug_takes_a_free_one(admin_client, tree, locales):
    bulgarian_governance = counterparts(tree.governance)["bg"]
    StandardPageFactory(parent=bulgarian_governance, title="Протоколи", slug="minutes")

    admin_client.post(f"/admin/pages/{tree.minutes.pk}/move/{tree.governance.pk}/confirm/")

    moved = counterparts(tree.minutes)["bg"]
    assert moved.get_parent().pk == bulgarian_governance.pk
    assert moved.slug != "minutes"
    assert admin_client.get(moved.url).status_code == 200
    assert "Протоколи" in admin_client.get("/bg/governance/minutes/").content.decode()


def test_moving_a_translated_page_keeps_the_translation_in_step_and_new_locales_can_sync(
    admin_client, home_page, locales
):
    """wagtail-localize #906: a translation left under the old parent broke synchronising a new locale."""
    old_parent = StandardPageFactory(parent=home_page, title="Old", slug="old")
    new_parent = StandardPageFactory(parent=home_page, title="New", slug="new")
    page = StandardPageFactory(parent=old_parent, title="Report", slug="report")
    synchronise(locales, other_languages(locales, but=["sq"]))
    translate(page, locales["el"], lambda text: f"[el] {text}")

    admin_client.post(f"/admin/pages/{page.pk}/move/{new_parent.pk}/confirm/")
    synchronise(locales, ["sq"])

    assert set(parent_keys(page).values()) == {new_parent.translation_key}
    greek = Page.objects.get(translation_key=page.translation_key, locale=locales["el"])
    assert greek.alias_of_id is None
    assert admin_client.get(f"/el/new/{greek.slug}/").status_code == 200
    assert locale_gaps() == []


def test_repair_reports_then_fixes_missing_and_unpublished_aliases_and_is_idempotent(tree, locales):
    mine = counterparts(tree.minutes)
    mine["de"].delete()
    Page.objects.filter(pk=mine["it"].pk).update(live=False)
    before = Page.objects.count()

    with pytest.raises(CommandError) as dry_run:
        call_command("repair_locales", "--dry-run", stdout=(report := StringIO()))
    assert dry_run.value.returncode == 1
    assert "de  /about/minutes/  missing" in report.getvalue()
    assert "it  /about/minutes/  alias not live" in report.getvalue()
    assert Page.objects.count() == before

    call_command("repair_locales", stdout=(output := StringIO()))
    assert "Fixed 2 problems" in output.getvalue()
    assert_live_everywhere(tree.minutes, locales)

    call_command("repair_locales", stdout=(again := StringIO()))
    assert "No problems" in again.getvalue()
    assert Page.objects.count() == before + 1


def test_repair_moves_a_counterpart_left_under_another_parent(tree, locales):
    greek_minutes = counterparts(tree.minutes)["el"]
    greek_minutes.move(counterparts(tree.governance)["el"], pos="last-child")
    assert [gap.kind for gap in locale_gaps()] == [Gap.MISPLACED]

    call_command("repair_locales", stdout=StringIO())
    assert set(parent_keys(tree.minutes).values()) == {tree.about.translation_key}


def test_repair_leaves_an_unpublished_translation_to_the_editors_and_says_so(tree, locales):
    """Publishing someone's draft is not a repair (wagtail-localize #553): it is reported, with a failing status."""
    translate(tree.minutes, locales["hu"], lambda text: f"[hu] {text}", publish=False)
    Page.objects.filter(translation_key=tree.minutes.translation_key, locale=locales["hu"]).update(live=False)

    with pytest.raises(CommandError) as result:
        call_command("repair_locales", stdout=(output := StringIO()))
    assert result.value.returncode == 1
    assert "hu  /about/minutes/  translation not published" in output.getvalue()
    assert not Page.objects.get(translation_key=tree.minutes.translation_key, locale=locales["hu"]).live
