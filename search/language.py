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

# Detection reads at most this many characters: its time grows with the text (0.04 ms a post for 60
# characters, 0.06 ms for 100, 0.11 ms for 200), and a sentence or two tells the language as well as a page.
SAMPLE_LENGTH = 100
# Below this many letters (a word or two: "Thanks!", "+1"), the hint decides.
MIN_LETTERS = 10
# The hint wins when the text gives it at least this share of the likeliest language's confidence:
# short texts often leave two related languages close ("Hvala za odgovor": Slovenian 0.51, Croatian 0.49).
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
    # Low accuracy mode: trigram models only, some 45 MB in memory and loaded in a fraction of a second,
    # where the full models take 350 MB and seconds to load. It judges texts of more than 120 characters
    # alike; shorter ones it gets wrong more often (7 % against 2 % at 20 to 30 letters), which the hint
    # makes up for in part.
    return LanguageDetectorBuilder.from_languages(*codes).with_low_accuracy_mode().build(), codes


def sample(text):
    """The part of `text` that detection reads: the author's own words, at most SAMPLE_LENGTH characters."""
    if ">" in text or "://" in text or "www." in text:  # most posts have neither: no need to scan them
        text = NOT_THE_AUTHORS_WORDS.sub(" ", text)
    return text[:SAMPLE_LENGTH]


def detect_languages(texts, hints):
    """The language code of each text (a code of settings.LANGUAGES), given a hint for each.

    The hint is taken when the text has fewer than MIN_LETTERS letters, when it is in no language of the
    site, and when the text gives the hint at least HINT_SHARE of the likeliest language's confidence.
    The texts are judged in one call, on every core.
    """
    detector, codes = _detector()
    samples = [sample(text) for text in texts]
    judged = [i for i, text in enumerate(samples) if sum(map(str.isalpha, text)) >= MIN_LETTERS]
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
