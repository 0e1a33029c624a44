"""Per-language analysis: one index per content language, each with its own analyser.

Wagtail's search backends have no language-aware fields (wagtail#1177), so the site
search keeps one index per language (`<prefix>-site-<lang>`, an alias over a
timestamped index) whose default analyser is that language's. A query sent to all
indexes at once is analysed by each index's own analyser, so a Bulgarian query
is stemmed by the Bulgarian analyser in the Bulgarian index, and English text that
appears untranslated in the Bulgarian site is still matched by English rules.

Choices for the languages without a built-in analyser (see docs/search.md):
- Slovak: the Czech stemmer (closest related language with a stemmer in Lucene).
- Slovenian, Croatian, Serbian: no stemmer or hunspell dictionary is available in the
  engine, so tokens are cut to their first six letters (prefix truncation, a known
  cheap substitute for stemming in Slavic languages) on top of accent folding.
- Serbian and Croatian: `serbian_normalization` folds Cyrillic and Latin script
  (and č/ć/đ/š/ž) to one form, so Cyrillic queries find Latin text and vice versa.
- Albanian: lowercase and accent folding (ë → e, ç → c), and the cut to six letters
  as for the Slavic languages without a stemmer: no Albanian stemmer exists, and its
  suffixed articles (klaster, klasteri, klasterët) otherwise never meet.

Every text field also has a `.prefix` sub-field (`_prefix_filters`): the words unstemmed, cut
to a few letters. Searched with a lower weight, it finds the forms the default analyser
leaves apart; tests/search/test_recall.py measures what each language needs of it.

German and Hungarian write compounds as one word (Clusterpolitik, klaszterpolitikáról). With
SEARCH_COMPOUND_WORDS, the `.prefix` sub-field also holds the dictionary words inside each compound
(`dictionary_decompounder` with a word list from the language's hunspell dictionary, a file in the
engine's config directory: see docs/search.md), so `Politik` finds `Clusterpolitiken`, below the pages
that have the word itself. Queries are not split (the `prefix_query` analyser): `Clusterpolitik` still
asks for the whole word. Not in the stemmed field: the Hungarian stemmer takes `politika` to `polit` but
the part `politiká` (of `klaszterpolitikáról`) to `politika`; cut to six letters, both are `politi`.
"""

from django.conf import settings

LANGUAGE_FILTERS = {
    "en": ["english_possessive", "lowercase", "english_stop", "english_stemmer", "asciifolding"],
    "bg": ["lowercase", "bulgarian_stop", "bulgarian_stemmer"],
    "de": ["lowercase", "german_stop", "german_normalization", "german_stemmer", "asciifolding"],
    "el": ["greek_lowercase", "greek_stop", "greek_stemmer"],
    "hu": ["lowercase", "hungarian_stop", "hungarian_stemmer", "asciifolding"],
    "it": ["italian_elision", "lowercase", "italian_stop", "italian_stemmer", "asciifolding"],
    "ro": ["lowercase", "romanian_stop", "romanian_stemmer", "asciifolding"],
    "sk": ["lowercase", "slovak_stemmer", "asciifolding"],
    "sl": ["lowercase", "asciifolding", "prefix6"],
    "sq": ["lowercase", "asciifolding", "prefix6"],
    "hr": ["lowercase", "serbian_normalization", "asciifolding", "prefix6"],
    "sr": ["lowercase", "serbian_normalization", "asciifolding", "prefix6"],
}

FILTERS = {
    "english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "english_stop": {"type": "stop", "stopwords": "_english_"},
    "english_stemmer": {"type": "stemmer", "language": "english"},
    "bulgarian_stop": {"type": "stop", "stopwords": "_bulgarian_"},
    "bulgarian_stemmer": {"type": "stemmer", "language": "bulgarian"},
    "german_stop": {"type": "stop", "stopwords": "_german_"},
    "german_stemmer": {"type": "stemmer", "language": "light_german"},
    "greek_lowercase": {"type": "lowercase", "language": "greek"},
    "greek_stop": {"type": "stop", "stopwords": "_greek_"},
    "greek_stemmer": {"type": "stemmer", "language": "greek"},
    "hungarian_stop": {"type": "stop", "stopwords": "_hungarian_"},
    "hungarian_stemmer": {"type": "stemmer", "language": "hungarian"},
    "italian_elision": {
        "type": "elision",
        "articles": [
            "c",
            "l",
            "all",
            "dall",
            "dell",
            "nell",
            "sull",
            "coll",
            "pell",
            "gl",
            "agl",
            "dagl",
            "degl",
            "negl",
            "sugl",
            "un",
            "m",
            "t",
            "s",
            "v",
            "d",
        ],
        "articles_case": True,
    },
    "italian_stop": {"type": "stop", "stopwords": "_italian_"},
    "italian_stemmer": {"type": "stemmer", "language": "light_italian"},
    "romanian_stop": {"type": "stop", "stopwords": "_romanian_"},
    "romanian_stemmer": {"type": "stemmer", "language": "romanian"},
    "slovak_stemmer": {"type": "stemmer", "language": "czech"},
    "prefix6": {"type": "truncate", "length": 6},
    "prefix5": {"type": "truncate", "length": 5},
    "autocomplete_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
}


