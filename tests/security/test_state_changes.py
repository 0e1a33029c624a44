"""Only a deliberate POST changes anything: a forged one is refused, and a GET writes nothing.

Every URL pattern of the site a visitor or member reaches (the Wagtail and Django admins
aside) is walked with tests.security.test_url_fuzz's `walk` and requested with real
objects in its address: the member's own topic and posts, a good practice that can be
discussed, a subscriber's signed links, a password-reset key… so each view would act if
nothing stopped it.

1. A POST without the CSRF token, from a browser that holds the CSRF cookie (what a form
   on another site makes a visitor's browser send), is answered 403 and writes nothing,
   for an anonymous visitor, a member and a moderator. The few views that are CSRF-exempt
   on purpose are listed in CSRF_EXEMPT with the reason, and what protects them instead
   is tested here too.
2. A GET writes nothing (no INSERT, UPDATE or DELETE), for an anonymous visitor, a member
   and a moderator, except the writes listed in WRITES_A_READ_MAY_MAKE. The defect this
   guards against: opening /<lang>/forum/discuss/<page id>/ used to start the page's
   forum topic.
"""

import datetime
import logging
import re
from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from machina.apps.forum_conversation.forum_polls.models import TopicPoll, TopicPollOption
from machina.apps.forum_conversation.models import Post
from wagtail_factories import DocumentFactory

from forums import notifications
from forums.models import PostReport
from knowledge.models import NewsPage
from newsletters import links as newsletter_links
from newsletters.models import Subscriber
from tests.factories.accounts import UserFactory, member
from tests.factories.forums import PostFactory, attachment, post_form_data, topic_with_posts
from tests.factories.images import photograph
from tests.factories.newsletters import SubscriberFactory
from tests.security.test_url_fuzz import _view_key, walk

pytestmark = pytest.mark.django_db

ANONYMOUS, MEMBER, MODERATOR = "anonymous", "member", "moderator"

# Views that take a POST without the CSRF token on purpose -> the test of what protects each instead.
CSRF_EXEMPT = {
    # RFC 8058 one-click unsubscription from forum notification e-mails: mail providers POST without
    # a session or a token; the signed token in the address names the member and what to stop.
    ("forums.views", "unsubscribe"): "test_forum_notification_unsubscribing_without_csrf_token_needs_the_signed_token",
    # The newsletter's List-Unsubscribe target, for the same reason: the signed subscriber token in
    # the address authorises the POST.
    ("newsletters.views", "unsubscribe"): (
        "test_newsletter_one_click_unsubscribing_without_csrf_token_needs_the_signed_token"
    ),
    # The footer signup form is on every public page, which shared caches keep: a per-visitor token
    # would make each page personal. A forged signup acts for no signed-in person: it only sends a
    # confirmation e-mail to the address (double opt-in, at most once per address per 12 hours and
    # a few signups per client address per hour) and subscribes nobody.
    ("newsletters.views", "subscribe"): (
        "test_a_newsletter_signup_forged_in_a_members_browser_only_asks_the_address_to_confirm"
    ),
}

# Writes a GET may make: (URL pattern, or None for any; SQL pattern) -> why.
WRITES_A_READ_MAY_MAKE = {
    (None, r'INSERT INTO "home_sitesettings"'): (
        "Wagtail creates a site's settings row, with the defaults, on the first request that reads it"
    ),
    (None, r'INSERT INTO "home_projectfacts"'): (
        "Wagtail creates the generic project-facts setting, with the defaults, on the first read"
    ),
    (None, r'INSERT INTO "wagtailimages_rendition"'): (
        "an image's resized copies are made on first use (manage.py warm_renditions makes them ahead)"
    ),
    (
        "en/forum/forum/{}-{}/topic/{}-{}/",
        r'(INSERT INTO|UPDATE|DELETE FROM) "forum_tracking_\w+readtrack"',
    ): "machina remembers which topics and forums a member has read, to mark the unread ones",
    ("en/forum/member/profile/edit/", r'INSERT INTO "forum_member_forumprofile"'): (
        "machina creates a member's forum profile, with the defaults, when its form is first shown"
    ),
    ("en/accounts/password/reset/key/{}-{}/", r'(INSERT INTO|UPDATE) "django_session"'): (
        "allauth moves a password-reset key from the address into the session and redirects, so the key "
        "does not leak through the Referer header (as Django's PasswordResetConfirmView does)"
    ),
    ("en/accounts/confirm-email/{}/", r'DELETE FROM "django_session"'): (
        "allauth signs out a member who opens another account's confirmation link "
        "(ConfirmEmailView.logout_other_user), so the address is not confirmed into the wrong account"
    ),
}

WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)

ADMIN_PREFIXES = ("admin/", "django-admin/")
FORM_PAGES = {ANONYMOUS: "/en/accounts/login/", MEMBER: "/en/accounts/profile/", MODERATOR: "/en/accounts/profile/"}


def site_patterns():
    """(template, view) of every pattern outside the admins, once each (an included pattern that an
    earlier one of the same address shadows is never reached)."""
    seen = {}
    for template, _converters, view in walk():
        if not template.startswith(ADMIN_PREFIXES):
            seen.setdefault(template, view)
    return seen


# The real arguments of each pattern that takes any, from the objects `site_objects` builds.
ARGUMENTS = {
    "documents/authenticate_with_password/{}/": lambda o: [(o.collection_restriction.pk,)],
    "documents/{}/{}": lambda o: [(o.document.pk, o.document.filename)],
    "en/accounts/confirm-email/{}/": lambda o: [(o.email_confirmation_key,)],
    "en/accounts/password/reset/key/{}-{}/": lambda o: [o.password_reset_key],
    "en/accounts/members/{}/": lambda o: [(o.other.pk,)],
    "en/forum/discuss/{}/": lambda o: [(o.tree["practice"].pk,), (o.tree["deliverable"].pk,)],
    "en/forum/notifications/unsubscribe/{}/": lambda o: [(o.forum_unsubscribe_token,)],
    "en/forum/follow/{}/": lambda o: [(o.forum.pk,)],
    "en/forum/report/{}/": lambda o: [(o.reply.pk,)],
    "en/forum/history/{}/": lambda o: [(o.first_post.pk,)],
    "en/forum/forum/{}-{}/": lambda o: [(o.forum.slug, o.forum.pk)],
    "en/forum/poll/{}/vote/": lambda o: [(o.poll.pk,)],
    "en/forum/attachment/{}/": lambda o: [(o.attachment.pk,)],
    "en/forum/forum/{}-{}/topic/{}-{}/": lambda o: [o.topic_args],
    "en/forum/forum/{}-{}/topic/create/": lambda o: [(o.forum.slug, o.forum.pk)],
    "en/forum/forum/{}-{}/topic/{}-{}/update/": lambda o: [o.topic_args],
    "en/forum/forum/{}-{}/topic/{}-{}/post/create/": lambda o: [o.topic_args],
    "en/forum/forum/{}-{}/topic/{}-{}/{}/post/update/": lambda o: [(*o.topic_args, o.first_post.pk)],
    "en/forum/forum/{}-{}/topic/{}-{}/{}/post/delete/": lambda o: [(*o.topic_args, o.first_post.pk)],
    "en/forum/member/profile/{}/": lambda o: [(o.other.pk,)],
    "en/forum/member/profile/{}/posts/": lambda o: [(o.other.pk,)],
    "en/forum/member/topic/{}/subscribe/": lambda o: [(o.topic.pk,)],
    "en/forum/member/topic/{}/unsubscribe/": lambda o: [(o.topic.pk,)],
    **{
        f"en/forum/moderation/topic/{{}}-{{}}/{action}/": lambda o: [(o.topic.slug, o.topic.pk)]
        for action in ("lock", "unlock", "delete", "move", "change/topic", "change/sticky", "change/announce")
    },
    "en/forum/moderation/queue/{}/": lambda o: [(o.pending_post.pk,)],
    "en/forum/moderation/queue/{}/approve/": lambda o: [(o.pending_post.pk,)],
    "en/forum/moderation/queue/{}/disapprove/": lambda o: [(o.pending_post.pk,)],
    "en/forum/tracking/mark/forums/{}/": lambda o: [(o.forum.pk,)],
    "en/forum/tracking/mark/forum/{}/topics/": lambda o: [(o.forum.pk,)],
    "en/newsletter/confirm/{}/": lambda o: [(o.confirmation_value,)],
    "en/newsletter/preferences/{}/": lambda o: [(o.subscriber_signature,)],
    "en/newsletter/unsubscribe/{}/": lambda o: [(o.subscriber_signature,)],
    "en/_util/authenticate_with_password/{}/{}/": lambda o: [(o.page_restriction.pk, o.page_restriction.page_id)],
    # Wagtail's pages, with the routes of the routable ones.
    "en/{}": lambda o: [(path,) for path in o.page_paths],
}


