"""Restricted documents and private-forum attachments live where no media or static URL reaches them.

Only the views that check permissions serve them, in every mode: the test settings, the
development server's URLs (DEBUG, which serve MEDIA_ROOT) and production's X-Accel-Redirect.
"""

import importlib
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import clear_url_caches, reverse

from wagtail.images.tests.utils import get_test_image_file

import pytest
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from wagtail_factories import DocumentFactory, ImageFactory

from core.permissions import PARTNERS_GROUP_NAME
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, TopicFactory, site_forum

pytestmark = pytest.mark.django_db

SECRET = b"Steering Committee minutes: confidential"


@pytest.fixture
def dev_urls(settings):
    """The URLs of `make run` (DEBUG): static files and MEDIA_ROOT are served by Django."""
    import config.urls

    settings.DEBUG = True
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(config.urls)
    clear_url_caches()


@pytest.fixture
def restricted_document(site_tree):
    deliverable = site_tree["restricted"]
    deliverable.document = DocumentFactory(title="Minutes", file=ContentFile(SECRET, name="minutes.txt"))
    deliverable.save()
    return deliverable.document


@pytest.fixture
def private_attachment(forums):
    post = PostFactory(topic=TopicFactory(forum=site_forum("steering")))
    return Attachment.objects.create(post=post, file=ContentFile(SECRET, name="minutes.txt"), comment="")


def partner():
    user = member()
    user.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    return user


def download(client, response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_private_files_are_stored_outside_the_media_root(settings, restricted_document, private_attachment):
    for name in (restricted_document.file.name, private_attachment.file.name):
        path = Path(restricted_document.file.storage.path(name))
        assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
        assert not path.is_relative_to(settings.MEDIA_ROOT)
        assert path.read_bytes() == SECRET
        assert not (Path(settings.MEDIA_ROOT) / name).exists()


def direct_urls(document, attachment):
    return [f"/media/{document.file.name}", f"/media/{attachment.file.name}"]


def test_the_direct_media_urls_of_private_files_answer_404(client, restricted_document, private_attachment):
    for url in direct_urls(restricted_document, private_attachment):
        assert client.get(url).status_code == 404


def test_the_development_server_serves_public_media_but_not_private_files(
    client, dev_urls, restricted_document, private_attachment
):
    image = ImageFactory(file=get_test_image_file())
    assert client.get(f"/media/{image.file.name}").status_code == 200  # MEDIA_ROOT is served
    for url in direct_urls(restricted_document, private_attachment):
        assert client.get(url).status_code == 404
        assert client.get(url.replace("/media/", "/media/../private/")).status_code == 400  # traversal refused


def test_partners_still_get_the_files_through_the_views_that_check(client, restricted_document, private_attachment):
    attachment_url = reverse("forum_conversation:attachment", kwargs={"pk": private_attachment.pk})
    assert client.get(restricted_document.url).status_code == 302  # to the login page
    client.force_login(member())
    assert client.get(restricted_document.url).status_code == 403
    assert client.get(attachment_url).status_code == 403
    client.force_login(partner())
    assert download(client, client.get(restricted_document.url)) == SECRET
    assert download(client, client.get(attachment_url)) == SECRET


def test_in_production_the_web_server_sends_the_document_after_django_checked(client, settings, restricted_document):
    from wagtail.utils.sendfile import _get_sendfile

    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/_private/"
    settings.SENDFILE_BACKEND = "config.sendfile"
    _get_sendfile.clear()
    try:
        client.force_login(partner())
        response = client.get(restricted_document.url)
    finally:
        _get_sendfile.clear()
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_private/{restricted_document.file.name}"
    assert response.content == b""


def test_files_an_earlier_version_left_under_the_media_root_are_moved_out_of_reach(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    left = tmp_path / "media" / "documents" / "minutes.txt"
    left.parent.mkdir(parents=True)
    left.write_bytes(SECRET)
    (tmp_path / "media" / "images").mkdir()
    (tmp_path / "media" / "images" / "photo.jpg").write_bytes(b"public")

    call_command("move_private_uploads")

    assert not left.exists()
    assert (tmp_path / "private" / "documents" / "minutes.txt").read_bytes() == SECRET
    assert (tmp_path / "media" / "images" / "photo.jpg").exists()
