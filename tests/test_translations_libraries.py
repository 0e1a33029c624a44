"""The project's catalogues never replace a library's translation by accident.

Django consults the project's catalogues before those of the installed libraries, so a msgid that
allauth, machina, Wagtail, wagtail-localize or Django already translate, translated again by the
project, replaces the library's text everywhere the library shows it. That is how the sign-up page
came to read "Log in" and "Remember Me" to read "member profile" in ten languages. A project
translation of such a msgid must therefore be the library's own text; a string the project uses in
another sense gets a msgctxt of its own instead. The few deliberate exceptions are listed below,
each with its reason.
"""

import shutil
from pathlib import Path

from django.conf import settings
from django.utils.translation import to_locale

import machina
import pytest

from forums.machina_strings import MACHINA_STRINGS
from tests.library_catalogues import catalogue_views, entry_text, is_translated, library_translations
from tests.test_translations_complete import (
    ROOT,
    TRANSLATED_LANGUAGES,
    _load,
    _locale_directories,
    _name,
    extract_messages,
)

# (msgid, language): why the project's translation differs from the library's on purpose: the
# library's text is wrong where the project shows it, or two libraries disagree (the site and the
# admin read different ones). The project's text then also replaces the library's on its own pages.
ALLOWED = {
    ("%(counter)s result", "bg"): "after a number Bulgarian uses the count form 'резултата' (Django: 'резултати')",
    ("%(counter)s post found", "hu"): "machina's text has no space after the number",
    ('<strong>Note:</strong> you can still <a href="%(email_url)s">change your email address</a>.', "el"): (
        "allauth leaves 'Note:' in English and lacks the 'να' its verb needs"
    ),
    ("Apply filters", "hr"): "Wagtail misspells 'Primijeni' as 'Primjeni'",
    ("Breadcrumb", "de"): "Wagtail leaves it in English",
    ("Breadcrumb", "it"): "Wagtail leaves it in English",
    ("Comment", "it"): "Wagtail's 'Commenta' is a verb (its button); machina's field is a file's comment, a noun",
    ("Content", "el"): "wagtail-localize's 'Περιεχομενο' lacks its accent",
    ("Content type", "hu"): "wagtail-localize misspells 'típusa' as 'tipusa'",
    ("Croatia", "ro"): "django-countries writes ţ with a cedilla; Romanian uses ț, as our other country names",
    ("name", "hr"): "Django's 'ime' (the site) and Wagtail's 'naziv' (the admin) differ; a partner's name is 'naziv'",
    ("name", "sk"): "Django's 'meno' (the site) and Wagtail's 'názov' (the admin) differ; a partner's name is 'názov'",
    ("Next", "sk"): "Wagtail misspells 'Nasledujúca' as 'Následujúca'",
    ("Page", "sk"): "Wagtail's 'Stránk' is a genitive plural, not 'page'",
    ("Results", "hu"): "machina's 'Találatok' means search hits, not the results of a poll",
    ("Search", "sk"): "Django's noun 'Vyhľadávanie' (site) and Wagtail's verb 'Hľadať' (admin) differ",
    ("Status", "sk"): "wagtail-localize's 'Postavenie' means one's standing, not a state",
    ("Submit", "hr"): "wagtail-localize's 'Prevedi' means 'Translate'",
    ("Title", "sk"): "Wagtail's 'Titulok' is a caption; a document's title is 'Názov'",
    ("Topic review", "hu"): "machina's 'Téma ellenőrzése' means inspecting the topic; the heading shows its last posts",
    ("Up to <b>%(max_options)s</b> options may be selected", "hu"): "machina misspells 'Legfeljebb'",
    ("View results", "hu"): "machina's 'Találatok' means search hits, not the results of a poll",
}

# (library, language): a library catalogue the project re-translates as a whole, and why.
ALLOWED_LIBRARIES = {
    # machina's German catalogue addresses members as "du", unlike the forum's own pages and the
    # rest of the site, and it mistranslates ("Diese Thema", "Dieses Thema wurde erfolgreich
    # bearbeitet" for a changed topic type); forums/locale/de translates machina's strings with "Sie".
    ("machina", "de"): "informal register and mistranslations",
    # machina's Slovenian (sl_SI, which Python's gettext reads for the site's sl) mistranslates and
    # misspells ("Res želite zakleniti to objavo?" locks a post, not a topic; "Dovolote");
    # forums/locale/sl translates machina's strings anew.
    ("machina", "sl"): "mistranslations and misspellings",
}


def _project_catalogues(language):
    return [directory / language / "LC_MESSAGES" / "django.po" for directory in _locale_directories()]


def _project_entries(language):
    """(path, entry) for every translated entry of the project's catalogues in `language`."""
    for path in _project_catalogues(language):
        if path.is_file():
            for entry in _load(path):
                if not entry.obsolete and is_translated(entry):
                    yield path, entry


def _is_allowed(entry, language, library):
    return (entry.msgid, language) in ALLOWED or (library.split("/")[0], language) in ALLOWED_LIBRARIES


