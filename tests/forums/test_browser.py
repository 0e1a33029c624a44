"""The forums in a real browser: the member's journey in two languages, and accessibility (axe-core)."""

import re
from pathlib import Path

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
from machina.apps.forum_conversation.models import Post

from tests.browser import axe_violations, format_violations, take_screenshots
from tests.factories.accounts import member
from tests.factories.forums import post_form_data, site_forum, topic_with_posts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
PASSWORD = "correct horse battery staple"

# What the journey reads on the pages and in the e-mails, per language.
EXPECTED = {
    "bg": {"waiting": "след като модератор я одобри", "reply_subject": "Нова публикация"},
    "de": {"waiting": "sobald ihn jemand aus der Moderation freigegeben hat", "reply_subject": "Neuer Beitrag"},
}


def _submit(page, form_selector):
    # Not a type=button: the post form's tabs are buttons too.
    submit = ":is(button:not([type=button]), input[type=submit]):not([name=preview])"
    page.locator(f"{form_selector} {submit}").first.click()


def _sign_in(page, base, language, email):
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    _submit(page, "form[action$='/accounts/login/']")
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["bg", "de"])
def test_register_confirm_post_get_approved_and_hear_of_a_reply(live_server, browser, forums, smtp, settings, language):
    base = settings.SITE_URL = live_server.url  # e-mails sent without a request link here
    email = f"stakeholder-{language}@example.org"
    moderator = member(groups=["Forum moderators"])
    expected = EXPECTED[language]

    visitor = browser.new_context()
    page = visitor.new_page()
    # Register in the visitor's language.
    page.goto(f"{base}/{language}/accounts/signup/")
    page.fill("#id_email", email)
    page.fill("#id_display_name", "Maria Stakeholder")
    page.fill("#id_password1", "a long and unusual passphrase 42")
    page.fill("#id_password2", "a long and unusual passphrase 42")
    _submit(page, "form[action$='/accounts/signup/']")
    page.wait_for_url(f"**/{language}/accounts/confirm-email/")

    # Confirm by the link in the e-mail.
    (confirmation,) = smtp.to(email)
    body = confirmation.get_body(("plain",)).get_content()
    link = re.search(rf"http://\S+/{language}/accounts/confirm-email/\S+/", body).group(0)
    page.goto(link)
    _submit(page, "main form")
    page.wait_for_url(f"**/{language}/accounts/profile/")

    # Start a topic in a working-group forum: it waits for a moderator.
    forum = site_forum("WG3")
    page.goto(f"{base}/{language}/forum/")
    page.locator(f"a[href*='{forum.slug}-{forum.pk}/']").first.click()
    page.locator("a[href$='/topic/create/']").first.click()
    page.fill("#id_subject", "Cluster financing in our region")
    page.fill("#id_content", "Which **guarantee schemes** worked for you?")
    _submit(page, "main form[enctype]")
    page.wait_for_load_state()
    post = Post.objects.get(subject="Cluster financing in our region")
    assert not post.approved
    assert expected["waiting"] in page.content()

    # A moderator approves it from the queue.
    moderation = browser.new_context()
    moderator_page = moderation.new_page()
    _sign_in(moderator_page, base, "en", moderator.email)
    moderator_page.goto(f"{base}/en/forum/moderation/queue/")
    assert "Cluster financing in our region" in moderator_page.content()
    moderator_page.goto(f"{base}/en/forum/moderation/queue/{post.pk}/approve/")
    _submit(moderator_page, "main form[method=post]")
    moderator_page.wait_for_load_state()
    post.refresh_from_db()
    assert post.approved
    moderation.close()

    # Another member replies; our new member hears of it, in their language.
    replier = Client(HTTP_HOST="localhost")
    replier.force_login(member(groups=["Partners"]))
    topic = post.topic
    with translation.override("en"):
        url = reverse("forum_conversation:post_create", args=[forum.slug, forum.pk, topic.slug, topic.pk])
    assert replier.post(url, post_form_data("Re", "Loan guarantees, see our practice.")).status_code == 302
    messages = smtp.to(email)
    reply = messages[-1]
    assert expected["reply_subject"] in reply["Subject"]
    reply_body = reply.get_body(("plain",)).get_content()
    assert f"/{language}/forum/" in reply_body and "Loan guarantees" in reply_body

    page.goto(re.search(rf"{base}/\S+\?post=\d+#\d+", reply_body).group(0))
    assert "Loan guarantees, see our practice." in page.content()
    take_screenshots(page, SCREENSHOTS, f"forum-topic-{language}")
    visitor.close()


@pytest.mark.parametrize("language", ["en", "sr"])
def test_forum_and_account_pages_have_no_serious_accessibility_violations(live_server, page, forums, language):
    user = member()
    topic = topic_with_posts(forum=site_forum("WG1"), replies=2)
    forum = topic.forum
    paths = [
        "forum/",
        f"forum/forum/{forum.slug}-{forum.pk}/",
        f"forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/",
        "accounts/login/",
        "accounts/signup/",
        "accounts/password/reset/",
    ]
    for path in paths:
        page.goto(f"{live_server.url}/{language}/{path}")
        violations = axe_violations(page)
        assert not violations, f"/{language}/{path}\n" + format_violations(violations)
    _sign_in(page, live_server.url, language, user.email)
    for path in [
        f"forum/forum/{forum.slug}-{forum.pk}/topic/create/",
        f"forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/",
        "forum/notifications/",
        f"forum/report/{topic.first_post_id}/",
        "accounts/profile/",
    ]:
        page.goto(f"{live_server.url}/{language}/{path}")
        violations = axe_violations(page)
        assert not violations, f"/{language}/{path}\n" + format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"forum-index-{language}")


def test_discussing_a_good_practice_asks_first_then_starts_a_moderated_topic(live_server, browser, forums, site_tree):
    from machina.apps.forum_conversation.models import Topic

    user = member()
    page = browser.new_context().new_page()
    _sign_in(page, live_server.url, "en", user.email)
    page.goto(f"{live_server.url}/en/good-practices/vouchers/")
    page.get_by_role("link", name="Discuss in the forum").click()
    page.wait_for_load_state()
    assert "Start a topic about “Innovation vouchers”" in page.content()
    take_screenshots(page, SCREENSHOTS, "forum-discuss-confirm")
    assert not Topic.objects.exists()

    page.get_by_role("button", name="Start the discussion").click()
    page.wait_for_url("**/topic/**")
    assert "This message will be validated before appearing on the forum." in page.content()
    assert Topic.objects.get().approved is False
