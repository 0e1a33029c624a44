"""Production: everything from the environment; refuses to start without the essentials."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, MACHINA_ATTACHMENTS_CACHE, SECRET_KEY, SITE_URL, env

if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS in the environment (comma-separated).")
if not SITE_URL.startswith(("https://", "http://")) or urlsplit(SITE_URL).path:
    raise ImproperlyConfigured("Set SITE_URL in the environment to the public address, e.g. https://clusterpolisee.eu")

# The rate limits (logins, sign-ups, page passwords, search) count in the default cache; a cache of
# each process's own would let every worker count alone and multiply every limit.
CACHE_URL = env("CACHE_URL", default=env("REDIS_URL", default=""))
if not CACHE_URL.startswith(("redis://", "rediss://", "pymemcache://", "dbcache://")):
    raise ImproperlyConfigured(
        "Set CACHE_URL (or REDIS_URL) to a cache that every worker shares, e.g. redis://127.0.0.1:6379/1."
    )
CACHES = {
    "default": env.cache_url_config(CACHE_URL),
    "machina_attachments": MACHINA_ATTACHMENTS_CACHE,
}
# With Redis down, pages still render and the rate limits fail open, with a warning (config/cache.py).
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "config.cache.ResilientRedisCache"
