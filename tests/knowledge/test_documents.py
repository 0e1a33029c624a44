"""Files of restricted deliverables are served to partners only, whatever URL is used."""

from django.contrib.auth.models import Group

import pytest
from wagtail_factories import DocumentFactory

from core.permissions import PARTNERS_GROUP_NAME

pytestmark = pytest.mark.django_db


def attach_document(deliverable):
    deliverable.document = DocumentFactory(title=f"{deliverable.code} file")
    deliverable.save()
    return deliverable.document.url


def test_a_public_deliverables_file_downloads_for_anyone(client, site_tree):
    url = attach_document(site_tree["deliverable"])
    assert client.get(url).status_code == 200


def test_a_restricted_deliverables_file_asks_visitors_to_log_in(client, site_tree):
    url = attach_document(site_tree["restricted"])
    response = client.get(url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_restricted_deliverables_file_is_forbidden_to_members_who_are_not_partners(
    client, site_tree, django_user_model
):
    url = attach_document(site_tree["restricted"])
    client.force_login(django_user_model.objects.create_user("member", "member@example.org", "pw"))
    assert client.get(url).status_code == 403


def test_partners_download_a_restricted_deliverables_file(client, site_tree, django_user_model):
    url = attach_document(site_tree["restricted"])
    partner = django_user_model.objects.create_user("partner", "partner@example.org", "pw")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    assert client.get(url).status_code == 200
