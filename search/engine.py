"""The search engine side of the site search: indexes, writes and queries.

Each language has an alias `<prefix>-site-<lang>` pointing at one concrete index
`<prefix>-site-<lang>-<timestamp>`; a rebuild fills new indexes and swaps all the
aliases in one request, so searches never see a half-built index.

Elasticsearch (8.x, 9.x) and OpenSearch (2.x, 3.x) are both spoken to with their own official
client, chosen by asking the server (below); every request the site makes is one both engines
understand alike, so everything above the client is the same code.
"""

import difflib
import functools
import logging
import re
import time
import unicodedata
from urllib.parse import urlsplit

from django.conf import settings

import elastic_transport
import elasticsearch
import elasticsearch.helpers
import opensearchpy
import opensearchpy.helpers
import urllib3

from .analysis import MAPPINGS, index_settings


class EngineUnreachable(Exception):
    """The server did not answer the question of which engine it is."""


# Raised for anything that keeps the engine from answering: callers fall back.
EngineError = (
    opensearchpy.exceptions.OpenSearchException,
    elasticsearch.ApiError,
    elastic_transport.TransportError,
    elasticsearch.helpers.BulkIndexError,
    EngineUnreachable,
)
_BAD_REQUEST = (opensearchpy.exceptions.RequestError, elasticsearch.BadRequestError)

logger = logging.getLogger(__name__)


def is_enabled():
    return bool(settings.SEARCH_URL)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def client(timeout=None):
    return _client(settings.SEARCH_URL, timeout or settings.SEARCH_TIMEOUT)


@functools.lru_cache(maxsize=8)
def _client(url, timeout):
    # One client (and connection pool) per address and timeout, shared by the threads of a process.
    # One retry on a connection error: a pooled connection may be stale after a server restart.
    # None on a timeout: a slow server must not double the visitor's wait.
    # Several comma-separated addresses (the nodes of a cluster): the client spreads requests over them
    # and leaves a dead node out for a while, so searches go on while one node is down.
    # Credentials go in the address (https://user:password@host:9200); SEARCH_CA_CERTS names the
    # certificate authority of a cluster whose certificate the system does not trust.
    hosts = [host.strip() for host in url.split(",") if host.strip()]
    options = {"max_retries": 1, "retry_on_timeout": False, **_tls_options()}
    if engine_of(hosts, timeout) == "elasticsearch":
        return elasticsearch.Elasticsearch([_with_scheme(host) for host in hosts], request_timeout=timeout, **options)
    # Several connections kept open, as the elasticsearch client does by default (opensearch-py keeps one, and
    # closes the others each time when threads search or a rebuild sends bulk requests side by side).
    return opensearchpy.OpenSearch(hosts, timeout=timeout, pool_maxsize=10, **options)


def engine_of(hosts, timeout):
    """ "elasticsearch" or "opensearch", as the first node that answers says.

    Elasticsearch names itself in a header of every answer (X-Elastic-Product, since 7.14); its
    clients refuse a server without it, and OpenSearch's never send it. The cluster health is
    asked because every server answers it (an Elasticsearch test node answers 405 to GET /).
    """
    pool = urllib3.PoolManager(timeout=timeout, retries=False, **_tls_options())
    problems = []
    for host in hosts:
        parts = urlsplit(_with_scheme(host))
        headers = urllib3.make_headers(basic_auth=f"{parts.username}:{parts.password or ''}") if parts.username else {}
        address = f"{parts.scheme}://{parts.hostname}:{parts.port or 9200}/_cluster/health"
        try:
            response = pool.request("GET", address, headers=headers)
        except urllib3.exceptions.HTTPError as error:
            problems.append(f"{parts.hostname}:{parts.port}: {error}")
            continue
        return "elasticsearch" if response.headers.get("X-Elastic-Product") == "Elasticsearch" else "opensearch"
    raise EngineUnreachable("; ".join(problems))


def _tls_options():
    # The same trust for the question of the engine as for the client that then speaks to it.
    return {"ca_certs": settings.SEARCH_CA_CERTS} if settings.SEARCH_CA_CERTS else {}


def _with_scheme(host):
    return host if "://" in host else "http://" + host