def _overrides(language):
    """Project entries whose translation differs from the one a library ships, on the site or in the admin."""
    found = {}
    for view in catalogue_views(language):
        libraries = library_translations(view)
        for path, entry in _project_entries(language):
            library, text = libraries.get((entry.msgctxt, entry.msgid), (None, None))
            if library and entry_text(entry) != text and not _is_allowed(entry, language, library):
                found.setdefault((path, entry.linenum), (path, entry, f"{library} ({view[0]})", text))
    return list(found.values())


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_project_translates_a_library_message_only_as_the_library_does(language):
    overrides = _overrides(language)
    assert not overrides, f"{len(overrides)} project translations replace a library's in {language}:\n" + "\n".join(
        f"  {_name(path)}:{entry.linenum}  "
        f"{'[' + entry.msgctxt + '] ' if entry.msgctxt else ''}{entry.msgid!r}: {entry_text(entry)!r}, "
        f"{library} has {text!r}"
        for path, entry, library, text in overrides
    )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_message_of_the_project_is_translated_by_the_project_or_a_library(language):
    # The English catalogues list every message of the project's code and templates. A message the
    # project leaves to a library must be in a library catalogue the site reads: Wagtail's sk_SK and
    # hr_HR serve only the admin, and allauth and machina lack some of our languages.
    source = to_locale(settings.LANGUAGE_CODE)
    translated = {(entry.msgctxt, entry.msgid) for _path, entry in _project_entries(language)}
    translated |= set(library_translations(catalogue_views(language)[0]))
    missing = [
        f"  {_name(path)}:{entry.linenum}  {entry.msgid!r}"
        for path in _project_catalogues(source)
        if path.is_file()
        for entry in _load(path)
        if not entry.obsolete and entry.msgid and (entry.msgctxt, entry.msgid) not in translated
    ]
    assert not missing, f"{len(missing)} messages nobody translates into {language}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_machina_message_the_forum_shows_is_translated(language):
    # forums/machina_strings.py lists machina's messages that our forum pages show; each must be in the
    # forums catalogue (run `make messages` after adding one) and translated by it or by machina.
    source = _load(ROOT / "forums" / "locale" / to_locale(settings.LANGUAGE_CODE) / "LC_MESSAGES" / "django.po")
    listed = {entry.msgid for entry in source if not entry.obsolete}
    translated = {entry.msgid for _path, entry in _project_entries(language) if entry.msgctxt is None}
    translated |= {msgid for msgctxt, msgid in library_translations(catalogue_views(language)[0]) if msgctxt is None}
    missing = [msgid for msgid in MACHINA_STRINGS if msgid not in listed or msgid not in translated]
    assert not missing, f"{len(missing)} of machina's forum messages untranslated in {language}: {missing}"


# machina's templates that no forum page renders, each with the reason.
UNRENDERED_MACHINA_TEMPLATES = {
    "_base.html": "our board_base.html extends the site's base.html",
    "forum_search": "machina's search is not routed: forum posts are in the site search",
    "forum_feeds": "machina's feeds are not routed",
    "forum_conversation/partials/topic_form.html": "our topic_create.html and topic_update.html use post_form.html",
}


def test_every_message_of_the_machina_templates_the_forum_renders_unchanged_is_listed(tmp_path):
    # The templates machina ships and we do not override are read from machina's installation, so
    # `make messages` does not see them; their messages reach forums/locale through MACHINA_STRINGS.
    installed = Path(machina.__file__).parent / "templates" / "machina"
    ours = ROOT / "forums" / "templates" / "machina"
    rendered = [
        path.relative_to(installed)
        for path in sorted(installed.rglob("*.html"))
        if not (ours / path.relative_to(installed)).is_file()
        and not any(path.relative_to(installed).is_relative_to(name) for name in UNRENDERED_MACHINA_TEMPLATES)
    ]
    assert rendered, "no template of machina is rendered as it ships: is the check still needed?"
    for relative in rendered:
        (tmp_path / "templates" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(installed / relative, tmp_path / "templates" / relative)
    messages = extract_messages(tmp_path)
    assert messages, f"no message extracted from {[str(path) for path in rendered]}"
    missing = sorted(msgid for msgctxt, msgid in messages if msgctxt is not None or msgid not in MACHINA_STRINGS)
    assert not missing, (
        f"messages of machina's templates {[str(p) for p in rendered]} missing from MACHINA_STRINGS: {missing}"
    )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_project_translates_each_message_alike_in_all_its_catalogues(language):
    # Django merges the project's catalogues too: of two translations of one msgid, one silently wins
    # everywhere (LOCALE_PATHS, then the app listed first), so the other misleads whoever edits it.
    first = {}
    differing = []
    for path, entry in _project_entries(language):
        key = (entry.msgctxt, entry.msgid)
        first.setdefault(key, (path, entry_text(entry)))
        other_path, other_text = first[key]
        if entry_text(entry) != other_text:
            where = f"{_name(path)}:{entry.linenum}"
            differing.append(f"  {entry.msgid!r}: {_name(other_path)} {other_text!r}, {where} {entry_text(entry)!r}")
    assert not differing, f"{len(differing)} messages translated differently in {language}:\n" + "\n".join(differing)


def test_every_allowed_exception_is_still_needed():
    stale = []
    for msgid, language in ALLOWED:
        keys = {key for view in catalogue_views(language) for key in library_translations(view)}
        if not any(entry.msgid == msgid and (entry.msgctxt, msgid) in keys for _p, entry in _project_entries(language)):
            stale.append((msgid, language))
    assert not stale, f"allowed exceptions that no longer override anything: {stale}"
