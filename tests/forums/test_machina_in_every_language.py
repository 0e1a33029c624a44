"""machina's words on the forum pages a member and a moderator see, in every language of the site.

machina ships no catalogue for several of the site's languages and incomplete ones for others, so its
labels, buttons, headings, help texts and error messages reach our pages only through the strings
forums/machina_strings.py lists for forums/locale. Each page is rendered through the test client in
every non-English language; no text node, title, placeholder, aria-label, alt text or button value may
read as one of machina's English messages (whole, or with its placeholders filled in) unless the
language's catalogue translates it with the very same words ("Forum" in German).

The forum structure and its content (a topic with a poll, an attachment and a reply, a post awaiting
approval, a subscription) are built once for the module, in a transaction rolled back afterwards.
"""

import re
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

import machina
import polib
import pytest
from bs4 import BeautifulSoup, Comment, Doctype
from machina.apps.forum_conversation.forum_polls.models import TopicPoll, TopicPollOption
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_member.models import ForumProfile

from forums.machina_strings import MACHINA_STRINGS
from forums.structure import load_forum_structure
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, TopicFactory, attachment, post_form_data, site_forum

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
# Elements whose whole text may be one message with markup or values inside ("Up to <b>2</b> options …").
PHRASES = ("p", "li", "label", "legend", "small", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "a", "button")
# What machina shows in English without marking it for translation; our code translates it instead.
UNMARKED = ["At least two poll options must be defined."]
PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sd]")


