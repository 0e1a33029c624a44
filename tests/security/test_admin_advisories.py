"""Wagtail's access-control advisories, replayed by a limited editor.

The editor may add, edit and publish news only. Every admin view of a page outside that
subtree (revisions, history, previews, copy, translation, workflow) must refuse them and
show nothing of its draft; every action must leave the page as it was. Choosers never list
documents or images of a collection the editor has no permission on.
"""

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

import pytest

from knowledge.models import DeliverablePage, Partner
from tests.factories.accounts import UserFactory
from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    NewsIndexPageFactory,
    PartnerFactory,
)

DRAFT_MARKER = "Unreleased-draft-7f3a"
SECRET_MARKER = "Consortium-only-9c1e"


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.fixture
def scene(home_page, locales):
    news_index = NewsIndexPageFactory(parent=home_page)
    deliverables = DeliverableIndexPageFactory(parent=home_page)
    deliverable = DeliverablePageFactory(parent=deliverables, title="Joint strategic plan")
    first = deliverable.save_revision()
    first.publish()
    deliverable.title = f"Joint strategic plan {DRAFT_MARKER}"
    second = deliverable.save_revision()

    group = Group.objects.create(name="News editors")
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"), _permission("wagtail_localize", "submit_translation")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=news_index, permission=_permission("wagtailcore", codename)
        )
    root = Collection.get_first_root_node()
    news_media = root.add_child(name="News media")
    consortium = root.add_child(name="Consortium")
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group, collection=news_media, permission=_permission("wagtaildocs", codename)
        )
    for codename in ("add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group, collection=news_media, permission=_permission("wagtailimages", codename)
        )
    document = get_document_model().objects.create(
        title=f"Minutes {SECRET_MARKER}", collection=consortium, file=ContentFile(b"minutes", name="minutes.txt")
    )
    image = get_image_model().objects.create(
        title=f"Photo {SECRET_MARKER}", collection=consortium, file=get_test_image_file()
    )
    editor = UserFactory(groups=["News editors"])
    return {
        "news_index": news_index,
        "deliverable": deliverable,
        "revisions": (first, second),
        "document": document,
        "image": image,
        "editor": editor,
    }


def _page_views(scene):
    page = scene["deliverable"]
    first, second = scene["revisions"]
    pk = page.pk
    return {
        "CVE-2026-44197 compare revisions": reverse(
            "wagtailadmin_pages:revisions_compare", args=[pk, first.pk, second.pk]
        ),
        "CVE-2026-44198 page history": reverse("wagtailadmin_pages:history", args=[pk]),
        "CVE-2026-44198 page history results": reverse("wagtailadmin_pages:history_results", args=[pk]),
        "revision view": reverse("wagtailadmin_pages:revisions_view", args=[pk, second.pk]),
        "revisions index": reverse("wagtailadmin_pages:revisions_index", args=[pk]),
        "CVE-2026-25517 preview of the draft": reverse("wagtailadmin_pages:preview_on_edit", args=[pk]),
        "view draft": reverse("wagtailadmin_pages:view_draft", args=[pk]),
        "edit form": reverse("wagtailadmin_pages:edit", args=[pk]),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[pk]),
        "CVE-2026-44200 copy form": reverse("wagtailadmin_pages:copy", args=[pk]),
        "CVE-2026-54262 translation form": reverse("wagtail_localize:submit_page_translation", args=[pk]),
    }


@pytest.mark.parametrize(
    "advisory",
    [
        "CVE-2026-44197 compare revisions",
        "CVE-2026-44198 page history",
        "CVE-2026-44198 page history results",
        "revision view",
        "revisions index",
        "CVE-2026-25517 preview of the draft",
        "view draft",
        "edit form",
        "workflow history",
        "CVE-2026-44200 copy form",
        "CVE-2026-54262 translation form",
    ],
)
def test_a_limited_editor_sees_nothing_of_a_page_outside_their_section(client, scene, advisory):
    client.force_login(scene["editor"])
    response = client.get(_page_views(scene)[advisory])
    assert response.status_code in (302, 403, 404), advisory
    assert DRAFT_MARKER not in response.content.decode()


def test_a_limited_editor_cannot_copy_a_page_they_may_not_edit_into_their_section(client, scene):
    client.force_login(scene["editor"])
    pages_before = Page.objects.count()
    client.post(
        reverse("wagtailadmin_pages:copy", args=[scene["deliverable"].pk]),
        {"new_title": "Copied", "new_slug": "copied", "new_parent_page": scene["news_index"].pk, "copy_subpages": ""},
    )
    assert Page.objects.count() == pages_before


def test_a_limited_editor_cannot_create_translations_of_a_page_they_may_not_edit(client, scene, locales):
    client.force_login(scene["editor"])
    deliverable = scene["deliverable"]
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[deliverable.pk]),
        {"locales": [locales["bg"].pk, locales["el"].pk], "include_subtree": ""},
    )
    translated = DeliverablePage.objects.filter(translation_key=deliverable.translation_key, alias_of__isnull=True)
    assert list(translated.values_list("locale__language_code", flat=True)) == ["en"]


