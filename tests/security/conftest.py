import pytest


@pytest.fixture(autouse=True)
def _english_urls():
    """reverse() follows the active language, which a request in an earlier test may have changed."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def redis_cache(settings):
    """The default cache in the Redis that scripts/test.sh starts (REDIS_URL), emptied for this test.

    Without it the tests skip on a developer's machine and fail under CI=true.
    """
    import os

    from django.core.cache import cache

    url = settings.TEST_REDIS_URL
    problem = None if url else "REDIS_URL is not set (scripts/test.sh starts Redis)"
    if url:
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url},
        }
        try:
            cache.clear()
        except Exception as error:  # noqa: BLE001 - any failure means: no server
            problem = f"Redis at {url} does not answer: {error}"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    yield url
    cache.clear()
