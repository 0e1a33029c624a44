"""Page views and downloads are counted without cookies or personal data, in the cache, then flushed."""

import io

from django.core.cache import caches
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest
from django_tasks_db.models import DBTaskResult

from indicators import counting
from indicators.models import Count
from tests.indicators.beacons import BROWSER, beacon

VISITOR_ADDRESS = "203.0.113.77"


def counts(kind=Count.Kind.PAGE_VIEW):
    return {(row.object_id, row.language, row.label): row.count for row in Count.objects.filter(kind=kind)}


@pytest.mark.django_db
def test_a_beacon_counts_the_view_its_referring_site_and_the_browser_language_after_the_flush(
    client, article, redis_cache
):
    answer = beacon(client, article.pk, referrer="www.example.org", HTTP_ACCEPT_LANGUAGE="de-AT,de;q=0.9,en;q=0.5")
    beacon(client, article.pk)

    assert answer.status_code == 204
    assert Count.objects.count() == 0  # nothing written to the database by a request
    assert counting.flush() == 4
    assert counts() == {(article.pk, "en", ""): 2}
    assert counts(Count.Kind.REFERRER) == {(article.pk, "en", "example.org"): 1}
    assert counts(Count.Kind.VISITOR_LANGUAGE) == {(article.pk, "en", "de"): 1}


@pytest.mark.django_db
def test_the_noscript_image_counts_a_view_and_answers_a_gif_that_is_never_cached(client, article, redis_cache):
    answer = client.get(f"/seen?p={article.pk}&l=de", HTTP_USER_AGENT=BROWSER)

    assert answer["Content-Type"] == "image/gif"
    assert answer["Cache-Control"] == "no-store"
    counting.flush()
    assert counts() == {(article.pk, "de", ""): 1}


@pytest.mark.django_db
def test_counting_sets_no_cookie_and_stores_no_ip_address(client, article, redis_cache):
    client.cookies.load({"sessionid": "a-visitors-session"})
    answers = [
        beacon(client, article.pk, REMOTE_ADDR=VISITOR_ADDRESS, HTTP_X_FORWARDED_FOR=VISITOR_ADDRESS),
        client.get(f"/seen?p={article.pk}&l=en", REMOTE_ADDR=VISITOR_ADDRESS, HTTP_USER_AGENT=BROWSER),
    ]

    for answer in answers:
        assert not answer.cookies
        assert "Set-Cookie" not in answer
        assert "Vary" not in answer
    redis = caches["default"]._cache.get_client(write=True)
    stored = io.BytesIO()
    for key in redis.keys("*"):
        stored.write(key)
        stored.write(redis.dump(key) or b"")
    assert VISITOR_ADDRESS.encode() not in stored.getvalue()
    counting.flush()
    rows = list(Count.objects.values_list("day", "kind", "object_id", "language", "label", "count"))
    assert rows and VISITOR_ADDRESS not in repr(rows)
    assert counts() == {(article.pk, "en", ""): 2}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_DNT": "1"},
        {"HTTP_SEC_GPC": "1"},
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
    ids=["do-not-track", "global-privacy-control", "crawler", "no-user-agent", "sent-from-another-site"],
)
def test_no_count_for_visitors_who_opt_out_for_bots_or_beacons_from_other_sites(client, article, redis_cache, headers):
    assert beacon(client, article.pk, **headers).status_code == 204
    counting.flush()
    assert not Count.objects.exists()


@pytest.mark.django_db
def test_beacons_for_pages_that_do_not_exist_or_in_unknown_languages_are_not_counted(client, article, redis_cache):
    beacon(client, article.pk + 10_000)
    beacon(client, article.pk, language="xx")
    beacon(client, "1; DROP TABLE")
    client.post("/seen?p=1&l=en&x=" + "a" * 2000)

    counting.flush()
    assert not Count.objects.exists()


@pytest.mark.django_db
def test_a_referrer_is_kept_as_a_domain_only_and_our_own_site_is_no_referrer(client, article, redis_cache):
    beacon(client, article.pk, referrer="localhost", HTTP_HOST="localhost")
    beacon(client, article.pk, referrer="https://evil.example/path?q=secret")
    beacon(client, article.pk, referrer="News.Example.COM")
    counting.flush()
    assert counts(Count.Kind.REFERRER) == {(article.pk, "en", "news.example.com"): 1}


@pytest.mark.django_db
def test_a_public_page_carries_the_beacon_and_stays_cacheable(client, article):
    answer = client.get(article.url)
    html = answer.content.decode()

    assert f'data-page="{article.pk}"' in html
    assert f'<noscript><img src="/seen?p={article.pk}&amp;l=en"' in html
    assert "Set-Cookie" not in answer and "csrf" not in html.lower()
    assert "public" in answer["Cache-Control"]


@pytest.mark.django_db
def test_a_document_download_is_counted_once_and_a_range_request_for_its_middle_not(client, redis_cache):
    document = get_document_model().objects.create(title="D3.2", file=ContentFile(b"%PDF-1.4 x" * 100, "d32.pdf"))

    for headers in ({}, {"HTTP_RANGE": "bytes=0-"}, {"HTTP_RANGE": "bytes=500-"}, {"HTTP_DNT": "1"}):
        answer = client.get(document.url, HTTP_USER_AGENT=BROWSER, **headers)
        assert answer.status_code in (200, 206)
        b"".join(answer.streaming_content)
    counting.flush()
    assert sum(counts(Count.Kind.DOCUMENT_DOWNLOAD).values()) == 2


@pytest.mark.django_db
def test_the_first_view_after_a_flush_schedules_the_next_flush_on_the_task_worker(
    client, article, redis_cache, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for _ in range(5):
        beacon(client, article.pk)

    scheduled = DBTaskResult.objects.filter(task_path="indicators.tasks.flush_counts")
    assert scheduled.count() == 1
    assert scheduled.get().run_after is not None


@pytest.mark.django_db
def test_without_redis_each_view_is_added_to_the_database_at_once(client, article):
    beacon(client, article.pk)
    beacon(client, article.pk, language="de")
    beacon(client, article.pk + 10_000)  # no such page: dropped here as a flush drops it
    assert counts() == {(article.pk, "en", ""): 1, (article.pk, "de", ""): 1}
    assert not Count.objects.exclude(object_id=article.pk).exists()


@pytest.mark.django_db
def test_the_wsgi_application_answers_a_beacon_before_django_and_counts_it(article, redis_cache):
    from config.wsgi import application

    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/seen",
        "QUERY_STRING": f"p={article.pk}&l=it",
        "CONTENT_LENGTH": "0",
        "HTTP_USER_AGENT": BROWSER,
        "REMOTE_ADDR": VISITOR_ADDRESS,
        "wsgi.input": io.BytesIO(b""),
    }
    answers = []

    content = application(environ, lambda status, headers: answers.append((status, headers)))

    assert answers == [("204 No Content", [("Cache-Control", "no-store")])]
    assert b"".join(content) == b""
    counting.flush()
    assert counts() == {(article.pk, "it", ""): 1}
