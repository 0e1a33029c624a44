"""A member's files do not outlive their use: replacing or removing a picture deletes the old file,
deleting a post deletes its attachments, and deleting an account deletes every file of the member."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from PIL import Image

from accounts.models import Profile
from tests.factories.accounts import member
from tests.factories.forums import attachment, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _png(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _upload_avatar(client, colour, **extra):
    data = {"display_name": "Ana", "preferred_language": "en", **extra}
    if colour:
        data["avatar"] = SimpleUploadedFile(f"{colour}.png", _png(colour), content_type="image/png")
    response = client.post(reverse("accounts:profile"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Profile.objects.get(user=response.wsgi_request.user).avatar


def test_replacing_or_removing_a_picture_deletes_the_old_file(client, home_page, django_capture_on_commit_callbacks):
    client.force_login(member())
    with django_capture_on_commit_callbacks(execute=True):
        first = _upload_avatar(client, "red").path
        second = _upload_avatar(client, "blue").path
    assert not os.path.exists(first)
    assert os.path.exists(second)
    with django_capture_on_commit_callbacks(execute=True):
        _upload_avatar(client, None, **{"avatar-clear": "on"})
    assert not os.path.exists(second)


@pytest.mark.usefixtures("forums")
def test_deleting_a_post_deletes_its_attachments(client, django_capture_on_commit_callbacks):
    topic = topic_with_posts(forum=site_forum("WG3"), replies=1)
    reply = topic.posts.order_by("created").last()
    path = attachment(reply).file.path
    client.force_login(member(groups=["Forum moderators"]))
    url = reverse(
        "forum_conversation:post_delete", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk, reply.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    assert not os.path.exists(path)


@pytest.mark.usefixtures("forums")
def test_deleting_an_account_deletes_every_file_of_the_member(client, django_capture_on_commit_callbacks):
    user = member(groups=["Partners"])
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        replaced = _upload_avatar(client, "red").path
        current = _upload_avatar(client, "green").path
    public = topic_with_posts(forum=site_forum("WG1"), poster=user)
    private = topic_with_posts(forum=site_forum("steering"), poster=user)
    files = [attachment(public.first_post).file.path, attachment(private.first_post).file.path]
    others = attachment(topic_with_posts(forum=site_forum("WG1")).first_post).file.path

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("accounts:delete"), {"confirm": "on"}).status_code == 302
    for path in [replaced, current, *files]:
        assert not os.path.exists(path), path
    assert os.path.exists(others)
    assert public.posts.filter(poster=user).exists()  # the posts stay, as a former member's
