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

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
    "machina_attachments": MACHINA_ATTACHMENTS_CACHE,
}
