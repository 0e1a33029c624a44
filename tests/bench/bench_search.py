"""Search: index build rate and query latency, engine against the database backend.

Loads a synthetic knowledge base of 20,000 standard pages over the twelve locales
(inserted in bulk, since creating pages one by one through the tree API would
take most of the budget), builds the engine's indexes with the rebuild command's
code, then times a fixed query set in several languages on both backends.
It also loads 50,000 forum posts (in 1,000 topics over the public forums and the
private one), which only the engine indexes: the database backend's figures are for
pages alone.
"""

import random
import statistics
import time
import uuid

from django.conf import settings
from django.db import connection, transaction

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage

PAGES = 20_000
POSTS = 50_000
POSTS_PER_TOPIC = 50
ROUNDS = 3

VOCABULARY = {
    "en": "cluster policy innovation cooperation region regional strategy network enterprise research funding "
    "competitiveness training voucher partnership",
    "bg": "клъстер клъстери политика политики иновации сътрудничество регион регионална стратегия мрежа "
    "предприятия изследвания финансиране конкурентоспособност",
    "de": "Cluster Clusterpolitik Innovation Zusammenarbeit Region regionale Strategie Netzwerk Unternehmen "
    "Forschung Förderung Wettbewerbsfähigkeit",
    "el": "συστάδα πολιτική πολιτικές καινοτομία συνεργασία περιφέρεια περιφερειακή στρατηγική δίκτυο επιχειρήσεις "
    "έρευνα χρηματοδότηση",
    "hu": "klaszter klaszterek politika innováció együttműködés régió regionális stratégia hálózat vállalkozások "
    "kutatás finanszírozás",
    "it": "cluster politica politiche innovazione cooperazione regione regionale strategia rete imprese ricerca "
    "finanziamento",
    "ro": "cluster clustere politică inovare cooperare regiune regională strategie rețea întreprinderi cercetare "
    "finanțare",
    "sk": "klaster klastre politika inovácie spolupráca región regionálna stratégia sieť podniky výskum financovanie",
    "sl": "grozd grozdi politika inovacije sodelovanje regija regionalna strategija mreža podjetja raziskave "
    "financiranje",
    "sq": "grupim politikë politikat inovacion bashkëpunim rajon rajonale strategji rrjet ndërmarrje kërkim financim",
    "hr": "klaster klasteri politika inovacije suradnja regija regionalna strategija mreža poduzeća istraživanje "
    "financiranje",
    "sr": "кластер кластери политика иновације сарадња регион регионална стратегија мрежа предузећа истраживање "
    "финансирање",
}
QUERIES = [
    ("en", "cluster policy"),
    ("en", "regional innovation strategies"),
    ("bg", "клъстерите политиката"),
    ("bg", "иновации"),
    ("el", "πολιτική καινοτομίας"),
    ("hu", "klaszterek együttműködés"),
    ("de", "Zusammenarbeit Netzwerk"),
    ("it", "politiche di innovazione"),
    ("sr", "klaster saradnja"),
    ("hr", "suradnji klastera"),
]


