"""Registration, login, profiles, personal data and account deletion."""

import io
import json
import re

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress
from PIL import Image

from accounts.models import Profile
from accounts.services import member_display_name
from tests.factories.accounts import member

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"
LOGIN = "/en/accounts/login/"
PASSWORD = "a long and unusual passphrase 42"


def _signup(client, email, language="en", **extra):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD, "display_name": "Ana Petrova", **extra}
    return client.post(f"/{language}/accounts/signup/", data)


def _png(size=(32, 32)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#134a80").save(buffer, "PNG")
    return buffer.getvalue()


def test_account_pages_live_under_the_language_prefix_and_use_the_site_layout(client, home_page):
    for language in ["en", "bg", "sr"]:
        response = client.get(f"/{language}/accounts/login/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert 'class="site-header"' in html
        assert 'name="robots" content="noindex"' in html
    from django.utils import translation

    with translation.override("hu"):
        assert reverse("account_signup") == "/hu/accounts/signup/"


def test_signup_sends_a_confirmation_link_in_the_visitors_language_and_login_waits_for_it(
    client, home_page, smtp, settings
):
    response = _signup(client, "ana@example.org", language="bg")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="ana@example.org")
    assert user.profile.display_name == "Ana Petrova"
    assert user.profile.preferred_language == "bg"

    (message,) = smtp.to("ana@example.org")
    body = message.get_body(("plain",)).get_content()
    assert "/bg/accounts/confirm-email/" in body
    link = re.search(r"http://\S+/bg/accounts/confirm-email/\S+/", body).group(0)

    client.logout()
    response = client.post(LOGIN, {"login": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]  # verification pending, not logged in
    assert "_auth_user_id" not in client.session

    path = link.split("localhost", 1)[-1] if "localhost" in link else link.split("testserver", 1)[-1]
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="ana@example.org").verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_with_a_registered_address_looks_the_same_as_a_new_one(client, home_page, smtp):
    existing = member()
    new = _signup(client, "nobody@example.org")
    client.logout()
    again = _signup(client, existing.email)
    assert new.status_code == again.status_code == 302
    assert new["Location"] == again["Location"]
    assert get_user_model().objects.filter(email=existing.email).count() == 1
    # The owner of the address is told that someone tried, instead of the visitor.
    assert len(smtp.to(existing.email)) == 1


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client, home_page, smtp):
    existing = member()
    known = client.post("/en/accounts/password/reset/", {"email": existing.email})
    unknown = client.post("/en/accounts/password/reset/", {"email": "stranger@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_a_bot_filling_the_honeypot_gets_no_account(client, home_page, smtp):
    response = _signup(client, "bot@example.org", homepage="http://spam.example")
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email="bot@example.org").exists()
    assert smtp.to("bot@example.org") == []


def test_signup_is_rate_limited_per_address_of_the_visitor(client, home_page, smtp):
    statuses = [_signup(client, f"person{n}@example.org").status_code for n in range(7)]
    assert statuses[:5] == [302] * 5
    assert 429 in statuses[5:]


def test_repeated_failed_logins_are_refused_for_a_while(client, home_page):
    user = member()
    for _ in range(5):
        client.post(LOGIN, {"login": user.email, "password": "wrong"})
    response = client.post(LOGIN, {"login": user.email, "password": "correct horse battery staple"})
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_member_logs_in_by_email_and_edits_profile_with_partner_countries_first(client, home_page):
    user = member()
    response = client.post(LOGIN, {"login": user.email, "password": "correct horse battery staple"})
    assert response.status_code == 302
    page = client.get("/en/accounts/profile/").content.decode()
    options = re.findall(r'<option value="([A-Z]{2})"', page)
    assert set(options[:11]) == {"AL", "AT", "BG", "GR", "HR", "HU", "IT", "RO", "RS", "SI", "SK"}
    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": "Ivan Horvat",
            "organisation": "Croatian Agency",
            "country": "HR",
            "role": "policy_maker",
            "preferred_language": "hr",
            "bio": "Cluster policy.",
            "avatar": SimpleUploadedFile("me.png", _png(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert (profile.display_name, profile.preferred_language, profile.country.code) == ("Ivan Horvat", "hr", "HR")
    assert profile.avatar.name.startswith("avatars/")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("big.png", None, "too large"),
        ("fake.png", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "Upload a valid image"),
    ],
)
def test_profile_rejects_oversized_or_fake_pictures(client, home_page, settings, name, content, message):
    settings.ACCOUNTS_AVATAR_MAX_BYTES = 2000
    user = member()
    client.force_login(user)
    content = content or _png((600, 600)) + b"\0" * 5000
    response = client.post(
        "/en/accounts/profile/",
        {"display_name": "X", "preferred_language": "en", "avatar": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Profile.objects.get(user=user).avatar


def test_members_see_each_others_profiles_but_visitors_do_not(client, home_page):
    ana = member(display_name="Ana Petrova", bio="Works on cluster financing.")
    url = f"/en/accounts/members/{ana.pk}/"
    assert client.get(url).status_code == 302
    client.force_login(member())
    response = client.get(url)
    assert response.status_code == 200
    assert "Ana Petrova" in response.content.decode()
    assert ana.email not in response.content.decode()


def test_member_downloads_their_personal_data_as_json(client, home_page):
    user = member(display_name="Ana Petrova", organisation="BSMEPA")
    client.force_login(user)
    response = client.get("/en/accounts/data/")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["profile"]["display_name"] == "Ana Petrova"
    assert data["email_addresses"][0]["email"] == user.email


def test_deleting_an_account_erases_personal_data_and_shows_a_former_member(client, home_page):
    user = member(display_name="Ana Petrova")
    client.force_login(user)
    assert client.post("/en/accounts/delete/", {}).status_code == 200  # confirmation required
    response = client.post("/en/accounts/delete/", {"confirm": "on"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active and user.email == "" and not user.has_usable_password()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert member_display_name(user) == "former member"
    assert "_auth_user_id" not in client.session
    assert client.get(f"/en/accounts/members/{user.pk}/").status_code == 302


def test_header_shows_account_links(client, home_page):
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/login/"' in html and 'href="/en/accounts/signup/"' in html
    client.force_login(member())
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/profile/"' in html


def test_member_groups_are_created_once_for_the_admin_to_fill():
    from django.contrib.auth.models import Group

    from accounts.services import ensure_member_groups

    ensure_member_groups()
    ensure_member_groups()
    names = list(Group.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
    assert {"Partners", "Forum moderators", "WG3 coordinators"} <= set(names)


@pytest.mark.parametrize(
    ("language", "text"),
    [("sq", "Keni harruar fjalëkalimin?"), ("bg", "Забрави си паролата?"), ("sr", "Заборавили сте лозинку?")],
)
def test_allauth_pages_are_translated_even_where_allauth_ships_no_catalogue(client, home_page, language, text):
    assert text in client.get(f"/{language}/accounts/login/").content.decode()
