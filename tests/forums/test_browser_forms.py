"""The forum's new-topic and reply forms in a real browser: options, poll and attachments as tabs
that a keyboard works, every pane under its heading without JavaScript, and formsets that grow."""

from pathlib import Path

from django.conf import settings
from django.test import Client
from django.utils import translation

import pytest
from machina.apps.forum_conversation.forum_attachments.models import Attachment

from forums.structure import load_forum_structure
from tests.browser import DESKTOP, axe_violations, format_violations, live_site, take_screenshots
from tests.factories.accounts import member
from tests.factories.forums import site_forum, topic_with_posts
from tests.factories.site import default_site

# The content is committed by the module fixture; each test reads it through the server.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


def _forum_with_a_signed_in_member():
    default_site()
    load_forum_structure()
    forum = site_forum("WG3")
    topic = topic_with_posts(forum=forum, subject="Innovationsgutscheine für Clusterorganisationen", replies=1)
    client = Client()
    client.force_login(member(groups=["Partners"]))
    base = f"/forum/forum/{forum.slug}-{forum.pk}/"
    return {
        "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "new topic": f"{base}topic/create/",
        "reply": f"{base}topic/{topic.slug}-{topic.pk}/post/create/",
    }


@pytest.fixture(scope="module")
def forum(django_db_setup, django_db_blocker):
    with live_site(django_db_blocker, _forum_with_a_signed_in_member) as site:
        yield site


def _member_context(browser, forum, **options):
    url, content = forum
    context = browser.new_context(viewport=DESKTOP, **options)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": content["session"], "url": url}])
    return context


@pytest.fixture(scope="module")
def member_page(browser, forum):
    context = _member_context(browser, forum)
    yield context.new_page()
    context.close()


def _open(page, forum, language, form):
    url, content = forum
    response = page.goto(f"{url}/{language}{content[form]}")
    assert response.ok, f"{form}: {response.status}"


def _names(language, *msgids):
    with translation.override(language):
        return [translation.gettext(msgid) for msgid in msgids]


def _selected_panel(page):
    """The id of the one panel a visitor sees, checking that the tab state agrees with it."""
    visible = [panel.get_attribute("id") for panel in page.locator("[role=tabpanel]").all() if panel.is_visible()]
    selected = page.locator("[role=tab][aria-selected=true]")
    assert selected.count() == 1 and len(visible) == 1
    assert selected.get_attribute("aria-controls") == visible[0]
    return visible[0]


@pytest.mark.parametrize("language", ["bg", "el"])
def test_new_topic_form_shows_options_poll_and_attachments_as_keyboard_tabs(member_page, forum, language):
    page = member_page
    _open(page, forum, language, "new topic")
    assert page.locator("link[href$='forums/forums.css']").count() == 1, "the forum's stylesheet is not loaded"
    tabs = page.get_by_role("tab")
    assert tabs.all_inner_texts() == _names(language, "Options", "Poll", "Attachments")
    assert _selected_panel(page) == "post-options"

    tabs.first.focus()
    page.keyboard.press("ArrowRight")
    assert _selected_panel(page) == "post-poll"
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "post-poll"
    page.keyboard.press("End")
    assert _selected_panel(page) == "post-attachments"
    page.keyboard.press("ArrowRight")
    assert _selected_panel(page) == "post-options"
    page.keyboard.press("ArrowLeft")
    assert _selected_panel(page) == "post-attachments"
    page.keyboard.press("Home")
    assert _selected_panel(page) == "post-options"
    # Tab leaves the tab list for the selected panel, not for the other tabs.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "post-options"

    tabs.nth(1).click()
    assert _selected_panel(page) == "post-poll"
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"forum-new-topic-{language}")


@pytest.mark.parametrize("language", ["bg", "el"])
def test_reply_form_shows_options_and_attachments_as_tabs(member_page, forum, language):
    page = member_page
    _open(page, forum, language, "reply")
    assert page.locator("link[href$='forums/forums.css']").count() == 1, "the forum's stylesheet is not loaded"
    assert page.get_by_role("tab").all_inner_texts() == _names(language, "Options", "Attachments")
    page.get_by_role("tab").last.click()
    assert _selected_panel(page) == "post-attachments"
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"forum-reply-{language}")


def test_without_javascript_every_pane_shows_under_its_heading(browser, forum):
    context = _member_context(browser, forum, java_script_enabled=False)
    try:
        page = context.new_page()
        _open(page, forum, "de", "new topic")
        assert page.get_by_role("tablist").count() == 0
        for panel_id, heading in zip(
            ["post-options", "post-poll", "post-attachments"],
            _names("de", "Options", "Poll", "Attachments"),
            strict=True,
        ):
            assert page.locator(f"#{panel_id}").is_visible()
            assert page.locator(f"#{panel_id} h3").inner_text() == heading
        # Without the script nothing could add a form, so the button does not show.
        assert not page.get_by_role("button", name=_names("de", "Add another file")[0]).is_visible()
    finally:
        context.close()


def test_the_pane_with_an_error_is_the_one_shown_after_submitting(member_page, forum):
    page = member_page
    _open(page, forum, "en", "new topic")
    page.fill("#id_subject", "Which cluster voucher schemes worked?")
    page.fill("#id_content", "Tell us about the schemes of your region.")
    page.get_by_role("tab", name="Poll").click()
    page.fill("#id_poll_question", "Did your region run one?")
    page.fill("#id_poll-0-text", "Yes")
    page.locator(".form-actions input:not([name=preview])").click()
    page.wait_for_load_state()
    assert _selected_panel(page) == "post-poll"
    assert page.locator("#post-poll .error").first.is_visible()


def test_add_buttons_add_numbered_attachment_and_poll_option_forms_that_are_saved(member_page, forum, tmp_path):
    page = member_page
    _open(page, forum, "en", "new topic")
    page.get_by_role("tab", name="Poll").click()
    page.get_by_role("button", name="Add a poll option").click()
    assert page.locator("#id_poll-2-text").evaluate("field => field === document.activeElement")
    assert page.get_by_label("Poll options 3").count() == 1
    assert page.input_value("#id_poll-TOTAL_FORMS") == "3"

    page.get_by_role("tab", name="Attachments").click()
    page.get_by_role("button", name="Add another file").click()
    assert page.input_value("#id_attachment-TOTAL_FORMS") == "2"
    first, second = tmp_path / "agenda.txt", tmp_path / "minutes.txt"
    first.write_text("Agenda of the Ancona workshop")
    second.write_text("Minutes of the Ancona workshop")
    page.set_input_files("#id_attachment-0-file", first)
    page.set_input_files("#id_attachment-1-file", second)
    page.fill("#id_subject", "Ancona workshop papers")
    page.fill("#id_content", "The agenda and the minutes.")
    page.locator(".form-actions input:not([name=preview])").click()
    page.wait_for_load_state()
    assert sorted(a.filename for a in Attachment.objects.filter(post__subject="Ancona workshop papers")) == [
        "agenda.txt",
        "minutes.txt",
    ]
