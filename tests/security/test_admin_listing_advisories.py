"""More of Wagtail's advisories, replayed against the site's own models and editors.

Listings, inspect, delete and compare views escape what users typed; users without a
permission on the settings or the subscribers get neither their forms nor their data;
comment notifications, bulk-action confirmations and the image preview tell nobody more
than they may know; page passwords are compared in constant time.
"""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import crypto

import wagtail.forms
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Comment,
    CommentReply,
    GroupCollectionPermission,
    GroupPagePermission,
    PageSubscription,
    PageViewRestriction,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest
from PIL import Image as PILImage

from home.models import ProjectFacts, SiteSettings
from newsletters.models import Subscriber
from tests.factories.accounts import UserFactory
from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
)
from tests.factories.newsletters import SubscriberFactory
from tests.security.markup import executable_markup

pytestmark = pytest.mark.django_db

SECRET_MARKER = "Consortium-only-9c1e"
PAYLOADS = {
    "img": "<img src=x onerror=alert(1)>",
    "script": '"><script>alert(document.cookie)</script>',
    "svg": "<svg/onload=alert(1)>",
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group(name, *permissions, pages=(), page_permissions=("add_page", "change_page", "publish_page")):
    group = Group.objects.create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"), *permissions)
    for page in pages:
        for codename in page_permissions:
            GroupPagePermission.objects.create(group=group, page=page, permission=_permission("wagtailcore", codename))
    return group


def _editor(group, **fields):
    return UserFactory(groups=[group.name], **fields)


def _admin():
    return UserFactory(is_superuser=True, is_staff=True)


def _injected(html):
    """Executable markup in the page that came from a payload (the admin's own inline scripts aside)."""
    return [found for found in executable_markup(html) if not found.startswith("inline script") or "alert(" in found]


# CVE-2023-28836 ------------------------------------------------------------------------------


def _hostile_snippets():
    partner = PartnerFactory(
        name=f"Agency {PAYLOADS['img']}", acronym=PAYLOADS["svg"][:30], city=PAYLOADS["script"][:100]
    )
    area = ThematicAreaFactory(code="WG9", name=f"Area {PAYLOADS['script']}", coordinator=partner)
    package = WorkPackageFactory(code="WP9", name=f"Package {PAYLOADS['img']}", leader=partner)
    subscriber = SubscriberFactory(name=f"Reader {PAYLOADS['script']}{PAYLOADS['img']}")
    return {
        "wagtailsnippets_knowledge_partner": partner,
        "wagtailsnippets_knowledge_thematicarea": area,
        "wagtailsnippets_knowledge_workpackage": package,
        "newsletter_subscribers": subscriber,
    }


@pytest.mark.parametrize(
    "namespace",
    [
        pytest.param("wagtailsnippets_knowledge_partner", id="CVE-2023-28836-partner"),
        pytest.param("wagtailsnippets_knowledge_thematicarea", id="CVE-2023-28836-thematic-area"),
        pytest.param("wagtailsnippets_knowledge_workpackage", id="CVE-2023-28836-work-package"),
        pytest.param("newsletter_subscribers", id="CVE-2023-28836-subscriber"),
    ],
)
def test_admin_listings_inspect_edit_and_delete_views_escape_user_supplied_fields(client, locales, namespace):
    instance = _hostile_snippets()[namespace]
    client.force_login(_admin())
    listing = reverse(f"{namespace}:index" if namespace == "newsletter_subscribers" else f"{namespace}:list")
    urls = [
        listing,
        listing + "?q=" + PAYLOADS["img"],
        reverse(f"{namespace}:edit", args=[instance.pk]),
        reverse(f"{namespace}:delete", args=[instance.pk]),
    ]
    if namespace == "newsletter_subscribers":
        urls.append(reverse(f"{namespace}:inspect", args=[instance.pk]))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _injected(response.content.decode()) == [], url
    assert "&lt;" in client.get(listing).content.decode()  # the payload is shown, as text


# CVE-2020-11001 ------------------------------------------------------------------------------


def test_comparing_revisions_escapes_titles_and_paragraphs(client, home_page):
    """CVE-2020-11001: the revision comparison rendered field values unescaped."""
    news_index = NewsIndexPageFactory(parent=home_page)
    editor = _editor(_group("News editors", pages=[news_index]))
    news = NewsPageFactory(parent=news_index, title="Kick-off in Ancona")
    news.body = [("paragraph", "<p>Policy makers met.</p>")]
    first = news.save_revision()
    first.publish()
    news.title = f"Kick-off {PAYLOADS['script']}"
    news.introduction = PAYLOADS["img"]
    news.body = [
        ("paragraph", f"<p>Met {PAYLOADS['img']} {PAYLOADS['script']}</p>"),
    ]
    second = news.save_revision()
    client.force_login(editor)
    for older, newer in ((first, second), (second, first)):
        response = client.get(reverse("wagtailadmin_pages:revisions_compare", args=[news.pk, older.pk, newer.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert _injected(html) == []
        assert "&lt;script&gt;" in html


# CVE-2024-32882, CVE-2024-35228 ---------------------------------------------------------------


@pytest.fixture
def unprivileged(home_page):
    """An admin user who may edit partners and nothing of the settings or the subscribers."""
    group = _group("Partner editors", _permission("knowledge", "change_partner"))
    return _editor(group)


def _settings_targets(home_page):
    from wagtail.models import Site

    site = Site.objects.get()
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_email = "office@example.org"
    site_settings.save()
    facts = ProjectFacts.load()
    facts.reference = "SEE/D/0091/4.1/X"
    facts.save()
    subscriber = SubscriberFactory(name="Ada Reader")
    return {
        "site settings": (
            [
                reverse("wagtailsettings:edit", args=["home", "sitesettings"]),
                reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk]),
            ],
            {"contact_email": "attacker@example.com"},
            lambda: SiteSettings.objects.get(pk=site_settings.pk).contact_email == "office@example.org",
        ),
        "project facts": (
            [
                reverse("wagtailsettings:edit", args=["home", "projectfacts"]),
                reverse("wagtailsettings:edit", args=["home", "projectfacts", facts.pk]),
            ],
            {"reference": "forged"},
            lambda: ProjectFacts.objects.get(pk=facts.pk).reference == "SEE/D/0091/4.1/X",
        ),
        "subscribers": (
            [
                reverse("newsletter_subscribers:index"),
                reverse("newsletter_subscribers:add"),
                reverse("newsletter_subscribers:edit", args=[subscriber.pk]),
                reverse("newsletter_subscribers:inspect", args=[subscriber.pk]),
                reverse("newsletter_subscribers:delete", args=[subscriber.pk]),
            ],
            {"name": "forged", "language": "en", "all_topics": "on", "email": "forged@example.com"},
            lambda: list(Subscriber.objects.values_list("name", flat=True)) == ["Ada Reader"],
        ),
    }


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("site settings", id="CVE-2024-35228-site-settings"),
        pytest.param("project facts", id="CVE-2024-35228-project-facts"),
        pytest.param("subscribers", id="CVE-2024-32882-subscriber-viewset"),
    ],
)
def test_settings_and_subscribers_refuse_an_admin_user_without_permission_on_them(
    client, home_page, unprivileged, target
):
    urls, forged, unchanged = _settings_targets(home_page)[target]
    client.force_login(unprivileged)
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 403 or response.request["PATH_INFO"] in ("/admin/", "/admin/login/"), url
        for text in ("office@example.org", "SEE/D/0091", "Ada Reader"):
            assert text not in response.content.decode(), url
        response = client.post(url, forged)
        assert response.status_code in (302, 403), url
        assert unchanged(), url


