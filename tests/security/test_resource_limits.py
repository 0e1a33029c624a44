"""Resource advisories, replayed against this site: zip bombs, upload size caps, hostile search queries.

ASVS 12.1.2 (a DOCX that unpacks to a gigabyte), CVE-2023-28837 (uploads over the size
limits) and CVE-2024-39317 (queries built to make the search slow), all through the views.
"""

import io
import random
import tracemalloc
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import docx
import pytest
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from PIL import Image

from search.models import DocumentText
from tests.factories.accounts import UserFactory, member
from tests.factories.forums import site_forum
from tests.forums.test_safe_posting import _attach

BOMB_UNPACKED = 1024 * 1024 * 1024  # 1 GiB of zeros in word/document.xml
MEMORY_BUDGET = 100 * 1024 * 1024  # what handling the upload may allocate at its peak


@pytest.fixture(scope="module")
def zip_bomb():
    """A real DOCX whose text part unpacks to 1 GiB (about 1 MB packed), written a megabyte at a time."""
    source = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.save(source)
    packed = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, original.read(info))
                continue
            with bomb.open("word/document.xml", "w", force_zip64=True) as handle:
                handle.write(
                    b'<?xml version="1.0" encoding="UTF-8"?>'
                    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    b"<w:body><w:p><w:r><w:t>Bomb heading</w:t></w:r></w:p>"
                )
                zeros = b"\0" * (1024 * 1024)
                for _ in range(BOMB_UNPACKED // len(zeros)):
                    handle.write(zeros)
                handle.write(b"</w:body></w:document>")
    data = packed.getvalue()
    assert len(data) < 2 * 1024 * 1024 and sum(i.file_size for i in zipfile.ZipFile(packed).infolist()) > BOMB_UNPACKED
    return data


def _peak_allocation(action):
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_zip_bomb_uploaded_as_a_document_is_stored_with_bounded_text_extraction(
    client, home_page, zip_bomb, django_capture_on_commit_callbacks
):
    """ASVS 12.1.2: search/extraction.py unpacked the whole DOCX in memory (python-docx) on upload."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    def upload():
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("wagtaildocs:add"),
                {
                    "title": "Bomb",
                    "collection": Collection.get_first_root_node().pk,
                    "file": SimpleUploadedFile("bomb.docx", zip_bomb),
                },
            )

    response, peak = _peak_allocation(upload)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.0f} MiB allocated"
    text = DocumentText.objects.get(document=get_document_model().objects.get(title="Bomb")).text
    assert text == "Bomb heading"


def test_a_zip_bomb_attached_to_a_forum_post_is_stored_without_being_unpacked(client, forums, zip_bomb):
    """ASVS 12.1.2: forum attachments are judged by their first bytes (forums/uploads.py), never unpacked."""
    client.force_login(member(groups=["Partners"]))
    response, peak = _peak_allocation(
        lambda: _attach(client, site_forum("WG2"), SimpleUploadedFile("bomb.docx", zip_bomb))
    )
    assert response.status_code == 302
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.0f} MiB allocated"
    assert Attachment.objects.get().file.name.endswith(".docx")


def _noise_png(size):
    buffer = io.BytesIO()
    Image.frombytes("RGB", (size, size), random.Random(size).randbytes(size * size * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_over_the_upload_size_limit_is_refused_in_the_admin(client, home_page, settings):
    """CVE-2023-28837: the size cap is checked before the image is decoded (limit lowered to 2 KB)."""
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2_000
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    picture = _noise_png(64)
    assert len(picture) > 2_000
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Big", "file": SimpleUploadedFile("big.png", picture)}
    )
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not get_image_model().objects.filter(title="Big").exists()


def test_a_document_over_the_upload_size_limit_is_refused_in_the_admin(client, home_page, settings):
    """CVE-2023-28837's document half (limit lowered to 1 KB); a document under it is accepted."""
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1_000
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    root = Collection.get_first_root_node().pk
    url = reverse("wagtaildocs:add")
    response = client.post(
        url, {"title": "Big", "collection": root, "file": SimpleUploadedFile("big.txt", b"a" * 1001)}
    )
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not get_document_model().objects.filter(title="Big").exists()
    small = client.post(url, {"title": "Small", "collection": root, "file": SimpleUploadedFile("s.txt", b"a" * 999)})
    assert small.status_code == 302
    assert get_document_model().objects.filter(title="Small").exists()


HOSTILE_QUERIES = {
    "100,000 characters without a space": "x" * 100_000,
    "nested quotes": "\"'" * 5_000 + "a" + "'\"" * 5_000,
    "a OR × 1000": "a OR " * 1_000,
}


@pytest.mark.parametrize("query", HOSTILE_QUERIES.values(), ids=HOSTILE_QUERIES.keys())
def test_hostile_search_queries_get_a_normal_page_with_no_more_queries_than_a_plain_one(
    client, site_tree, query, django_assert_max_num_queries
):
    """CVE-2024-39317 through the views, on the database backend (the engine's case is in tests/search)."""
    for url in ("/en/search/", "/en/search/suggest/"):
        client.get(url, {"q": "cluster"})  # the page's cached fragments are built once
        with CaptureQueriesContext(connection) as plain:
            assert client.get(url, {"q": "cluster"}).status_code == 200
        with django_assert_max_num_queries(len(plain.captured_queries)):
            response = client.get(url, {"q": query})
        assert response.status_code == 200
        if url == "/en/search/":
            assert "<footer" in response.content.decode()
