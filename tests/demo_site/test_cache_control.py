"""The HTTP caching contract on the demo site: public pages for a shared cache, personal responses never.

On the demo site (all twelve locales) of this package (conftest.py), with a forum topic, a
password-protected page and a partner added to it for this module (and rolled back after it).
"""

import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client

from wagtail.documents.models import Document
from wagtail.models import Page, PageViewRestriction

import pytest

from core.permissions import PARTNERS_GROUP_NAME
from home.models import HomePage, StandardPage
from knowledge.models import DeliverablePage, EventIndexPage, NewsIndexPage
from tests.factories.accounts import ProfileFactory, UserFactory, member
from tests.factories.forums import site_forum, topic_with_posts

pytestmark = [pytest.mark.django_db, pytest.mark.slow_setup]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PASSWORD = "open sesame"


@pytest.fixture(scope="module")
def demo(demo_site, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        topic = topic_with_posts(forum=site_forum("WG3"), replies=1)
        english_home = HomePage.objects.get(locale__language_code="en")
        protected = english_home.add_child(instance=StandardPage(title="Steering notes", slug="steering-notes"))
        PageViewRestriction.objects.create(
            page=protected, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
        )
        partner = UserFactory(
            username="zlatka", first_name="Zlatka", last_name="Partnerova", groups=[PARTNERS_GROUP_NAME]
        )
        ProfileFactory(user=partner, display_name="Zlatka Partnerova")
        restricted = DeliverablePage.objects.get(locale__language_code="en", dissemination_level="CO")
        restricted.document = Document.objects.create(
            title="Internal monitoring report", file=ContentFile(b"Confidential figures.", name="monitoring.txt")
        )
        restricted.save()
        yield {"topic": topic, "protected": protected, "partner": partner, "restricted": restricted}
        transaction.set_rollback(True)


def anonymous():
    return Client(HTTP_HOST="localhost")


def public_urls(language, topic):
    """One URL of each public page type in `language`, found from the pages themselves (slugs are translated)."""
    urls, seen_types = [], set()
    pages = Page.objects.live().public().filter(locale__language_code=language).specific().order_by("path")
    for page in pages:
        if page.url is None:  # the tree's root
            continue
        if isinstance(page, DeliverablePage) and not page.is_public:
            continue
        if type(page) not in seen_types or type(page) is StandardPage:
            seen_types.add(type(page))
            urls.append(page.url)
        if isinstance(page, (NewsIndexPage, EventIndexPage)):
            urls += [page.url + "feed/rss/", page.url + "feed/atom/"]
        if isinstance(page, EventIndexPage):
            urls.append(page.url + "calendar/")
    forum = topic.forum
    urls += [
        f"/{language}/forum/",
        f"/{language}/forum/forum/{forum.slug}-{forum.pk}/",
        f"/{language}/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/",
        f"/{language}/newsletter/subscribe/",
    ]
    return urls


def directives(response):
    return {field.strip() for field in response.get("Cache-Control", "").split(",") if field.strip()}


def vary(response):
    return {field.strip().lower() for field in response.get("Vary", "").split(",") if field.strip()}


def assert_nothing_personal(url, response):
    assert not response.cookies, f"{url} sets {list(response.cookies)}"
    if not getattr(response, "streaming", False):
        body = response.content.decode()
        assert "csrfmiddlewaretoken" not in body, url
        assert settings.SESSION_COOKIE_NAME not in body, url
    assert "cookie" not in vary(response), f"{url} varies on Cookie"
    assert "accept-language" not in vary(response), f"{url} varies on Accept-Language (the language is in the URL)"


def is_forum(url):
    return "/forum/" in url


@pytest.mark.parametrize("language", ["en", "bg", "el"])
def test_every_public_page_type_is_public_for_a_shared_cache_and_sets_no_cookie(demo, language):
    visitor = anonymous()
    urls = public_urls(language, demo["topic"])
    assert len(urls) > 20
    for url in urls:
        response = visitor.get(url)
        assert response.status_code == 200, url
        assert_nothing_personal(url, response)
        shared = settings.CACHE_FORUM_SHARED_MAX_AGE if is_forum(url) else settings.CACHE_SHARED_MAX_AGE
        assert directives(response) == {
            "public",
            f"max-age={settings.CACHE_BROWSER_MAX_AGE}",
            f"s-maxage={shared}",
        }, url
    assert not visitor.cookies


def test_the_home_page_and_a_listing_are_public_in_all_twelve_locales(demo):
    visitor = anonymous()
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        news = NewsIndexPage.objects.get(locale__language_code=language)
        for url in [home.url, news.url]:
            response = visitor.get(url)
            assert response.status_code == 200, url
            assert "public" in directives(response), url
            assert_nothing_personal(url, response)


def test_forum_pages_are_kept_by_a_shared_cache_only_briefly(demo, settings):
    settings.CACHE_FORUM_SHARED_MAX_AGE = 7
    topic = demo["topic"]
    response = anonymous().get(f"/en/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/")
    assert "s-maxage=7" in directives(response)


def test_machine_readable_files_and_not_found_pages(demo):
    visitor = anonymous()
    sitemap = visitor.get("/sitemap.xml")
    assert "cookie" not in vary(sitemap)
    assert "private" not in directives(sitemap)
    robots = visitor.get("/robots.txt")
    assert "public" in directives(robots)
    assert vary(robots) == {"accept-language"}  # outside the language prefix, where the language is negotiated
    missing = visitor.get("/en/no-such-page/")
    assert missing.status_code == 404
    assert directives(missing) == {
        "public",
        f"max-age={settings.CACHE_BROWSER_MAX_AGE}",
        f"s-maxage={settings.CACHE_BROWSER_MAX_AGE}",
    }
    assert_nothing_personal("/en/no-such-page/", missing)


def test_the_root_redirect_negotiates_the_language_and_is_not_shared(demo):
    response = anonymous().get("/", HTTP_ACCEPT_LANGUAGE="bg")
    assert response.status_code == 302
    assert response["Location"] == "/bg/"
    assert "accept-language" in vary(response)
    assert "public" not in directives(response)


@pytest.mark.parametrize(
    "path",
    [
        "/en/search/?q=cluster",
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/newsletter/confirm/some-token/",
        "/en/newsletter/preferences/some-token/",
        "/en/newsletter/unsubscribe/some-token/",
        "/en/forum/forum/general-help-10/topic/create/",
        "/admin/login/",
    ],
)
def test_search_accounts_token_links_forum_writing_and_admin_are_never_shared(demo, path):
    response = anonymous().get(path)
    assert "private" in directives(response), (path, response.status_code, response.get("Cache-Control"))
    assert "public" not in directives(response)


def test_a_post_is_never_stored(demo):
    response = anonymous().post("/en/newsletter/subscribe/", {"email": "", "language": "en"})
    assert {"private", "no-store"} <= directives(response)


def test_a_members_pages_are_private_and_a_visitor_gets_none_of_their_data(demo):
    partner, topic = demo["partner"], demo["topic"]
    restricted = demo["restricted"]
    urls = [
        "/en/",
        NewsIndexPage.objects.get(locale__language_code="en").url,
        f"/en/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/",
        restricted.url,
    ]
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(partner)
    for url in urls:
        response = signed_in.get(url)
        assert response.status_code == 200, url
        assert "private" in directives(response), url
        assert "public" not in directives(response), url
        assert "Sign out" in response.content.decode(), url

    visitor = anonymous()
    for url in urls:
        response = visitor.get(url)
        body = response.content.decode()
        for personal in ["Zlatka", "Partnerova", "zlatka@example.org", "Sign out"]:
            assert personal not in body, (url, personal)
        if url == restricted.url:
            assert response.status_code == 302
            assert "public" not in directives(response)
        else:
            assert "public" in directives(response), url


def test_a_restricted_deliverables_document_is_never_shared_not_even_a_partners_download(demo):
    document = demo["restricted"].document
    partner = Client(HTTP_HOST="localhost")
    partner.force_login(demo["partner"])
    download = partner.get(document.url)
    assert download.status_code == 200
    assert {"private", "no-store"} <= directives(download)
    refused = anonymous().get(document.url)
    assert refused.status_code == 302
    assert "public" not in directives(refused)


def test_a_password_protected_page_is_never_public(demo):
    protected = demo["protected"]
    visitor = anonymous()
    form = visitor.get(protected.url)
    assert "public" not in directives(form)
    restriction = PageViewRestriction.objects.get(page=protected)
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{protected.pk}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.content.decode())
    data = {"password": PASSWORD, "return_url": protected.url}
    if token:
        data["csrfmiddlewaretoken"] = token.group(1)
    assert "public" not in directives(visitor.post(action, data))
    page = visitor.get(protected.url)
    assert page.status_code == 200
    assert "Steering notes" in page.content.decode()
    assert "public" not in directives(page)


