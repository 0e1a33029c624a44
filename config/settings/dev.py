"""Local development: the embedded defaults of `make run`."""

import os
from pathlib import Path

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import VAR_DIR, env


def installation_secret_key(key_file: Path) -> str:
    """This installation's own key, made at random on its first start and kept in var/.

    A key committed with the code would let anyone forge this site's signed links and
    cookies. Processes starting together agree on one key: the first to link its file wins.
    """
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        candidate = key_file.with_name(f".{key_file.name}.{os.getpid()}")
        descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as new_key:
            new_key.write(get_random_secret_key())
        try:
            os.link(candidate, key_file)
        except FileExistsError:
            pass
        finally:
            candidate.unlink()
    return key_file.read_text().strip()


DEBUG = env.bool("DEBUG", default=True)
# The embedded SQLite database, uploads and this installation's secret key live here.
VAR_DIR.mkdir(parents=True, exist_ok=True)
SECRET_KEY = env("SECRET_KEY", default=None) or installation_secret_key(VAR_DIR / "secret_key")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
# scripts/run.sh sets SITE_URL for its PORT; a bare `runserver` serves on port 8000.
SITE_URL = env("SITE_URL", default="http://localhost:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Plain static storage: no collectstatic needed before runserver.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# Serve static files from the app and project folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# One cache for the web server, the task worker and the scheduler: a change one of them makes (a scheduled
# page published, a translation synchronised) must renew the chrome the others show, and the forum's topic
# views, counted by the web server, are written to the database by `flush_topic_views` in another process.
CACHES["default"] = {  # noqa: F405
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(VAR_DIR / "cache"),
}