# CVE-2022-21683 ------------------------------------------------------------------------------


def test_comment_notifications_reach_only_the_threads_and_subscribers_of_that_page(client, home_page, mailoutbox):
    """CVE-2022-21683: replies were mailed to everyone who had commented anywhere on the site.

    Nor does a subscription outlive the right to edit the page (Wagtail keeps mailing it).
    """
    news_index = NewsIndexPageFactory(parent=home_page)
    events_index = EventIndexPageFactory(parent=home_page)
    news_group = _group("News editors", pages=[news_index])
    events_group = _group("Event editors", pages=[events_index])
    author = _editor(news_group)
    colleague = _editor(news_group)
    outsider = _editor(events_group)
    PageSubscription.objects.create(page=news_index, user=colleague, comment_notifications=True)
    PageSubscription.objects.create(page=events_index, user=outsider, comment_notifications=True)
    # Left from when the outsider could edit the news; they may not any more.
    PageSubscription.objects.create(page=news_index, user=outsider, comment_notifications=True)
    outsider_thread = Comment.objects.create(
        page=events_index, user=outsider, contentpath="title", text="Dates still open?"
    )
    CommentReply.objects.create(comment=outsider_thread, user=outsider, text="Any news?")
    thread = Comment.objects.create(page=news_index, user=colleague, contentpath="title", text="Shorter title?")

    client.force_login(author)
    data = nested_form_data(
        {
            "title": news_index.title,
            "slug": news_index.slug,
            "introduction": "",
            "comment_notifications": "on",
            "comments": inline_formset(
                [
                    {
                        "id": thread.pk,
                        "contentpath": "title",
                        "text": thread.text,
                        "position": "",
                        "resolved": "",
                        "replies": inline_formset([{"text": f"Agreed {SECRET_MARKER}"}]),
                    },
                    {
                        "contentpath": "title",
                        "text": f"New remark {SECRET_MARKER}",
                        "position": "",
                        "resolved": "",
                        "replies": inline_formset([]),
                    },
                ],
                initial=1,
            ),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[news_index.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Comment.objects.filter(page=news_index).count() == 2  # the edit went through
    recipients = {address for message in mailoutbox for address in message.recipients()}
    assert recipients == {colleague.email}
    assert any(SECRET_MARKER in message.body for message in mailoutbox)  # the colleague did hear of it


# CVE-2023-45809 ------------------------------------------------------------------------------


def test_bulk_action_confirmations_name_no_page_or_user_the_admin_may_not_see(client, home_page):
    """CVE-2023-45809: bulk-action confirmation pages listed the titles and names of any ids given."""
    news_index = NewsIndexPageFactory(parent=home_page)
    deliverables = DeliverableIndexPageFactory(parent=home_page)
    hidden_pages = [
        DeliverablePageFactory(parent=deliverables, title=f"Steering minutes {n} {SECRET_MARKER}") for n in range(2)
    ]
    hidden_users = [UserFactory(first_name="Hidden", last_name=f"{SECRET_MARKER}{n}") for n in range(2)]
    editor = _editor(_group("News editors", pages=[news_index]))
    client.force_login(editor)
    page_ids = "&".join(f"id={page.pk}" for page in hidden_pages)
    user_ids = "&".join(f"id={user.pk}" for user in hidden_users)
    user_model = get_user_model()._meta
    urls = [
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?{page_ids}&childOf={deliverables.pk}"
        for action in ("delete", "move", "publish", "unpublish")
    ] + [
        reverse("wagtail_bulk_action", args=[user_model.app_label, user_model.model_name, action]) + f"?{user_ids}"
        for action in ("delete", "set_active_state", "assign_role")
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), url
        assert SECRET_MARKER not in response.content.decode(), url
    assert all(page.__class__.objects.filter(pk=page.pk).exists() for page in hidden_pages)


# CVE-2026-54260 ------------------------------------------------------------------------------


class _Oversized(Exception):
    pass


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param("width-100000", id="CVE-2026-54260-width"),
        pytest.param("fill-99999x99999", id="CVE-2026-54260-fill"),
        pytest.param("min-100000x100000", id="CVE-2026-54260-min"),
        pytest.param("|".join(["width-640", "fill-99999x99999"] * 250), id="CVE-2026-54260-500-operations"),
    ],
)
def test_the_image_preview_refuses_huge_filter_specs(client, home_page, monkeypatch, spec):
    root = Collection.get_first_root_node()
    media = root.add_child(name="News media")
    group = _group("Image editors")
    for codename in ("add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group, collection=media, permission=_permission("wagtailimages", codename)
        )
    image = get_image_model().objects.create(title="Ancona", collection=media, file=get_test_image_file())
    original = (image.width, image.height)
    requested = []
    get_transform = Filter.get_transform

    def guarded_transform(self, *args, **kwargs):
        transform = get_transform(self, *args, **kwargs)
        requested.append(tuple(transform.size))
        if transform.size[0] * transform.size[1] > original[0] * original[1]:
            raise _Oversized(transform.size)  # never let the test allocate it
        return transform

    monkeypatch.setattr(Filter, "get_transform", guarded_transform)
    renditions_before = image.renditions.count()
    client.force_login(_editor(group))
    try:
        response = client.get(reverse("wagtailimages:preview", args=[image.pk, spec]))
    except _Oversized as error:
        pytest.fail(f"the preview set out to render a {error.args[0]} image")
    assert response.status_code in (200, 400, 403, 404)
    if response.status_code == 200:
        assert requested  # the guard saw the size the preview set out to render
        with PILImage.open(io.BytesIO(b"".join(response.streaming_content))) as rendered:
            assert rendered.width * rendered.height <= original[0] * original[1]
    assert all(width * height <= original[0] * original[1] for width, height in requested)
    assert image.renditions.count() == renditions_before


# CVE-2020-11037 ------------------------------------------------------------------------------


def test_page_passwords_are_compared_in_constant_time(client, home_page, monkeypatch):
    """CVE-2020-11037: the submitted password was compared with `==`, which leaks its length by timing."""
    page = NewsIndexPageFactory(parent=home_page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="Ancona2013"
    )
    calls = []

    def spy(given, expected):
        calls.append((given, expected))
        return crypto.constant_time_compare(given, expected)

    monkeypatch.setattr(wagtail.forms, "constant_time_compare", spy)
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    wrong = client.post(url, {"password": "Ancona2012", "return_url": page.url})
    assert wrong.status_code == 200
    right = client.post(url, {"password": "Ancona2013", "return_url": page.url})
    assert right.status_code == 302
    assert calls == [("Ancona2012", "Ancona2013"), ("Ancona2013", "Ancona2013")]

    calls.clear()  # the same form guards the documents of a password-protected collection
    collection = Collection.get_first_root_node().add_child(name="Steering minutes")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="Sofia2014"
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    assert client.post(url, {"password": "Sofia2015", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": "Sofia2014", "return_url": "/"}).status_code == 302
    assert calls == [("Sofia2015", "Sofia2014"), ("Sofia2014", "Sofia2014")]
