"""Every gettext catalogue of the project is complete in every language the site offers.

A visitor reading the site in Greek or Slovak must never meet an English string that merely lacks
its translation, a guess left marked fuzzy, or a placeholder that breaks when the text is rendered.
English is the source language: its catalogue stays empty and falls back to the msgids.

Catalogues are found in the project's `locale/` and in every app's own `<app>/locale/`, so a new
app's strings are checked as soon as its catalogues exist.
"""

import contextlib
import os
import re
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import to_locale

import polib
import pytest

from tests.library_catalogues import catalogue_views, library_translations

ROOT = Path(__file__).resolve().parent.parent
# Never part of the project's own translations (the same directories `make messages` ignores).
IGNORED_DIRECTORIES = {".venv", "node_modules", "var"}
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# %(name)s, %s, %d … (python-format) and {name}, {0}, {} (python-brace-format); %% is a literal percent sign.
PERCENT_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa]")
BRACE_PLACEHOLDER = re.compile(r"\{[\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def _locale_directories():
    """Every gettext locale directory below the project root: a `locale` folder holding `<lang>/LC_MESSAGES`."""
    found = []
    for dirpath, dirnames, _filenames in os.walk(ROOT):
        dirnames[:] = sorted(name for name in dirnames if name not in IGNORED_DIRECTORIES and not name.startswith("."))
        path = Path(dirpath)
        if path.name == "locale" and any(path.glob("*/LC_MESSAGES")):
            found.append(path)
            dirnames[:] = []
    return found


def _expected_catalogues():
    """Each domain (django, djangojs) found in a locale directory, for every translated language."""
    expected = []
    for directory in _locale_directories():
        domains = sorted({po.stem for po in directory.glob("*/LC_MESSAGES/*.po")})
        for domain in domains:
            for language in TRANSLATED_LANGUAGES:
                expected.append(directory / to_locale(language) / "LC_MESSAGES" / f"{domain}.po")
    return expected


EXPECTED_CATALOGUES = _expected_catalogues()
EXISTING_CATALOGUES = [path for path in EXPECTED_CATALOGUES if path.is_file()]


def extract_messages(directory):
    """{(msgctxt, msgid)} that `makemessages` (as `make messages` runs it) extracts from the files below `directory`.

    `directory` is a scratch directory: the English catalogue is written into its own `locale/`.
    """
    catalogue = directory / "locale" / "en" / "LC_MESSAGES" / "django.po"
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    with override_settings(LOCALE_PATHS=[]), contextlib.chdir(directory):
        call_command("makemessages", locale=["en"], no_obsolete=True, verbosity=0)
    return {(entry.msgctxt, entry.msgid) for entry in _entries(_load(catalogue))} if catalogue.is_file() else set()


def _name(path):
    return str(path.relative_to(ROOT))


def _load(path):
    return polib.pofile(str(path), wrapwidth=0)


def _entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def _describe(path, entry, detail=""):
    where = f"{_name(path)}:{entry.linenum}"
    return f"  {where}  msgid {entry.msgid!r}{'  ' + detail if detail else ''}"


def _report(problem, path, lines):
    return f"{problem} in {_name(path)} ({len(lines)}):\n" + "\n".join(lines)


def _plural_count(catalogue):
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def _translations(entry):
    """(label, text) for every translation of an entry: msgstr, or msgstr[0], msgstr[1] …"""
    if entry.msgid_plural:
        return [(f"msgstr[{index}]", text) for index, text in sorted(entry.msgstr_plural.items())]
    return [("msgstr", entry.msgstr)]


def _placeholders(text, entry):
    """The placeholders in `text`, counted; which kinds count depends on the entry's format flags."""
    text = text.replace("%%", "")
    found = Counter()
    if "python-format" in entry.flags or "%(" in entry.msgid:
        found.update(PERCENT_PLACEHOLDER.findall(text))
    if "python-brace-format" in entry.flags or BRACE_PLACEHOLDER.search(entry.msgid):
        found.update(BRACE_PLACEHOLDER.findall(text))
    return found


def _is_named(placeholder):
    return placeholder.startswith("%(") or (placeholder.startswith("{") and placeholder != "{}")


def _placeholder_problem(entry, text):
    """Why the placeholders of a translation do not fit its source, or "" if they do.

    Named placeholders may move but must be kept; in plural forms only those that both English forms
    use (a translation may say "one item" where English has only "%(counter)s items"). Positional ones
    (%s, {}) must keep their number, as Python fills them in order.
    """
    sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
    source_counts = [_placeholders(source, entry) for source in sources]
    translated = _placeholders(text, entry)
    known = {p for counts in source_counts for p in counts if _is_named(p)}
    named = {p for p in translated if _is_named(p)}
    problems = []
    if named - known:
        problems.append(f"unknown {sorted(named - known)}")
    required = set.intersection(*({p for p in counts if _is_named(p)} for counts in source_counts))
    if required - named:
        problems.append(f"missing {sorted(required - named)}")
    positional = Counter({p: n for p, n in translated.items() if not _is_named(p)})
    expected = Counter({p: n for p, n in source_counts[-1].items() if not _is_named(p)})
    if positional != expected:
        problems.append(f"positional {sorted(positional.elements())}, source {sorted(expected.elements())}")
    return "; ".join(problems)


def test_the_project_has_catalogues_for_every_translated_language():
    assert TRANSLATED_LANGUAGES, "settings.LANGUAGES lists no language besides the source language"
    assert any(path.parent.parent.parent == ROOT / "locale" for path in EXPECTED_CATALOGUES), (
        "no catalogue found in the project's locale/ directory"
    )


@pytest.mark.parametrize("path", EXPECTED_CATALOGUES, ids=_name)
def test_every_catalogue_exists_in_every_translated_language(path):
    assert path.is_file(), (
        f"{_name(path)} is missing: {path.parent.parent.parent.relative_to(ROOT)}/ has a {path.stem} catalogue "
        f"in other languages, so it needs one for {path.parent.parent.name} too (run makemessages for it)"
    )


@pytest.mark.parametrize("path", EXISTING_CATALOGUES, ids=_name)
def test_every_entry_is_translated_in_all_plural_forms(path):
    catalogue = _load(path)
    plural_count = _plural_count(catalogue)
    # An empty entry is left out of the compiled catalogue, so a library's translation of it applies
    # (makemessages adds such entries for library strings our code lists, e.g. accounts/allauth_strings.py).
    translated_by_libraries = library_translations(catalogue_views(path.parent.parent.name)[0])
    missing = []
    for entry in _entries(catalogue):
        if (entry.msgctxt, entry.msgid) in translated_by_libraries:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(index, "") for index in range(plural_count)]
            empty = [f"msgstr[{index}]" for index, text in enumerate(forms) if not text]
            if empty:
                missing.append(_describe(path, entry, "empty: " + ", ".join(empty)))
        elif not entry.msgstr:
            missing.append(_describe(path, entry))
    assert not missing, _report("untranslated entries", path, missing)


