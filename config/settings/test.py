"""Settings for the test suite: PostgreSQL from DATABASE_URL, fast hashing, no SSL redirects."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import env

# The suite runs in parallel processes (pytest-xdist: gw0, gw1, …). pytest-django gives each its
# own database; the shared servers and folders are split here the same way.
WORKER = env("PYTEST_XDIST_WORKER", default="")
WORKER_NUMBER = int(WORKER.removeprefix("gw") or 0)

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-used-anywhere-else-0123456789"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = env("MEDIA_ROOT", default="/tmp/clusterpolisee-test-media") + WORKER
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT", default="/tmp/clusterpolisee-test-private") + WORKER

# Tasks run inline unless a test exercises the queue itself.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
# Links follow the request or, without one, the Wagtail Site (localhost); tests that need an
# address of their own set SITE_URL.
SITE_URL = ""
WAGTAILADMIN_BASE_URL = "http://localhost"

# Serve static files from the app and project folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# The search server that scripts/test.sh starts; the search tests switch it on for
# themselves (tests/search/conftest.py), other tests keep the database backend.
TEST_SEARCH_URL = env("SEARCH_URL", default="")
SEARCH_URL = ""
# The test servers get the compound word lists (scripts/search_server.py).
SEARCH_COMPOUND_WORDS = env.bool("SEARCH_COMPOUND_WORDS", default=True)
# Several checkouts may share one search server; each keeps its own indexes.
SEARCH_INDEX_PREFIX = env("TEST_SEARCH_INDEX_PREFIX", default="test-clusterpolisee") + WORKER
# Tests search far more often than a visitor; the limit is switched on where it is tested.
SEARCH_REQUESTS_PER_MINUTE = 10_000
SEARCH_SUGGESTIONS_PER_MINUTE = 10_000

# The Redis that scripts/test.sh starts; the rate-limit tests switch the default cache to it
# (tests/security/conftest.py), other tests keep the per-process cache.
# Each worker counts in a Redis database of its own, which its tests may empty.
_REDIS_URL = env("REDIS_URL", default="")
TEST_REDIS_URL = urlsplit(_REDIS_URL)._replace(path=f"/{WORKER_NUMBER}").geturl() if _REDIS_URL else ""

# No frontend cache to purge, whatever the environment says; tests/caching switches one on.
FRONTEND_CACHE_URLS = []
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_REPEAT_AFTER = 0  # tests/caching switches it on where it is the subject
