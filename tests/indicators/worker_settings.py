"""The test settings with the default cache in the test Redis, for a real flush process in the tests."""

from config.settings.test import *  # noqa: F403
from config.settings.test import TEST_REDIS_URL

CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": TEST_REDIS_URL}}  # noqa: F405
