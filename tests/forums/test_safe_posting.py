"""Posts are rendered safely, limited in length and rate; attachments are checked by content; moderation."""

import io
import re
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post
from PIL import Image

from forums.markup import render
from tests.factories.accounts import member
from tests.factories.forums import post_form_data, site_forum, topic_with_posts

# Published markdown2 "safe mode" bypasses (python-markdown2 #702, #721) and classic XSS vectors.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x" onerror="alert(1)](http://example.org/a.png)',
    '[x](http://example.org/" onmouseover="alert(1))',
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "[x](vbscript:msgbox(1))",
    "<<script>script>alert(1)<</script>/script>",
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    "``<img src=x onerror=alert(1)>``",
    '<form action="javascript:alert(1)"><button>x</button></form>',
]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_rendered_posts_contain_no_executable_markup(payload):
    """CVE-2018-5773 (Markdown's safe mode let script through), and machina's own history of the same."""
    parser = _Tags()
    parser.feed(render(payload))
    for tag, attributes in parser.tags:
        assert tag not in {"script", "svg", "iframe", "object", "img", "style", "form", "math", "details", "button"}
        assert set(attributes) <= {"href", "title", "rel"}, (tag, attributes)
        href = (attributes.get("href") or "").strip().lower()
        assert not href or href.startswith(("http://", "https://", "mailto:", "#")), href


def test_ordinary_markdown_survives_sanitising():
    html = render("**bold** _it_ `code`\n\n> quoted\n\n- one\n- two\n\n[site](https://example.org)")
    assert "<strong>bold</strong>" in html and "<em>it</em>" in html and "<code>code</code>" in html
    assert "<blockquote>" in html and "<li>one</li>" in html
    assert 'href="https://example.org"' in html and 'rel="nofollow noopener noreferrer ugc"' in html


def _create_url(forum):
    return reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk])


@pytest.mark.django_db
def test_a_script_posted_through_the_form_is_shown_as_text(client, forums):
    client.force_login(member(groups=["Partners"]))
    forum = site_forum("WG4")
    client.post(_create_url(forum), post_form_data("XSS", "<script>alert(1)</script> [x](javascript:alert(1))"))
    post = Post.objects.get(subject="XSS")
    url = reverse("forum_conversation:topic", args=[forum.slug, forum.pk, post.topic.slug, post.topic.pk])
    html = client.get(url).content.decode()
    assert "<script>alert(1)" not in html and "javascript:alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_posts_over_the_length_limit_are_refused_with_a_message(client, forums, settings):
    settings.FORUMS_POST_MAX_LENGTH = 100
    client.force_login(member())
    response = client.post(_create_url(site_forum("WG1")), post_form_data("Long", "x" * 101))
    assert response.status_code == 200
    assert "Your post is too long" in response.content.decode()
    assert not Post.objects.exists()


@pytest.mark.django_db
def test_posting_is_rate_limited_per_member(client, forums, settings):
    settings.FORUMS_POST_RATE = (3, 600)
    client.force_login(member(groups=["Partners"]))
    forum = site_forum("WG1")
    statuses = [client.post(_create_url(forum), post_form_data(f"T{n}", "Text")).status_code for n in range(4)]
    assert statuses == [302, 302, 302, 200]
    assert Post.objects.count() == 3


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "#ffcc00").save(buffer, "PNG")
    return buffer.getvalue()


def _attach(client, forum, upload):
    data = post_form_data("With a file", "See the attachment.")
    data.update({"attachment-TOTAL_FORMS": 1, "attachment-0-file": upload, "attachment-0-comment": ""})
    return client.post(_create_url(forum), data)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "accepted", "stored_as"),
    [
        ("report.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", True, ".pdf"),
        ("photo.png", None, True, ".png"),
        ("notes.txt", "Cluster notes, UTF-8: čšž".encode(), True, ".txt"),
        ("image.png", b"%PDF-1.4\n%%EOF", True, ".pdf"),  # the content decides, not the name
        ("page.html", b"<html><script>alert(1)</script></html>", False, None),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", False, None),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 100, False, None),
    ],
)
def test_attachments_are_allowed_by_content_type(client, forums, name, content, accepted, stored_as):
    client.force_login(member(groups=["Partners"]))
    response = _attach(client, site_forum("WG2"), SimpleUploadedFile(name, content or _png()))
    if accepted:
        assert response.status_code == 302
        stored = Attachment.objects.get().file.name
        assert stored.endswith(stored_as)
        assert re.fullmatch(r"machina/attachments/[\w-]{22}/\w+\.\w+", stored), stored
    else:
        assert response.status_code == 200
        assert "This type of file cannot be attached" in response.content.decode()
        assert not Attachment.objects.exists()


@pytest.mark.django_db
def test_attachments_over_the_size_limit_are_refused(client, forums, settings):
    settings.FORUMS_ATTACHMENT_MAX_BYTES = 1000
    client.force_login(member(groups=["Partners"]))
    response = _attach(client, site_forum("WG2"), SimpleUploadedFile("big.txt", b"a" * 1001))
    assert "The file is too large" in response.content.decode()
    assert not Attachment.objects.exists()


@pytest.mark.django_db
def test_a_new_members_first_post_waits_for_a_moderator_then_they_are_trusted(client, forums):
    newcomer = member()
    forum = site_forum("WG6")
    client.force_login(newcomer)
    client.post(_create_url(forum), post_form_data("First question", "Hello."))
    first = Post.objects.get(subject="First question")
    assert not first.approved
    topic_url = reverse("forum_conversation:topic", args=[forum.slug, forum.pk, first.topic.slug, first.topic.pk])
    client.logout()
    assert client.get(topic_url).status_code in (302, 403, 404)  # not public before approval
    assert "First question" not in client.get(reverse("forum:forum", args=[forum.slug, forum.pk])).content.decode()

    moderator = member(groups=["Forum moderators"])
    client.force_login(moderator)
    assert "First question" in client.get(reverse("forum_moderation:queue")).content.decode()
    response = client.post(reverse("forum_moderation:approve_queued_post", args=[first.pk]))
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.approved

    client.force_login(newcomer)
    client.post(_create_url(forum), post_form_data("Second question", "Hello again."))
    assert Post.objects.get(subject="Second question").approved


@pytest.mark.django_db
def test_working_group_coordinators_moderate_their_own_forum_only(client, forums):
    coordinator = member(groups=["WG3 coordinators"])
    own = topic_with_posts(forum=site_forum("WG3"))
    other = topic_with_posts(forum=site_forum("WG4"))
    client.force_login(coordinator)
    lock = "forum_moderation:topic_lock"
    assert client.get(reverse(lock, kwargs={"slug": own.slug, "pk": own.pk})).status_code == 200
    assert client.get(reverse(lock, kwargs={"slug": other.slug, "pk": other.pk})).status_code == 403
