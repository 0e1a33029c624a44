"""The advisories of Wagtail and Django features this site does not use stay inapplicable.

Each test states the fact that makes an advisory irrelevant here, so that adopting the
feature later fails a test and brings its advisory back into the scenario tests.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import engines
from django.urls import reverse

from wagtail.blocks import RichTextBlock
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

import pytest

pytestmark = pytest.mark.django_db


def test_no_page_type_is_a_form_page():
    """CVE-2020-15118 (help text of form fields) and CVE-2026-44199 (deleting another page's submissions)
    concern form pages; wagtail.contrib.forms is installed only because Wagtail's admin expects it."""
    assert [model.__name__ for model in get_page_models() if issubclass(model, FormMixin)] == []


def _blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _blocks(child)
    if getattr(block, "child_block", None) is not None:
        yield from _blocks(block.child_block)


def test_no_stream_field_offers_a_table_block():
    """CVE-2026-28222: HTML in a TableBlock's cell classes."""
    offered = [
        (f"{model.__name__}.{field.name}", block)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for block in _blocks(field.stream_block)
    ]
    assert any(isinstance(block, RichTextBlock) for _field, block in offered)  # the walk reaches nested blocks
    assert [field for field, block in offered if isinstance(block, TableBlock)] == []


def test_simple_translation_is_not_installed():
    """CVE-2026-28223 is in wagtail.contrib.simple_translation; translations go through wagtail-localize."""
    assert "wagtail.contrib.simple_translation" not in settings.INSTALLED_APPS
    assert "wagtail_localize" in settings.INSTALLED_APPS


def test_no_template_uses_urlize():
    """CVE-2024-38875: urlize on text with many brackets. Forum posts are Markdown rendered by the site."""
    users = []
    for engine in engines.all():
        for loader in engine.engine.template_loaders:
            for directory in loader.get_dirs():
                users += [str(path) for path in Path(directory).rglob("*.html") if "urlize" in path.read_text()]
    assert users == []


def test_the_dynamic_image_url_generator_answers_nothing_without_the_serve_view(client, home_page):
    """CVE-2026-54263: reflected XSS through crafted parameters of the admin's image URL generator, which
    only works when Wagtail's dynamic serve view is routed; it is not."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from tests.factories.accounts import UserFactory

    image = get_image_model().objects.create(title="Photo", file=get_test_image_file())
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    crafted = {"filter_method": "<script>alert(1)</script>", "width": "<script>"}
    for name in ("wagtailimages:url_generator", "wagtailimages:url_generator_output"):
        response = client.get(reverse(name, args=[image.pk]), crafted, follow=True)
        assert response.status_code == 404 and "<script>" not in response.content.decode()
    assert client.get("/en/images/abc/1/width-100/").status_code == 404


def test_no_public_api_exposes_pages(client, home_page):
    """GHSA-3vrh-m9w7-v94f: drafts through `api_fields` of the pages API. No API is routed for visitors,
    and no model declares fields for one."""
    for path in ("/en/api/v2/pages/", "/api/v2/pages/", "/en/api/pages/"):
        assert client.get(path, follow=True).status_code == 404
    assert [model.__name__ for model in get_page_models() if getattr(model, "api_fields", None)] == []
    assert Page in get_page_models()