@pytest.mark.parametrize("path", EXISTING_CATALOGUES, ids=_name)
def test_no_entry_is_left_fuzzy(path):
    # Only entries count: msgfmt keeps a header marked fuzzy (as makemessages writes it) and Django uses it.
    fuzzy = [_describe(path, entry) for entry in _entries(_load(path)) if entry.fuzzy]
    assert not fuzzy, _report("fuzzy entries", path, fuzzy)


@pytest.mark.parametrize("path", EXISTING_CATALOGUES, ids=_name)
def test_placeholders_in_translations_match_the_source(path):
    mismatched = []
    for entry in _entries(_load(path)):
        for label, text in _translations(entry):
            problem = text and _placeholder_problem(entry, text)  # an empty text is reported as untranslated
            if problem:
                mismatched.append(_describe(path, entry, f"{label}: {problem}"))
    assert not mismatched, _report("entries whose placeholders differ from the source", path, mismatched)


@pytest.mark.parametrize("path", EXISTING_CATALOGUES, ids=_name)
def test_html_in_translations_matches_the_source(path):
    catalogue = _load(path)
    mismatched = []
    for entry in _entries(catalogue):
        source = Counter(HTML_TAG.findall(entry.msgid_plural or entry.msgid))
        for label, text in _translations(entry):
            if text and Counter(HTML_TAG.findall(text)) != source:
                mismatched.append(_describe(path, entry, f"{label} has tags {sorted(HTML_TAG.findall(text))}"))
    assert not mismatched, _report("entries whose HTML differs from the source", path, mismatched)