def _bulk(es, actions, **options):
    """The bulk helper of the client's own library, with a long time limit (a rebuild sends thousands)."""
    if isinstance(es, elasticsearch.Elasticsearch):
        return elasticsearch.helpers.bulk(es.options(request_timeout=120), actions, chunk_size=500, **options)
    return opensearchpy.helpers.bulk(es, actions, request_timeout=120, chunk_size=500, **options)


def alias_name(language):
    return f"{settings.SEARCH_INDEX_PREFIX}-site-{language}"


def all_aliases():
    return ",".join(alias_name(lang) for lang in languages())


# While a rebuild fills new indexes that nobody searches yet: no refresh every second (each one writes a small
# segment, to be merged again later), the transaction log synced in the background rather than at the end of
# every bulk request, and no replica indexing every document a second time (it is copied once at the end).
BULK_LOAD_SETTINGS = {"refresh_interval": "-1", "translog.durability": "async", "number_of_replicas": 0}


def create_indexes(es, suffix=None, bulk_load=False):
    """New concrete indexes for every language; returns {language: index name}.

    `bulk_load`: with BULK_LOAD_SETTINGS, until `finish_bulk_load`.
    """
    suffix = suffix or time.strftime("%Y%m%d%H%M%S") + f"{time.time_ns() % 1_000_000:06d}"
    names = {}
    for lang in languages():
        name = f"{alias_name(lang)}-{suffix}"
        body = index_settings(lang)
        if bulk_load:
            body["settings"]["index"].update(BULK_LOAD_SETTINGS)
        es.indices.create(index=name, body=body)
        names[lang] = name
    return names


def finish_bulk_load(es, indexes):
    """The usual settings again for indexes filled by a rebuild, their documents searchable, replicas in place."""
    names = ",".join(indexes.values())
    usual = {"refresh_interval": None, "translog.durability": None, "number_of_replicas": settings.SEARCH_REPLICAS}
    es.indices.put_settings(index=names, body={"index": usual})
    es.indices.refresh(index=names)
    if settings.SEARCH_REPLICAS:
        # The replicas copied before the swap; a cluster with fewer nodes than copies answers 408 after the
        # wait and gets its new indexes all the same (the copies follow when nodes join).
        health = {"index": names, "wait_for_status": "green", "timeout": "60s"}
        if isinstance(es, elasticsearch.Elasticsearch):
            es.options(ignore_status=408, request_timeout=90).cluster.health(**health)
        else:
            es.cluster.health(**health, ignore=408, request_timeout=90)


def current_indexes(es):
    """{language: concrete index} the aliases point at now (missing languages left out)."""
    # A wildcard answers {} rather than 404 when nothing exists yet.
    found = es.indices.get_alias(index=f"{settings.SEARCH_INDEX_PREFIX}-site-*")
    by_alias = {alias: index for index, data in found.items() for alias in data.get("aliases", {})}
    return {lang: by_alias[alias_name(lang)] for lang in languages() if alias_name(lang) in by_alias}


def swap_aliases(es, new_indexes):
    """Point every alias at its new index in one atomic request; drop the old indexes."""
    old = current_indexes(es)
    actions = []
    for lang, index in new_indexes.items():
        if lang in old:
            actions.append({"remove": {"index": old[lang], "alias": alias_name(lang)}})
        actions.append({"add": {"index": index, "alias": alias_name(lang)}})
    es.indices.update_aliases(body={"actions": actions})
    for lang, index in old.items():
        if new_indexes.get(lang) != index:
            es.indices.delete(index=index, ignore_unavailable=True)


_mappings_checked = set()


def ensure_indexes(es):
    """Create and alias the indexes of languages that have none (first start, new language).

    Existing indexes get the current mappings once per process, so a new field needs
    no rebuild; a changed field, or one that needs a new analyser, does (`manage.py
    rebuild_search_index`). Until then the old indexes keep answering and taking updates:
    documents have the same fields, and queries on a sub-field an index lacks find nothing there.
    """
    existing = current_indexes(es)
    key = (settings.SEARCH_URL, settings.SEARCH_INDEX_PREFIX)
    if key not in _mappings_checked and existing:
        try:
            es.indices.put_mapping(index=",".join(existing.values()), body=MAPPINGS)
        except _BAD_REQUEST as error:
            logger.warning(
                "The search indexes were built with older analysers; run manage.py rebuild_search_index (%s)", error
            )
        _mappings_checked.add(key)
    for lang in languages():
        if lang not in existing:
            _create_first_index(es, lang)


