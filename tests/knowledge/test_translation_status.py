"""The editors' report of which pages are translated, out of date or still missing per language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

import pytest

from tests.factories.translation import translate
from translations.status import NOT_TRANSLATED, OUTDATED, TRANSLATED, source_pages, translation_statuses

pytestmark = pytest.mark.django_db


def greek():
    return Locale.objects.get(language_code="el")


def test_aliases_count_as_not_translated_and_translations_as_translated(site_tree):
    news = site_tree["news"]
    translate(news, greek(), lambda text: f"[el] {text}")
    statuses = translation_statuses([news])[news.pk]
    assert statuses["el"] == TRANSLATED
    assert statuses["bg"] == NOT_TRANSLATED


def test_source_published_after_the_translation_makes_it_out_of_date(site_tree):
    news = site_tree["news"]
    translate(news, greek(), lambda text: f"[el] {text}")
    news.refresh_from_db()
    news.introduction = "A corrected introduction"
    revision = news.save_revision()
    revision.publish(changed=True)
    news.refresh_from_db()
    news.last_published_at = timezone.now() + timezone.timedelta(seconds=1)
    news.save(update_fields=["last_published_at"])
    assert translation_statuses([news])[news.pk]["el"] == OUTDATED


def test_report_lists_source_pages_with_a_status_per_language(client, site_tree, django_user_model):
    translate(site_tree["news"], greek(), lambda text: f"[el] {text}")
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.get("/admin/reports/translation-status/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Cluster policy learning starts" in content
    assert content.count("translation-status--translated") == 1
    assert "translation-status--not-translated" in content


def test_report_is_for_admin_users_only(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", "v@example.org", "pw"))
    assert client.get("/admin/reports/translation-status/").status_code == 302


def test_status_lookup_takes_the_same_queries_for_any_number_of_pages(site_tree):
    pages = list(source_pages())
    with CaptureQueriesContext(connection) as few:
        translation_statuses(pages[:2])
    with CaptureQueriesContext(connection) as many:
        translation_statuses(pages)
    assert len(few) == len(many)
