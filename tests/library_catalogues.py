"""The translations that installed libraries (Django, Wagtail, allauth, machina …) ship.

Django merges the catalogues of every installed app: an app listed earlier in INSTALLED_APPS wins
over one listed later, Django's own catalogue comes last, and the project's catalogues (LOCALE_PATHS
and the project's apps) win over all of them. `library_translations(locale_names)` returns, for each
(msgctxt, msgid), the text the libraries alone would show, so a test can compare the project's
catalogues with it.
"""

import functools
import gettext
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.utils.translation import to_locale

import polib

ROOT = Path(__file__).resolve().parent.parent


def _admin_locale(language):
    """The locale the Wagtail admin activates for `language` (sk_SK and hr_HR, where Wagtail ships those)."""
    codes = [code for code, _name in settings.LANGUAGES]
    admin_codes = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
    return to_locale(admin_codes[codes.index(language)])


def _gettext_locales(locale_name):
    """The folders Python's gettext reads for a locale, most specific first: `sl` also reads `sl_SI`."""
    return tuple(name for name in gettext._expand_lang(locale_name) if "." not in name and "@" not in name)


def catalogue_views(language):
    """The lists of locale folders Django reads for `language`, most specific first.

    Python's gettext reads a language's country variant before it: the site's `sl` reads machina's
    `sl_SI`, `ro` its `ro_RO`, `sk` Wagtail's `sk_SK`. The admin activates the variant Wagtail ships
    (`sk-sk`) where it differs from the site's language. Never read: variants of another script, such
    as Django's Latin-script sr_Latn (the site's Serbian is Cyrillic, like Django's sr).
    """
    site = _gettext_locales(to_locale(language))
    admin = tuple(dict.fromkeys((*_gettext_locales(_admin_locale(language)), *site)))
    return [site] if admin == site else [site, admin]


def library_locale_directories():
    """Installed libraries' locale directories, the one whose translation Django uses first."""
    directories = []
    for app_config in apps.get_app_configs():
        path = Path(app_config.path)
        installed = not path.is_relative_to(ROOT) or ".venv" in path.relative_to(ROOT).parts
        if installed and (path / "locale").is_dir() and path / "locale" not in directories:
            directories.append(path / "locale")
    directories.append(Path(django.__file__).parent / "conf" / "locale")
    return directories


def library_name(directory):
    """A readable name for a library's locale directory: "allauth", "wagtail/admin", "django/conf" …"""
    parts = directory.parent.parts
    return "/".join(parts[parts.index("site-packages") + 1 :]) if "site-packages" in parts else str(directory)


def entry_text(entry):
    """The translation of an entry: its msgstr, or the tuple of its plural forms."""
    if entry.msgid_plural:
        return tuple(text for _index, text in sorted(entry.msgstr_plural.items()))
    return entry.msgstr


def is_translated(entry):
    text = entry_text(entry)
    return all(text) if isinstance(text, tuple) else bool(text)


def _load(directory, locale_names):
    """The library's catalogue for the first of `locale_names` it has (its .po, or its .mo), or None."""
    for locale_name in locale_names:
        messages = directory / locale_name / "LC_MESSAGES"
        if (messages / "django.po").is_file():
            return polib.pofile(str(messages / "django.po"))
        if (messages / "django.mo").is_file():
            return polib.mofile(str(messages / "django.mo"))
    return None


@functools.cache
def library_translations(locale_names):
    """{(msgctxt, msgid): (library, text)}: what the libraries alone show for these locale folders."""
    translations = {}
    for directory in library_locale_directories():
        for entry in _load(directory, locale_names) or ():
            if entry.obsolete or "fuzzy" in entry.flags or not is_translated(entry):
                continue
            translations.setdefault((entry.msgctxt, entry.msgid), (library_name(directory), entry_text(entry)))
    return translations


def library_translation(language, msgid, msgctxt=None):
    """The libraries' translation of one message on the site in `language` (AssertionError if none has it)."""
    site = catalogue_views(language)[0]
    found = library_translations(site).get((msgctxt, msgid))
    assert found, f"no installed library translates {msgid!r} into {language}"
    return found[1]
