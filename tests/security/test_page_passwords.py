"""Wrong guesses at the password of a page or a document collection are limited per client and page."""

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "Ancona2013"


@pytest.fixture
def protected(site_tree, settings):
    settings.PAGE_PASSWORD_ATTEMPTS = (5, 900)
    page = site_tree["practice"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page, f"/{{lang}}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def guess(client, url, password, lang="en", address="192.0.2.10", return_url="/en/good-practices/vouchers/"):
    return client.post(url.format(lang=lang), {"password": password, "return_url": return_url}, REMOTE_ADDR=address)


def test_the_right_password_opens_the_page(client, protected):
    page, url = protected
    assert guess(client, url, "wrong").status_code == 200
    response = guess(client, url, PASSWORD)
    assert response.status_code == 302
    assert client.get(page.url).status_code == 200


def test_after_five_wrong_guesses_not_even_the_right_password_is_checked(client, protected):
    page, url = protected
    for _ in range(5):
        assert guess(client, url, "wrong").status_code == 200
    response = guess(client, url, PASSWORD, lang="de")
    assert response.status_code == 429
    assert "Zu viele falsche Passwörter" in response.content.decode()
    assert 'name="return_url" value="/en/good-practices/vouchers/"' in response.content.decode()
    assert "authenticate_with_password" in client.get(page.url).content.decode()  # still the password form


def test_the_limit_is_per_client_and_page(client, protected, site_tree):
    page, url = protected
    for _ in range(5):
        guess(client, url, "wrong", address="192.0.2.10")
    assert guess(client, url, "wrong", address="192.0.2.10").status_code == 429
    assert guess(client, url, PASSWORD, address="198.51.100.7").status_code == 302
    other = site_tree["news"]
    restriction = PageViewRestriction.objects.create(page=other, restriction_type="password", password=PASSWORD)
    other_url = f"/{{lang}}/_util/authenticate_with_password/{restriction.pk}/{other.pk}/"
    assert guess(client, other_url, PASSWORD, address="192.0.2.10").status_code == 302


def test_document_collection_passwords_are_limited_too(client, home_page, settings):
    settings.PAGE_PASSWORD_ATTEMPTS = (3, 900)
    collection = Collection.get_first_root_node().add_child(name="Steering minutes")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _ in range(3):
        assert client.post(url, {"password": "wrong", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": PASSWORD, "return_url": "/"}).status_code == 429
