"""The language a text is written in, for what carries no language of its own: forum posts.

Pages have a locale; a forum post is whatever its author wrote. Lingua (`lingua-language-detector`)
tells the language from the text itself, offline: its models are compiled into the package. It chooses
only among the site's languages, and takes a hint (the author's language) where the text cannot
decide: too short, or two languages close (see `detect_languages`).

Serbian written in Latin letters comes back as Croatian (Lingua's Serbian is the Cyrillic one). It does
not matter to the search: the two analysers are the same (`serbian_normalization` folds both scripts to
one form), so such a post is found by the same words either way; only the language name shown beside it
differs.
"""

import functools
import re

from django.conf import settings

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

# Detection reads at most this many characters. From about 120 letters on, Lingua judges by trigrams
# alone (its fast path), and more text costs more time without changing the answer.
SAMPLE_LENGTH = 200
# Below this many letters (a word or two: "Thanks!", "+1"), the hint decides.
MIN_LETTERS = 10
# The hint wins when the text gives it at least this share of the likeliest language's confidence:
# short texts often leave two related languages close ("Hvala lepa": Slovenian 0.59, Croatian 0.40).
HINT_SHARE = 0.5
# Quoted lines (Markdown "> ") are someone else's words, and addresses are no language at all.
NOT_THE_AUTHORS_WORDS = re.compile(r"^[ \t]*>.*$|\bhttps?://\S+|\bwww\.\S+", re.MULTILINE)


@functools.cache
def _detector():
    """The detector of the site's languages (built once per process) and {Lingua language: site code}."""
    codes = {}
    for code, _name in settings.LANGUAGES:
        iso_code = getattr(IsoCode639_1, code.upper(), None)
        if iso_code is not None:  # a site language Lingua does not know is reached through the hint alone
            codes[Language.from_iso_code_639_1(iso_code)] = code
    return LanguageDetectorBuilder.from_languages(*codes).build(), codes


def sample(text):
    """The part of `text` that detection reads: the author's own words, at most SAMPLE_LENGTH characters."""
    return NOT_THE_AUTHORS_WORDS.sub(" ", text)[:SAMPLE_LENGTH]


def detect_languages(texts, hints):
    """The language code of each text (a code of settings.LANGUAGES), given a hint for each.

    The hint is taken when the text has fewer than MIN_LETTERS letters, when it is in no language of the
    site, and when the text gives the hint at least HINT_SHARE of the likeliest language's confidence.
    The texts are judged in one call, on every core.
    """
    detector, codes = _detector()
    samples = [sample(text) for text in texts]
    judged = [i for i, text in enumerate(samples) if sum(char.isalpha() for char in text) >= MIN_LETTERS]
    languages = list(hints)
    confidences = detector.compute_language_confidence_values_in_parallel([samples[i] for i in judged])
    for i, values in zip(judged, confidences, strict=True):
        languages[i] = _choose({codes[value.language]: value.value for value in values}, hints[i])
    return languages


def _choose(confidences, hint):
    best = max(confidences.values())
    if confidences.get(hint, 0) >= HINT_SHARE * best:  # so also when no language of the site fits (best 0)
        return hint
    return max(confidences, key=confidences.get)