def fill(template, arguments):
    parts = template.split("{}")
    assert len(parts) == len(arguments) + 1, (template, arguments)
    out = [parts[0]]
    for argument, part in zip(arguments, parts[1:], strict=True):
        out += [quote(str(argument), safe=":/"), part]
    return "/" + "".join(out)


def site_urls(objects):
    """(template, url, view) of every pattern of the site, with real objects in the address."""
    urls = []
    for template, view in site_patterns().items():
        arguments = ARGUMENTS[template](objects) if "{}" in template else [()]
        urls += [(template, fill(template, values), view) for values in arguments]
    return urls


def allows(key, template, sql):
    allowed_template, pattern = key
    return allowed_template in (None, template) and re.match(pattern, sql) is not None


def unexplained(written):
    """The writes no request of any URL may make (the lazily created settings rows aside)."""
    return [sql for sql in written if not any(allows(key, None, sql) for key in WRITES_A_READ_MAY_MAKE if not key[0])]


def site_objects(tree):
    """What the URLs point at; the member started the topic, so the views meant for its author act."""
    o = SimpleNamespace(tree=tree)
    o.member = member()
    o.other = member()
    o.moderator = member(groups=["WG3 coordinators"])  # the topic is in WG3's forum
    o.topic = topic_with_posts(poster=o.member)
    o.forum = o.topic.forum
    o.topic_args = (o.forum.slug, o.forum.pk, o.topic.slug, o.topic.pk)
    o.first_post = o.topic.first_post
    o.reply = PostFactory(topic=o.topic, poster=o.other)
    o.pending_post = PostFactory(topic=o.topic, poster=o.other, approved=False)
    o.attachment = attachment(o.first_post)
    o.poll = TopicPoll.objects.create(topic=topic_with_posts(poster=o.other), question="Which tool?", max_options=1)
    TopicPollOption.objects.create(poll=o.poll, text="Vouchers")
    o.report = PostReport.objects.create(post=o.reply, reporter=o.member, reason="Off topic.")
    # A member of some weeks whose last post is days old: no new-member wait keeps the views from acting.
    long_ago = timezone.now() - datetime.timedelta(days=30)
    get_user_model().objects.filter(pk=o.member.pk).update(date_joined=long_ago)
    Post.objects.filter(poster=o.member).update(created=long_ago)
    o.forum_unsubscribe_token = notifications.unsubscribe_token(o.member, notifications.TOPIC, o.topic.pk)

    newcomer = UserFactory(verified=False)
    address = EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=False, primary=True)
    o.email_confirmation_key = EmailConfirmationHMAC(address).key
    # Of a member who never signs in here: a sign-in changes last_login, which voids the key.
    o.password_reset_key = (user_pk_to_url_str(o.other), default_token_generator.make_token(o.other))

    subscriber = SubscriberFactory()
    o.subscriber_signature = newsletter_links.subscriber_signature(subscriber)
    pending = SubscriberFactory(status=Subscriber.Status.PENDING)
    o.confirmation_value = urlsplit(newsletter_links.confirmation_url(pending)).path.rstrip("/").split("/")[-1]

    o.document = DocumentFactory(title="A deliverable file")
    restricted = Collection.get_first_root_node().add_child(name="Steering committee")
    o.collection_restriction = CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.PASSWORD, password="steering"
    )
    o.page_restriction = PageViewRestriction.objects.create(
        page=tree["partner_index"], restriction_type=PageViewRestriction.PASSWORD, password="partners"
    )
    NewsPage.objects.filter(pk=tree["news"].pk).update(listing_image=photograph(width=480, height=270))
    pages = [tree[key] for key in tree if not isinstance(tree[key], list)]
    routes = [
        tree["news_index"].url + "feed/rss/",
        tree["news_index"].url + "feed/atom/",
        tree["event_index"].url + "feed/rss/",
        tree["event_index"].url + "calendar/",
        tree["event"].url + "ics/",
    ]
    o.page_paths = [url.removeprefix("/en/") for url in [page.url for page in pages] + routes]
    return o