@pytest.mark.parametrize("action", ["unpublish", "delete", "move", "lock", "set_privacy"])
def test_a_limited_editor_cannot_change_a_page_outside_their_section(client, scene, action):
    client.force_login(scene["editor"])
    page = scene["deliverable"]
    url = reverse(f"wagtailadmin_pages:{action}", args=[page.pk])
    client.post(url, {"restriction_type": "password", "password": "x"})
    page.refresh_from_db()
    assert page.live and not page.locked
    assert page.get_parent().specific_class.__name__ == "DeliverableIndexPage"
    assert not page.get_view_restrictions().exists()


def test_a_snippet_cannot_be_copied_with_add_but_without_view_permission(client, scene):
    """GHSA-x5cx-w6p2-mxf2 (Wagtail 8.0): the copy view checked "add" only."""
    partner = PartnerFactory(name=f"Agency {SECRET_MARKER}")
    user = UserFactory()
    user.user_permissions.add(_permission("wagtailadmin", "access_admin"), _permission("knowledge", "add_partner"))
    client.force_login(user)
    response = client.get(reverse("wagtailsnippets_knowledge_partner:copy", args=[partner.pk]))
    assert response.status_code in (302, 403, 404)
    assert SECRET_MARKER not in response.content.decode()
    assert Partner.objects.filter(name__contains=SECRET_MARKER).count() == 1


@pytest.mark.parametrize("kind", ["document", "image"])
def test_choosers_never_list_or_return_items_of_a_collection_the_editor_may_not_use(client, scene, kind):
    """CVE-2026-44201, CVE-2026-54259, GHSA-c2xx-cjmh-9q8f: private collections through choosers."""
    client.force_login(scene["editor"])
    app = "wagtaildocs" if kind == "document" else "wagtailimages"
    item = scene[kind]
    for url in (
        reverse(f"{app}_chooser:choose"),
        reverse(f"{app}_chooser:choose_results") + "?q=minutes+photo",
        reverse(f"{app}_chooser:choose_results") + f"?collection_id={item.collection_id}",
    ):
        response = client.get(url)
        assert SECRET_MARKER not in response.content.decode(), url
    chosen = client.get(reverse(f"{app}_chooser:chosen", args=[item.pk]))
    assert SECRET_MARKER not in chosen.content.decode()


def test_the_image_preview_refuses_an_editor_without_permission_on_its_collection(client, scene):
    """CVE-2026-54261: the admin's image preview served any image to any admin user."""
    client.force_login(scene["editor"])
    response = client.get(reverse("wagtailimages:preview", args=[scene["image"].pk, "width-100"]))
    assert response.status_code in (302, 403, 404)


def test_a_limited_editor_cannot_translate_a_snippet_they_may_not_change(client, scene, locales):
    partner = PartnerFactory(name=f"Agency {SECRET_MARKER}")
    client.force_login(scene["editor"])
    url = reverse("wagtail_localize:submit_snippet_translation", args=["knowledge", "partner", partner.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"locales": [locales["bg"].pk]})
    assert not Partner.objects.filter(translation_key=partner.translation_key, locale=locales["bg"]).exists()


def test_an_editor_of_the_section_can_still_translate_its_pages(client, scene, locales):
    from tests.factories.knowledge import NewsPageFactory

    news = NewsPageFactory(parent=scene["news_index"], title="Kick-off in Ancona")
    client.force_login(scene["editor"])
    url = reverse("wagtail_localize:submit_page_translation", args=[news.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"locales": [locales["bg"].pk]})
    assert news.get_translation(locales["bg"]).alias_of_id is None


def test_a_limited_editor_cannot_sync_the_translations_of_a_page_they_may_not_edit(client, scene, locales):
    """GHSA-jm5p-837g-rv8g (Wagtail 8.0) in wagtail-localize's "Sync translated pages": its own check is the
    global translation permission, which the news editors hold."""
    from wagtail_localize.models import TranslationSource

    from tests.factories.translation import translate

    deliverable = DeliverablePage.objects.get(pk=scene["deliverable"].pk)  # the live version, not the draft
    translate(deliverable, locales["bg"], lambda text: text)
    source = TranslationSource.objects.get(object_id=deliverable.translation_key)
    synced_content = source.content_json
    scene["revisions"][1].publish()  # the source changes: a sync would now push its marker into Bulgarian
    client.force_login(scene["editor"])
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.get(url).status_code in (302, 403)
    assert client.post(url, {"publish_translations": "on"}).status_code in (302, 403)
    source.refresh_from_db()
    assert source.content_json == synced_content
    assert DRAFT_MARKER not in deliverable.get_translation(locales["bg"]).title