def _locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def _home(locales):
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locales["en"])
    home = root.add_child(instance=HomePage(title="Bench", slug=f"bench-{uuid.uuid4().hex[:6]}", tagline="Bench"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Bench"}
    )
    return home


def _bulk_pages(parent_by_locale, count):
    """Insert `count` live StandardPages spread over the locales, bypassing the tree API (one batch per locale)."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(StandardPage)
    rng = random.Random(42)
    per_locale = -(-count // len(parent_by_locale))  # at least `count` in all
    created = []
    for code, (locale, parent) in parent_by_locale.items():
        words = VOCABULARY[code].split()
        pages = []
        for i in range(per_locale):
            title = " ".join(rng.sample(words, 4)).capitalize()
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=f"p{i}",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    locale=locale,
                    path=Page._get_path(parent.path, parent.depth + 1, i + 1),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}p{i}/",
                    translation_key=uuid.uuid4(),
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(pages, batch_size=1000)
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO home_standardpage (page_ptr_id, introduction, listing_image_id, body) "
                    "VALUES (%s, %s, NULL, '[]')",
                    [(p.pk, " ".join(rng.choice(words) for _ in range(40))) for p in pages],
                )
            Page.objects.filter(pk=parent.pk).update(numchild=per_locale)
        created.extend(p.pk for p in pages)
    return created


def _bulk_posts(count):
    from django.contrib.auth import get_user_model

    from machina.apps.forum_conversation.models import Post, Topic

    from forums.models import SiteForum
    from forums.structure import load_forum_structure

    load_forum_structure()
    forums = [role.forum for role in SiteForum.objects.select_related("forum")]
    poster = get_user_model().objects.create_user("bench-poster", "bench@example.org", "x")
    rng = random.Random(7)
    languages = list(VOCABULARY)
    topics = []
    for i in range(count // POSTS_PER_TOPIC):
        words = VOCABULARY[rng.choice(languages)].split()
        subject = " ".join(rng.sample(words, 4)).capitalize()
        topics.append(
            Topic(
                forum=forums[i % len(forums)],
                poster=poster,
                subject=subject,
                slug=f"t{i}",
                type=Topic.TOPIC_POST,
                status=Topic.TOPIC_UNLOCKED,
                approved=True,
                posts_count=POSTS_PER_TOPIC,
            )
        )
    Topic.objects.bulk_create(topics, batch_size=1000)
    created = 0
    for topic in topics:
        words = VOCABULARY[rng.choice(languages)].split()
        batch = [
            Post(
                topic=topic,
                poster=poster,
                subject=topic.subject,
                content=" ".join(rng.choice(words) for _ in range(30)),
                approved=True,
            )
            for _ in range(POSTS_PER_TOPIC)
        ]
        Post.objects.bulk_create(batch)
        created += len(batch)
    return created


def _percentiles(samples):
    samples = sorted(samples)
    quantiles = statistics.quantiles(samples, n=100, method="inclusive")
    return quantiles[49], quantiles[94], quantiles[98]


def run(report):
    from search import engine, services

    url = getattr(settings, "TEST_SEARCH_URL", "")
    locales = _locales()
    home = _home(locales)
    parents = {}
    for code, locale in locales.items():
        parent = home.add_child(instance=StandardPage(title=f"Bench {code}", slug=f"bench-{code}", locale=locale))
        parents[code] = (locale, Page.objects.get(pk=parent.pk))
    started = time.perf_counter()
    ids = _bulk_pages(parents, PAGES)
    report("pages created (bulk, 12 locales)", len(ids))
    report("page creation", time.perf_counter() - started, "s")
    started = time.perf_counter()
    posts = _bulk_posts(POSTS)
    report("forum posts created (bulk, 1,000 topics)", posts)
    report("forum post creation", time.perf_counter() - started, "s")

    backend = get_search_backend()
    started = time.perf_counter()
    pages = StandardPage.objects.filter(pk__in=ids)
    for offset in range(0, len(ids), 2000):
        backend.add_bulk(StandardPage, list(pages.order_by("pk")[offset : offset + 2000]))
    db_seconds = time.perf_counter() - started
    report("database backend index build", db_seconds, "s")
    report("database backend docs/s", len(ids) / db_seconds)

    def db_query(language, query):
        return list(Page.objects.live().filter(locale=locales[language]).search(query, operator="or")[:10])

    db_latency = _latencies(db_query)

    if not url:
        report("engine", "not measured: no search server (SEARCH_URL)")
        _report_latency(report, "database", db_latency)
        return
    settings.SEARCH_URL = url
    # The test prefix of this checkout: two checkouts benchmarking on one server must not drop each other's indexes.
    settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}-bench"
    try:
        es = engine.client(timeout=60)
        engine.drop_all(es)
        count, seconds = services.rebuild()
        report("engine documents indexed", count)
        report("engine full index build (rebuild + alias swap)", seconds, "s")
        report("engine docs/s", count / seconds)

        def engine_query(language, query):
            return engine.search(
                query,
                language=language,
                all_languages=False,
                may_read_restricted=False,
                selected={},
                sort="relevance",
                offset=0,
                limit=10,
            )

        engine_latency = _latencies(engine_query)
        hits = engine_query("bg", "клъстерите")["hits"]["total"]["value"]
        report("engine hits for 'клъстерите' (bg)", hits)
        _report_latency(report, "engine", engine_latency)
        _report_latency(report, "database", db_latency)
        e50, e95, e99 = _percentiles(engine_latency)
        d50, d95, d99 = _percentiles(db_latency)
        report("ratio database/engine p50", d50 / e50, "x")
        report("ratio database/engine p95", d95 / e95, "x")
        report("ratio database/engine p99", d99 / e99, "x")
        engine.drop_all(es)
    finally:
        settings.SEARCH_URL = ""


def _latencies(run_query):
    for language, query in QUERIES:  # warm-up
        run_query(language, query)
    samples = []
    for _round in range(ROUNDS * 10):
        for language, query in QUERIES:
            started = time.perf_counter()
            run_query(language, query)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def _report_latency(report, name, samples):
    p50, p95, p99 = _percentiles(samples)
    report(f"{name} query latency p50 ({len(samples)} queries)", p50, "ms")
    report(f"{name} query latency p95", p95, "ms")
    report(f"{name} query latency p99", p99, "ms")