@cache
def machina_messages():
    """machina's messages: ({text: msgid} for those read as they are, {msgid: pattern} for those with values)."""
    catalogue = polib.pofile(str(Path(machina.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    exact, patterns = {}, {}
    for entry in catalogue:
        for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
            text = " ".join(re.sub(r"<[^>]+>", "", msgid).split())
            if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", text)):
                continue
            if PLACEHOLDER.search(text):
                parts = [re.escape(part) for part in PLACEHOLDER.split(text)]
                patterns[msgid] = re.compile(r".+?".join(parts))
            else:
                exact[text] = msgid
    exact.update({msgid: msgid for msgid in UNMARKED})
    for msgid in MACHINA_STRINGS:
        assert msgid in exact.values() or msgid in patterns, (
            f"{msgid!r} in MACHINA_STRINGS is not one of machina's messages"
        )
    return exact, patterns


def _same_in(language, msgid):
    """Whether `language` translates msgid with the same words (so reading them is no English leak)."""
    catalogue = trans_real.translation(language)._catalog
    return catalogue.get(msgid) == msgid or catalogue.get((msgid, 0)) == msgid


def wording(html):
    """Each text node, and each title, placeholder, aria-label, alt text and button value of a page."""
    soup = BeautifulSoup(html, "lxml")
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Doctype)) or node.parent.name in ("script", "style", "textarea"):
            continue
        text = " ".join(node.split())
        if text:
            yield node.parent.name, text
    for element in soup.find_all(True):
        if element.name in PHRASES:
            text = " ".join(element.get_text(" ").split())
            if text:
                yield element.name, text
        for attribute in ATTRIBUTES:
            if element.get(attribute):
                yield f"{element.name}[{attribute}]", " ".join(element[attribute].split())
        if element.name in ("input", "button") and element.get("type") in ("submit", "button") and element.get("value"):
            yield f"{element.name}[value]", element["value"]


def english_messages_in(html, language):
    exact, patterns = machina_messages()
    found = set()
    for where, text in wording(html):
        msgids = [exact[text]] if text in exact else []
        msgids += [msgid for msgid, pattern in patterns.items() if pattern.fullmatch(text)]
        found.update((where, msgid, text[:100]) for msgid in msgids if not _same_in(language, msgid))
    return found


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_forum_structure()
        author = member(groups=["Partners"], display_name="Ivana")
        moderator = member(groups=["Forum moderators"], display_name="Moderatorin")
        reader = member(groups=["Partners"], display_name="Leser")
        forum = site_forum("WG1")
        topic = TopicFactory(forum=forum, poster=author, subject="Vaucheri 5b1d")
        first = PostFactory(topic=topic, poster=author, content="Prvi prilog.", update_reason="Typo", updates_count=1)
        reply = PostFactory(topic=topic, poster=reader, content="Odgovor.")
        attachment(reply, b"Zapisnik.", name="zapisnik.txt")
        poll = TopicPoll.objects.create(topic=topic, question="Instrument?", max_options=2, duration=30)
        options = [TopicPollOption.objects.create(poll=poll, text=text) for text in ("Vaucheri", "Granti", "Krediti")]
        pending_topic = TopicFactory(forum=forum, poster=reader, subject="Pitanje 3f9a", approved=False)
        pending = PostFactory(topic=pending_topic, poster=reader, approved=False, content="Čeka.")
        topic.subscribers.add(moderator, reader)
        for user in (author, moderator, reader):
            ForumProfile.objects.get_or_create(user=user)
        yield SimpleNamespace(
            author=author,
            moderator=moderator,
            reader=reader,
            forum=forum,
            topic=Topic.objects.get(pk=topic.pk),
            first=first,
            poll=poll,
            options=options,
            pending=pending,
        )
        transaction.set_rollback(True)


def _topic_args(topic):
    return [topic.forum.slug, topic.forum_id, topic.slug, topic.pk]


def _pages(world):
    """(name, user, method, url, data): the pages to read, as whoever reads them."""
    topic, forum, moderator, reader = world.topic, world.forum, world.moderator, world.reader
    args = _topic_args(topic)
    moderation = {"slug": topic.slug, "pk": topic.pk}
    poll_option = {"poll-TOTAL_FORMS": 1, "poll-0-text": "Jedan"}
    return [
        ("forum index", reader, "get", reverse("forum:index"), None),
        ("forum", moderator, "get", reverse("forum:forum", args=[forum.slug, forum.pk]), None),
        ("topic (moderator)", moderator, "get", reverse("forum_conversation:topic", args=args), None),
        ("topic (voter)", reader, "get", reverse("forum_conversation:topic", args=args), None),
        (
            "new topic, invalid",
            reader,
            "post",
            reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
            post_form_data("", "", poll_question="Q?", poll_max_options="", poll_duration=-1, **poll_option),
        ),
        (
            "new poll, one option",
            reader,
            "post",
            reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
            post_form_data("Naslov", "Tekst.", poll_question="Q?", poll_max_options=1, **poll_option),
        ),
        (
            "new topic, preview",
            reader,
            "post",
            reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
            post_form_data("Naslov", "Tekst.", preview="1"),
        ),
        ("reply", reader, "get", reverse("forum_conversation:post_create", args=args), None),
        (
            "edit, invalid",
            world.author,
            "post",
            reverse("forum_conversation:topic_update", args=args),
            post_form_data("", "", **{"attachment-TOTAL_FORMS": 1, "attachment-0-comment": "x"}),
        ),
        (
            "delete post",
            moderator,
            "get",
            reverse("forum_conversation:post_delete", args=[*args, world.first.pk]),
            None,
        ),
        ("vote, none", reader, "post", reverse("forum_conversation:topic_poll_vote", args=[world.poll.pk]), {}),
        (
            "vote, too many",
            reader,
            "post",
            reverse("forum_conversation:topic_poll_vote", args=[world.poll.pk]),
            {"options": [option.pk for option in world.options]},
        ),
        ("moderation queue", moderator, "get", reverse("forum_moderation:queue"), None),
        ("queued post", moderator, "get", reverse("forum_moderation:queued_post", args=[world.pending.pk]), None),
        (
            "approve",
            moderator,
            "get",
            reverse("forum_moderation:approve_queued_post", args=[world.pending.pk]),
            None,
        ),
        ("lock", moderator, "get", reverse("forum_moderation:topic_lock", kwargs=moderation), None),
        ("move", moderator, "get", reverse("forum_moderation:topic_move", kwargs=moderation), None),
        ("delete topic", moderator, "get", reverse("forum_moderation:topic_delete", kwargs=moderation), None),
        ("make sticky", moderator, "get", reverse("forum_moderation:topic_update_to_sticky", kwargs=moderation), None),
        (
            "make announce",
            moderator,
            "get",
            reverse("forum_moderation:topic_update_to_announce", kwargs=moderation),
            None,
        ),
        ("make default", moderator, "get", reverse("forum_moderation:topic_update_to_post", kwargs=moderation), None),
        ("profile", reader, "get", reverse("forum_member:profile", args=[world.author.pk]), None),
        ("profile form", reader, "get", reverse("forum_member:profile_update"), None),
        ("member's posts", reader, "get", reverse("forum_member:user_posts", args=[world.author.pk]), None),
        ("subscriptions", reader, "get", reverse("forum_member:user_subscriptions"), None),
        ("unsubscribe", reader, "get", reverse("forum_member:topic_unsubscribe", args=[topic.pk]), None),
        ("mark forums read", reader, "get", reverse("forum_tracking:mark_all_forums_read"), None),
        ("mark topics read", reader, "get", reverse("forum_tracking:mark_topics_read", args=[forum.pk]), None),
        ("unread topics", reader, "get", reverse("forum_tracking:unread_topics"), None),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_machina_speaks_the_language_of_every_forum_page(world, language):
    found = []
    clients = {}
    for name, user, method, path, data in _pages(world):
        client = clients.setdefault(user.pk, Client())
        client.force_login(user)
        url = f"/{language}{path.removeprefix('/en')}"
        with translation.override(language):
            response = getattr(client, method)(url, data, follow=True) if method == "post" else client.get(url)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        for where, msgid, text in sorted(english_messages_in(response.content.decode(), language)):
            found.append(f"  {name}: {where} {text!r} (machina's {msgid!r})")
    # Nothing was changed: the pages are only read, and the invalid forms save nothing.
    assert Post.objects.filter(topic=world.topic).count() == 2
    assert not found, f"{len(found)} English texts of machina on the forum pages in {language}:\n" + "\n".join(found)


def test_machina_english_is_found_in_text_placeholders_and_filled_in_messages():
    html = (
        '<form><input placeholder="Enter your subject"><p class="help">You may select up to <b>2</b> options</p>'
        "<ul><li>You must specify an option when voting.</li></ul><h2>Темы</h2></form>"
    )
    assert {msgid for _where, msgid, _text in english_messages_in(html, "bg")} == {
        "Enter your subject",
        "You may select up to <b>%(max_options)s</b> options",
        "You must specify an option when voting.",
    }