# The word lists scripts/search_server.py writes into the engine's config directory.
COMPOUND_WORD_LISTS = {"de": "analysis/de_words.txt", "hu": "analysis/hu_words.txt"}


def _compound_filters(language):
    """The filter splitting compounds, for the languages that have a word list, when the engine has them."""
    if not settings.SEARCH_COMPOUND_WORDS or language not in COMPOUND_WORD_LISTS:
        return {}
    return {
        "compound_parts": {
            "type": "dictionary_decompounder",
            "word_list_path": COMPOUND_WORD_LISTS[language],
            # Parts of four letters or more, the longest at each place: shorter ones are mostly noise.
            "min_subword_size": 4,
            "only_longest_match": True,
        }
    }


def _folding_filters(language):
    """Lowercase and accent folding only (no stemming): exact-ish matches and autocomplete."""
    if language == "el":
        return ["greek_lowercase"]
    if language in ("sr", "hr"):
        return ["lowercase", "serbian_normalization", "asciifolding"]
    return ["lowercase", "asciifolding"]


def _prefix_filters(language, compounds=True):
    """The language's own filters without its stemmer, then the first six letters of each word (five
    where the default analyser already cuts at six).

    A looser match than the default analyser's, searched with a lower weight: it finds the forms a
    stemmer leaves apart (bg клъстер/клъстери, el καινοτομία/καινοτομίας, hu klaszterpolitika/
    klaszterpolitikák, ro cluster/clustere, de Südosteuropa/Südosteuropas) and the short stems a cut at
    six letters misses (sl grozd/grozdov, hr/sr Europa/Europe, sq Evropa/Evropës). Stop words stay out.
    `compounds`: with the parts of German and Hungarian compounds (for the text, not for queries).
    """
    own = [f for f in LANGUAGE_FILTERS[language] if not f.endswith("_stemmer") and not f.startswith("prefix")]
    if compounds and _compound_filters(language):
        # After lowercasing, before the accents go: the word lists are lower case words as written.
        own.insert(own.index("lowercase") + 1, "compound_parts")
    folding = [] if language == "el" or "asciifolding" in own else ["asciifolding"]
    cut = "prefix5" if "prefix6" in LANGUAGE_FILTERS[language] else "prefix6"
    return [*own, *folding, cut]


def index_settings(language):
    folding = _folding_filters(language)
    return {
        "settings": {
            "index": {
                "number_of_shards": 1,
                # 0 on one server; 1 on a cluster, so that every index survives the loss of a node.
                "number_of_replicas": settings.SEARCH_REPLICAS,
                "max_result_window": 10_000,
            },
            "analysis": {
                "filter": {**FILTERS, **_compound_filters(language)},
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": LANGUAGE_FILTERS[language]},
                    "folded": {"type": "custom", "tokenizer": "standard", "filter": folding},
                    "prefix": {"type": "custom", "tokenizer": "standard", "filter": _prefix_filters(language)},
                    "prefix_query": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": _prefix_filters(language, compounds=False),
                    },
                    "autocomplete": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*folding, "autocomplete_ngram"],
                    },
                },
            },
        },
        "mappings": MAPPINGS,
    }


PREFIX_FIELD = {"type": "text", "analyzer": "prefix", "search_analyzer": "prefix_query"}


def _text():
    # Offsets in the postings: highlighting reads them instead of analysing each hit's text again.
    return {
        "type": "text",
        "analyzer": "default",
        "index_options": "offsets",
        "fields": {"folded": {"type": "text", "analyzer": "folded"}, "prefix": PREFIX_FIELD},
    }


MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "kind": {"type": "keyword"},
        "object_id": {"type": "integer"},
        "content_type": {"type": "keyword"},
        "locale": {"type": "keyword"},
        "language": {"type": "keyword"},
        "untranslated": {"type": "boolean"},
        "fallback_for": {"type": "keyword"},
        "audience": {"type": "keyword"},
        "translation_key": {"type": "keyword"},
        "title": {
            "type": "text",
            "analyzer": "default",
            "fields": {
                "folded": {"type": "text", "analyzer": "folded"},
                "prefix": PREFIX_FIELD,
                "suggest": {"type": "text", "analyzer": "autocomplete", "search_analyzer": "folded"},
                "raw": {"type": "keyword", "ignore_above": 256},
            },
        },
        "introduction": _text(),
        "body": _text(),
        "document_text": _text(),
        "thematic_areas": {"type": "keyword"},
        "work_package": {"type": "keyword"},
        "country": {"type": "keyword"},
        "year": {"type": "integer"},
        "date": {"type": "date"},
        "url": {"type": "keyword", "index": False},
        # Where a fallback document is shown in other locales (the partner directory of each language).
        "locale_urls": {"type": "object", "enabled": False},
    },
}
