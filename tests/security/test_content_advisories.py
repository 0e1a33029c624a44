"""Wagtail's and Django's content, enumeration and resource advisories, replayed against this site.

XSS through blocks, rich text posted around the editor and translations in every locale;
hash and timing oracles; hostile Accept-Language and Host headers; pixel bombs.
"""

import hashlib
import io
import json
import struct
import zlib

from django.contrib.auth.hashers import MD5PasswordHasher
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from knowledge.models import DeliverablePage
from tests.factories.accounts import UserFactory
from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)
from tests.factories.translation import translate
from tests.site_tree import sync_locales

from .markup import executable_markup

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    '"><svg onload=alert(3)>',
    '<a href="javascript:alert(4)">x</a>',
    "javascript:alert(5)",
]


def test_the_markup_finder_finds_what_a_browser_would_run():
    assert executable_markup('<p onclick="x()">a</p><a href=" JavaScript:x()">b</a><script>x()</script>')
    assert not executable_markup('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script src="/static/a.js"></script>')


def test_text_blocks_rendered_without_a_template_are_escaped(client, home_page):
    """CVE-2021-32681: a CharBlock/TextBlock value reached the page unescaped through include_block."""
    page = StandardPageFactory(
        parent=home_page,
        title="Quotes",
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": PAYLOADS[0], "level": "h2"}},
                {"type": "quote", "value": {"text": PAYLOADS[1], "attribution": PAYLOADS[2]}},
                {"type": "call_to_action", "value": {"text": PAYLOADS[3], "page": None, "url": "https://example.org"}},
            ]
        ),
    )
    html = client.get(page.url).content.decode()
    assert "&lt;script&gt;alert(1)" in html
    assert not executable_markup(html)


def _contentstate_with_link(url):
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": "Read the plan",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 13, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>"])
def test_rich_text_links_posted_around_the_editor_lose_dangerous_urls(client, home_page, url):
    """CVE-2021-29434: rich text posted straight to the admin kept javascript: links."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    data = nested_form_data(
        {
            "title": "Plan",
            "slug": "plan",
            "introduction": "",
            "body": streamfield([("paragraph", _contentstate_with_link(url))]),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug="plan").specific
    html = client.get(page.url).content.decode()
    assert "Read the plan" in html
    assert not executable_markup(html)


def test_translations_in_every_locale_cannot_carry_executable_markup(client, home_page, locales):
    """The XSS class of the blocks and rich text, through wagtail-localize's translation path."""
    news_index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(
        parent=news_index,
        title="Kick-off in Ancona",
        body=json.dumps(
            [
                {"type": "paragraph", "value": '<p>The <a href="https://example.org">partners</a> met.</p>'},
                {"type": "quote", "value": {"text": "Smarter policies", "attribution": "Lead partner"}},
            ]
        ),
    )
    sync_locales()
    for code, locale in locales.items():
        if code == "en":
            continue
        payloads = iter(PAYLOADS * 4)
        translated = translate(news, locale, lambda text, payloads=payloads: f"{text} {next(payloads)}")
        html = client.get(translated.url).content.decode()
        assert "alert(" in html, f"{code}: the payloads reached the page (as text)"
        assert not executable_markup(html), code


def test_a_restricted_document_answers_no_etag_oracle(client, home_page):
    """GHSA-92hv-j533-69wc: If-None-Match with the file's hash answered 304 to anyone."""
    content = b"Minutes of the steering committee"
    document = get_document_model().objects.create(title="Minutes", file=ContentFile(content, name="minutes.txt"))
    index = DeliverableIndexPageFactory(parent=home_page)
    DeliverablePageFactory(
        parent=index, document=document, dissemination_level=DeliverablePage.DisseminationLevel.CONSORTIUM
    )
    url = reverse("wagtaildocs_serve", args=[document.pk, "minutes.txt"])
    for etag in (hashlib.sha1(content).hexdigest(), document.file_hash, f'"{document.file_hash}"'):  # noqa: S324
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code not in (200, 304), etag


@pytest.mark.parametrize(
    "header",
    ["x" * 10_000, "bg-" + "a" * 10_000, ",".join(["en;q=0.1"] * 2_000), "sr-Latn-RS-" * 500, "\x00\xff"],
)
def test_hostile_accept_language_headers_are_answered_normally(client, home_page, header):
    """CVE-2024-39614: get_supported_language_variant was slow on very long language codes."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert client.get("/" + "a" * 5_000 + "-YY/", follow=True).status_code == 404


def test_an_unknown_host_gets_400_not_the_default_site(client, home_page):
    response = client.get("/en/", HTTP_HOST="attacker.example")
    assert response.status_code == 400


class CountingHasher(MD5PasswordHasher):
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def counting_hasher(settings):
    settings.PASSWORD_HASHERS = ["tests.security.test_content_advisories.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


def test_a_login_hashes_a_password_alike_for_known_unknown_and_passwordless_accounts(
    client, home_page, counting_hasher
):
    """CVE-2024-39329 / CVE-2025-13473 (PYSEC-2026-42), and CVE-2016-2513 before them: an unusable password or an
    unknown user answered faster."""
    known = UserFactory(email="known@example.org")
    passwordless = UserFactory(email="sso@example.org")
    passwordless.set_unusable_password()
    passwordless.save()
    work = {}
    for email in (known.email, passwordless.email, "nobody@example.org"):
        counting_hasher.calls = 0
        response = client.post("/en/accounts/login/", {"login": email, "password": "wrong password 1"})
        assert response.status_code == 200
        work[email] = counting_hasher.calls
    assert len(set(work.values())) == 1 and work[known.email] >= 1, work


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client, home_page, mailoutbox):
    known = UserFactory(email="known@example.org")
    answers = []
    for email in (known.email, "nobody@example.org"):
        response = client.post("/en/accounts/password/reset/", {"email": email}, follow=True)
        answers.append((response.status_code, response.redirect_chain[-1][0] if response.redirect_chain else None))
    assert answers[0] == answers[1]


def _png_header_only(width, height):
    """A tiny PNG that declares `width` × `height` pixels (a decompression bomb's header)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_an_image_declaring_too_many_pixels_is_refused_on_upload(client, home_page):
    """CVE-2023-28837: an image's pixel count was not checked before it was decoded."""
    from wagtail.images import get_image_model

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    bomb = io.BytesIO(_png_header_only(40_000, 40_000))
    bomb.name = "bomb.png"
    response = client.post(reverse("wagtailimages:add"), {"title": "Bomb", "file": bomb})
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Bomb").exists()