def test_a_preview_is_never_public(demo, admin_user):
    editor = Client(HTTP_HOST="localhost")
    editor.force_login(admin_user)
    news = NewsIndexPage.objects.get(locale__language_code="en")
    response = editor.get(f"/admin/pages/{news.pk}/view_draft/")
    assert response.status_code == 200
    assert "public" not in directives(response)
    assert "private" in directives(response) or "no-cache" in directives(response)


def test_a_page_showing_a_message_is_never_public(demo):
    """After deleting their account a visitor lands on the home page with a message, no longer signed in."""
    leaving = Client(HTTP_HOST="localhost")
    leaving.force_login(member())
    response = leaving.post("/en/accounts/delete/", {"confirm": "on"}, follow=True)
    final = response.redirect_chain[-1][0]
    assert response.status_code == 200, final
    assert "Your account has been deleted." in response.content.decode()
    assert "public" not in directives(response)
    assert {"private", "no-store"} <= directives(response)


def test_the_footer_signup_works_from_a_public_copy_without_any_cookie(demo, smtp):
    visitor = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    page = visitor.get(NewsIndexPage.objects.get(locale__language_code="el").url)
    assert "public" in directives(page)
    form = re.search(r'<form method="post" action="(/el/newsletter/subscribe/)"', page.content.decode())
    assert form
    response = Client(HTTP_HOST="localhost", enforce_csrf_checks=True).post(
        form.group(1), {"email": "eleni@example.org", "language": "el"}
    )
    assert response.status_code == 302
    assert {"private", "no-store"} <= directives(response)
    assert len(smtp.to("eleni@example.org")) == 1