@pytest.fixture
def objects(site_tree, forums):
    return site_objects(site_tree)


@pytest.fixture
def quiet_refusals():
    """Hundreds of expected 403s and 404s would drown the lines of a failure."""
    loggers = [logging.getLogger(name) for name in ("django.request", "django.security.csrf")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def writes(captured):
    """The INSERT, UPDATE and DELETE statements among the captured queries."""
    return [query["sql"] for query in captured.captured_queries if WRITE.match(query["sql"] or "")]


class Visitor:
    """A browser of the site: anonymous, or a member who stays signed in (a request that signs them
    out, such as someone else's e-mail confirmation link, is followed by a new sign-in)."""

    def __init__(self, who, user=None, **options):
        self.who, self.user = who, user
        self.client = Client(HTTP_HOST="localhost", raise_request_exception=False, **options)
        self.sign_in()

    def sign_in(self):
        if self.user is not None and "_auth_user_id" not in self.client.session:
            self.client.force_login(self.user)

    def request(self, method, url, data=None):
        """The response and the writes the request made."""
        with CaptureQueriesContext(connection) as captured:
            response = self.client.post(url, data) if method == "POST" else self.client.get(url)
        self.sign_in()
        return response, writes(captured)


def test_every_url_pattern_of_the_site_is_requested_with_real_objects():
    templates = {template for template in site_patterns() if "{}" in template}
    assert templates - ARGUMENTS.keys() == set(), "patterns without real arguments in ARGUMENTS"
    assert ARGUMENTS.keys() - templates == set(), "ARGUMENTS for patterns the site no longer has"


def test_no_view_is_csrf_exempt_unless_listed_with_its_reason():
    exempt = {_view_key(view) for view in site_patterns().values() if getattr(view, "csrf_exempt", False)}
    assert exempt - CSRF_EXEMPT.keys() == set(), "CSRF-exempt views missing from CSRF_EXEMPT (with the reason)"
    assert CSRF_EXEMPT.keys() - exempt == set(), "CSRF_EXEMPT lists views that are no longer exempt"
    assert all(callable(globals().get(test)) for test in CSRF_EXEMPT.values()), "a CSRF_EXEMPT test is missing"


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(objects, quiet_refusals):
    data = post_form_data("Forged", "Posted by another site.", follow="1", reason="Forged.", language="en")
    data.update(subscribed="on", frequency="never", confirm="on", report=objects.report.pk)
    failures, requests = [], 0
    for visitor in (
        Visitor(ANONYMOUS, enforce_csrf_checks=True),
        Visitor(MEMBER, objects.member, enforce_csrf_checks=True),
        Visitor(MODERATOR, objects.moderator, enforce_csrf_checks=True),
    ):
        # The browser holds the CSRF cookie of the site's forms; the form on another site has no token.
        visitor.request("GET", FORM_PAGES[visitor.who])
        assert settings.CSRF_COOKIE_NAME in visitor.client.cookies
        for _template, url, view in site_urls(objects):
            if _view_key(view) in CSRF_EXEMPT:
                continue  # its own test checks what protects it instead
            response, written = visitor.request("POST", url, data)
            requests += 1
            answer = response.status_code
            to_login = answer == 302 and response["Location"].startswith("/en/accounts/login/")
            if not (answer in (403, 404, 405) or (to_login and visitor.user is None)):
                failures.append(f"{visitor.who} POST {url} -> {answer}")
            failures += [f"{visitor.who} POST {url} wrote: {sql[:160]}" for sql in written]
    assert not failures, f"{len(failures)} problems in {requests} forged POSTs:\n" + "\n".join(failures)


def test_a_get_of_any_url_changes_nothing(objects, quiet_refusals):
    visitors = [Visitor(ANONYMOUS), Visitor(MEMBER, objects.member), Visitor(MODERATOR, objects.moderator)]
    failures, allowed_seen, requests = [], set(), 0
    for visitor in visitors:
        for template, url, _view in site_urls(objects):
            _response, written = visitor.request("GET", url)
            requests += 1
            for sql in written:
                allowance = next((key for key in WRITES_A_READ_MAY_MAKE if allows(key, template, sql)), None)
                if allowance is None:
                    failures.append(f"{visitor.who} GET {url} wrote: {sql[:160]}")
                allowed_seen.add(allowance)
    unused = WRITES_A_READ_MAY_MAKE.keys() - allowed_seen
    failures += [f"WRITES_A_READ_MAY_MAKE allows a write no GET made: {key}" for key in unused]
    assert not failures, f"{len(failures)} problems in {requests} GETs:\n" + "\n".join(failures)


def forged(token):
    """The token with its signature's last character changed."""
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def test_forum_notification_unsubscribing_without_csrf_token_needs_the_signed_token(forums):
    reader = member()
    topic = topic_with_posts(replies=1)
    topic.subscribers.add(reader)
    token = notifications.unsubscribe_token(reader, notifications.TOPIC, topic.pk)
    visitor = Visitor(ANONYMOUS, enforce_csrf_checks=True)  # a mail provider: no session, no CSRF token

    response, written = visitor.request("POST", reverse("forums_unsubscribe", args=[forged(token)]))
    assert (response.status_code, unexplained(written)) == (400, [])
    assert topic.subscribers.filter(pk=reader.pk).exists()

    response, _written = visitor.request("POST", reverse("forums_unsubscribe", args=[token]))
    assert response.status_code == 200
    assert not topic.subscribers.filter(pk=reader.pk).exists()


def test_newsletter_one_click_unsubscribing_without_csrf_token_needs_the_signed_token():
    subscriber = SubscriberFactory()
    value = newsletter_links.subscriber_signature(subscriber)
    visitor = Visitor(ANONYMOUS, enforce_csrf_checks=True)
    one_click = {"List-Unsubscribe": "One-Click"}

    response, written = visitor.request("POST", reverse("newsletters:unsubscribe", args=[forged(value)]), one_click)
    assert (response.status_code, unexplained(written)) == (404, [])

    response, _written = visitor.request("POST", reverse("newsletters:unsubscribe", args=[value]), one_click)
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_a_newsletter_signup_forged_in_a_members_browser_only_asks_the_address_to_confirm(mailoutbox):
    """The signup form has no CSRF token: what another site can make a member's browser post must
    not act for the member, subscribe anyone or change the member's session."""
    user = member()
    visitor = Visitor(MEMBER, user, enforce_csrf_checks=True)
    data = {"email": user.email, "name": "", "language": "en"}

    response, written = visitor.request("POST", reverse("newsletters:subscribe"), data)
    assert response.status_code == 302
    subscriber = Subscriber.objects.get(email=user.email)
    assert (subscriber.status, subscriber.user) == (Subscriber.Status.PENDING, None)
    assert [message.to for message in mailoutbox] == [[user.email]]  # the confirmation link, to the address only
    tables = {WRITE.match(sql).group(2) for sql in unexplained(written)}
    assert tables and all(table.startswith("newsletters_") for table in tables), tables
