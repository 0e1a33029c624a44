"""The account pages read allauth's own words in every language, never a guess of the project's.

The project's catalogues are consulted before allauth's, and once made the sign-up page read "Log
in" and "Remember Me" read "member profile" in ten languages. The expected words come from allauth's
catalogues as installed; Albanian, which allauth lacks, comes from the project's catalogue and must
at least tell signing up from signing in.
"""

from django.conf import settings

import polib
import pytest
from bs4 import BeautifulSoup

from tests.library_catalogues import ROOT, catalogue_views, library_translations

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _allauth_wording(language, msgid):
    """allauth's translation of `msgid`; for a language allauth lacks, the accounts app's own."""
    if language == settings.LANGUAGE_CODE:
        return msgid
    library, text = library_translations(catalogue_views(language)[0]).get((None, msgid), (None, None))
    if library:
        return text
    catalogue = polib.pofile(str(ROOT / "accounts" / "locale" / language / "LC_MESSAGES" / "django.po"))
    entry = catalogue.find(msgid)
    assert entry and entry.msgstr, f"neither allauth nor the accounts app translates {msgid!r} into {language}"
    return entry.msgstr


def _page(client, language, name):
    response = client.get(f"/{language}/accounts/{name}/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _text(element):
    return " ".join(element.get_text().split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_up_page_says_sign_up_in_its_heading_title_and_button(client, home_page, language):
    page = _page(client, language, "signup")
    sign_up = _allauth_wording(language, "Sign Up")
    assert sign_up != _allauth_wording(language, "Sign In")

    form = page.find("main").find("form", action=f"/{language}/accounts/signup/")
    assert _text(page.find("main").find("h1")) == sign_up
    assert _text(form.find("button", type="submit")) == sign_up
    assert _text(page.find("title")).startswith(_allauth_wording(language, "Signup"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_login_page_says_sign_in_and_remember_me_in_allauths_words(client, home_page, language):
    page = _page(client, language, "login")

    assert _text(page.find("main").find("h1")) == _allauth_wording(language, "Sign In")
    remember = page.find("label", attrs={"for": "id_remember"})
    assert _text(remember).rstrip(":") == _allauth_wording(language, "Remember Me")