def _create_first_index(es, lang):
    """The first index of a language, safe when several processes start at once.

    A fixed name (not a timestamp) makes the server the arbiter: one process creates the index with
    its alias in one request, the others are told it exists. Two timestamped indexes would both get
    the alias, and every write to it would then fail.
    """
    name = f"{alias_name(lang)}-first"
    try:
        es.indices.create(index=name, body={**index_settings(lang), "aliases": {alias_name(lang): {}}})
    except _BAD_REQUEST as error:
        if error.error != "resource_already_exists_exception":
            raise
        # Created by another process, or left without its alias by an interrupted start.
        es.indices.put_alias(index=name, name=alias_name(lang))


def drop_all(es):
    """Delete every site index of this prefix (tests and `rebuild --drop`)."""
    es.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}-site-*", ignore_unavailable=True)


def write(es, documents, deleted_ids, index_for=alias_name, refresh=False):
    """Index `documents` ({"_id", "language", ...}) and delete `deleted_ids` everywhere.

    A document is first removed from every language's index, since a page can change
    language (an alias replaced by its translation) between two updates. Deleted by id in
    the same bulk request, ahead of the new versions: delete-by-query is a module some
    Elasticsearch distributions leave out.
    """
    ids = [doc["_id"] for doc in documents] + list(deleted_ids)
    deletions = [{"_op_type": "delete", "_index": index_for(lang), "_id": id_} for id_ in ids for lang in languages()]
    actions = [*deletions, *_actions(documents, index_for)]
    if actions:
        _write(es, actions, refresh=refresh)
    elif refresh:
        es.indices.refresh(index=all_aliases(), ignore_unavailable=True)


def clear(es):
    """Remove every document from the site's indexes, keeping the indexes (tests)."""
    es.indices.refresh(index=all_aliases(), ignore_unavailable=True)
    found = es.search(index=all_aliases(), body={"query": {"match_all": {}}, "size": 10_000, "_source": False})
    deletions = [{"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]} for hit in found["hits"]["hits"]]
    if deletions:
        _write(es, deletions, refresh=True)


def _write(es, actions, refresh=False):
    # A delete of what is not there is not an error: the document was in another language's index.
    _count, errors = _bulk(es, actions, refresh=refresh, raise_on_error=False)
    failures = [error for error in errors if next(iter(error.values())).get("status") != 404]
    if failures:
        raise elasticsearch.helpers.BulkIndexError(f"{len(failures)} document(s) failed to index", failures)


def bulk_index(es, documents, index_for):
    """Plain bulk indexing into fresh indexes (rebuild): no deletes needed."""
    return _bulk(es, _actions(documents, index_for))


def _actions(documents, index_for):
    for doc in documents:
        source = {k: v for k, v in doc.items() if k != "_id"}
        yield {"_op_type": "index", "_index": index_for(doc["language"]), "_id": doc["_id"], "_source": source}


# --- Queries -----------------------------------------------------------------

# The stemmed fields rank; `.folded` (the words as written) ranks exact forms first; `.prefix` (the first
# six letters of each word, five in the languages cut at six) finds the forms the stemmer leaves apart,
# with the lowest weight.
TEXT_FIELDS = [
    "title^4",
    "title.folded^2",
    "title.prefix",
    "introduction^2",
    "introduction.folded",
    "introduction.prefix^0.5",
    "body",
    "body.folded^0.5",
    "body.prefix^0.25",
    "document_text",
    "document_text.folded^0.3",
    "document_text.prefix^0.2",
]
# Results in the visitor's language rank above those in another (the untranslated pages shown in their
# place, in English). Scores of different indexes do not compare: a word in every page of a language's
# index ("cluster") weighs next to nothing there, and the English pages that share the word ("cluster" in
# de, it, ro) would push the visitor's own pages off the first page. Text scores stay far below it.
OWN_LANGUAGE_FIRST = 1000
FACETS = ["content_type", "thematic_areas", "work_package", "country", "year"]
# The fields whose text is shown with its matches marked.
HIGHLIGHTED = ["title", "introduction", "body", "document_text"]
PHRASE_RE = re.compile(r'"([^"]+)"')
WORD_RE = re.compile(r"[^\W_]")
# Words one letter away from the typed one (two from six letters on) whose first letter is the same:
# typing errors rarely touch the first letter, and keeping it cuts the words to compare a hundredfold.
SIMILAR_WORDS = {"fuzziness": "AUTO", "prefix_length": 1, "max_expansions": 20}
HIGHLIGHT_START, HIGHLIGHT_END = "\ue000", "\ue001"
MARKED_RE = re.compile(f"{HIGHLIGHT_START}([^{HIGHLIGHT_END}]+){HIGHLIGHT_END}")


def _words(query):
    """The phrases (quoted parts) and the other words of a query."""
    phrases = [p.strip() for p in PHRASE_RE.findall(query) if p.strip()]
    # Only words with a letter or digit: punctuation alone leaves no term, so it would match everything.
    words = [word for word in PHRASE_RE.sub(" ", query).replace('"', " ").split() if WORD_RE.search(word)]
    return phrases, words


def _word_query(word, index, similar, fields):
    exact = {
        "multi_match": {
            "query": word,
            "type": "best_fields",
            "fields": fields,
            "tie_breaker": 0.3,
            "zero_terms_query": "all",
        }
    }
    if not similar:
        return exact
    # The words as typed (or inflected) are named, so that the hits tell which words they found (see
    # did_you_mean); the prefix fields are left to the similar words, as a prefix is not the word typed.
    # Words as typed still rank first: a similar word adds a smaller score.
    as_typed = [field for field in fields if ".prefix" not in field]
    return {
        "bool": {
            "should": [
                {"multi_match": {**exact["multi_match"], "fields": as_typed, "_name": f"exact-{index}"}},
                {"multi_match": {**exact["multi_match"], **SIMILAR_WORDS, "_name": f"similar-{index}", "boost": 0.5}},
            ]
        }
    }


def text_query(query, similar=False, fields=TEXT_FIELDS):
    """The visitor's words as match queries: never parsed as query syntax, so nothing needs escaping.

    Quoted parts become phrase queries. Of the other words, all must match when there are one or two,
    three in four when there are more. Each word is matched on its own, in whichever field and analyser
    finds it: the stemmer may find one word of a query and only the cut to a prefix the other, one may
    be in the title and the other in the text. A word that leaves no term (a stop word) rules nothing out.
    `similar`: each word also matches words one or two letters away from it (typing errors).
    """
    phrases, words = _words(query)
    clauses = [{"multi_match": {"query": p, "type": "phrase", "fields": fields}} for p in phrases]
    if words:
        clauses.append(
            {
                "bool": {
                    "should": [_word_query(word, index, similar, fields) for index, word in enumerate(words)],
                    "minimum_should_match": "2<75%",
                }
            }
        )
    if not clauses:
        return {"bool": {"must": [{"match_none": {}}]}}
    # Stop words rule nothing out, but a query of stop words alone must not find every page: some word
    # of the query has to be found somewhere (in the fields that keep stop words, if need be).
    found_somewhere = {"multi_match": {"query": " ".join([*phrases, *words]), "fields": fields}}
    if similar:
        found_somewhere["multi_match"].update(SIMILAR_WORDS)
    return {"bool": {"must": clauses, "filter": [found_somewhere]}}


def did_you_mean(query, hits):
    """The query with each word that no hit contains as typed replaced by the closest word the hits
    were found by (their highlighted words), or None when there is nothing to correct.

    Only hits of a search with `similar=True` carry what it needs. The words come from hits the visitor
    may see, so a suggestion never reveals a word of a page they may not read.
    """
    phrases, words = _words(query)
    found_as_typed = {name for hit in hits for name in hit.get("matched_queries", []) if name.startswith("exact-")}
    marked = {
        word
        for hit in hits
        for fragments in hit.get("highlight", {}).values()
        for fragment in fragments
        for marked_text in MARKED_RE.findall(fragment)
        for word in marked_text.split()
    }
    by_folded_form = {}
    for word in sorted(marked):
        by_folded_form.setdefault(_folded(word), word.lower())
    corrected = []
    for index, word in enumerate(words):
        closest = None
        if f"exact-{index}" not in found_as_typed:
            closest = difflib.get_close_matches(_folded(word), by_folded_form, n=1, cutoff=0.6)
        corrected.append(by_folded_form[closest[0]] if closest else word)
    if corrected == words:
        return None
    return " ".join([*(f'"{phrase}"' for phrase in phrases), *corrected])


def _folded(word):
    """Lower case without accents: how close two words are is judged on their letters alone."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def access_filters(language, all_languages, may_read_restricted):
    """Filters that keep out what the visitor may not see, and content of other languages."""
    filters = []
    if not may_read_restricted:
        filters.append({"term": {"audience": "public"}})
    if all_languages:
        # One copy of each text: the translations and sources, never the untranslated aliases.
        filters.append({"term": {"untranslated": False}})
    else:
        filters.append(
            {
                "bool": {
                    "should": [{"term": {"locale": language}}, {"term": {"fallback_for": language}}],
                    "minimum_should_match": 1,
                }
            }
        )
    return filters


def facet_filter(name, values):
    if name == "year":
        values = [int(v) for v in values]
    return {"terms": {name: list(values)}}


def search(query, *, language, all_languages, may_read_restricted, selected, sort, offset, limit, similar=False):
    """Run one search; returns the raw response (hits with highlights, facet aggregations).

    `similar`: also find words one or two letters away from the typed ones (see text_query).
    """
    base = text_query(query, similar)
    base["bool"]["filter"] = [
        *base["bool"].get("filter", []),
        *access_filters(language, all_languages, may_read_restricted),
    ]
    # Text in the visitor's language first: a constant far above any text score is added to it.
    ranked = {
        "bool": {
            "must": [base],
            "should": [{"constant_score": {"filter": {"term": {"language": language}}, "boost": OWN_LANGUAGE_FIRST}}],
        }
    }
    chosen = {name: facet_filter(name, values) for name, values in selected.items() if values}
    aggs = {}
    for name in FACETS:
        terms = {"terms": {"field": name, "size": 50}}
        others = [f for other, f in chosen.items() if other != name]
        # A facet that no other choice narrows (all of them, in most searches) is counted over the matches
        # directly: a bucket that filters nothing still tests every match against its filter.
        aggs[name] = {"filter": {"bool": {"filter": others}}, "aggs": {"values": terms}} if others else terms
    body = {
        "query": ranked,
        "post_filter": {"bool": {"filter": list(chosen.values())}},
        "aggs": aggs,
        "from": offset,
        "size": limit,
        "track_total_hits": True,
        "_source": [
            "kind",
            "object_id",
            "content_type",
            "locale",
            "language",
            "untranslated",
            "title",
            "url",
            "locale_urls",
            "date",
            "introduction",
        ],
        # Plain text with private-use markers: the view escapes it and adds the <mark> tags itself.
        "highlight": {
            # The visitor's words in the highlighted fields only: the same marks as the whole query's, without
            # matching each shown hit against its 12 fields and filters again (Elasticsearch's highlighter does,
            # and spent more time on it than on the search itself).
            "highlight_query": text_query(query, similar, fields=HIGHLIGHTED),
            "pre_tags": [HIGHLIGHT_START],
            "post_tags": [HIGHLIGHT_END],
            "fields": {
                "title": {"number_of_fragments": 0},
                "introduction": {"fragment_size": 180, "number_of_fragments": 1},
                "body": {"fragment_size": 180, "number_of_fragments": 2},
                "document_text": {"fragment_size": 180, "number_of_fragments": 1},
            },
        },
    }
    if sort == "date":
        body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
    if similar:
        # The offsets in the postings give no place to words found by similarity; the plain highlighter
        # reads the hits' text again (ten hits, and only when the words as typed found little).
        body["highlight"]["type"] = "plain"
    response = client().search(index=all_aliases(), body=body, ignore_unavailable=True)
    # Every facet in one shape for the page, counted inside a filter bucket or not.
    for name, aggregation in response.get("aggregations", {}).items():
        if "values" not in aggregation:
            response["aggregations"][name] = {"values": aggregation}
    return response


def suggest(prefix, *, language, may_read_restricted, limit=8):
    """Titles starting with the typed words, in the visitor's language (with untranslated fallbacks)."""
    body = {
        "query": {
            "bool": {
                "must": [
                    {"match": {"title.suggest": {"query": prefix, "operator": "and"}}},
                ],
                "filter": access_filters(language, False, may_read_restricted),
            }
        },
        "size": limit,
        "_source": ["title", "url", "untranslated", "language", "locale_urls", "content_type"],
    }
    response = client().search(index=all_aliases(), body=body, ignore_unavailable=True)
    return [hit["_source"] for hit in response["hits"]["hits"]]
