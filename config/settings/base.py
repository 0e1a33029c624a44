"""Settings shared by every environment.

Safe for production by default: anything that loosens security lives in dev.py
or test.py. Services are switched on from the environment (see config/env.py).
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from config.env import BASE_DIR, env

# Run-time data of a local checkout (SQLite database, uploads, its secret key) lives
# in var/, which git ignores; VAR_DIR moves it (one checkout, several installations).
VAR_DIR = Path(env("VAR_DIR", default=str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY", default=None)
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# The public address (scheme, host, port) of links made without a request: e-mails sent by the
# task worker, Wagtail's notifications to editors. Links made in a request follow the request
# (core/links.py). Production requires it; dev.py defaults it to runserver's address.
SITE_URL = env("SITE_URL", default="").rstrip("/")

INSTALLED_APPS = [
    "home",
    "translations",
    "knowledge",
    "forums",
    "newsletters",
    "search",
    "pictures",
    "caching",
    "purging",
    "indicators",
    # Ahead of the libraries: its `db_worker` replaces django-tasks-db's (docs/architecture.md).
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # `runserver` leaves static files to WhiteNoise, as in production: Django's own static handler
    # answers a path traversal (/static/..%2f..) with a 500.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: the load balancer's probe is answered before any redirect or host check (config/health.py).
    "config.health.HealthCheckMiddleware",
    # Second: a page-view beacon needs no session, language, CSRF token or transaction (indicators/beacon.py).
    "indicators.beacon.BeaconMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the session, locale, CSRF and message middleware: it sees the cookies and Vary they add.
    "caching.middleware.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is only the embedded default of a local run; DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# On SQLite the web server, the task worker and the scheduler write to one file at once.
# WAL lets readers go on while one writes; every transaction takes the write lock when
# it begins (IMMEDIATE), so a writer waits its turn instead of failing with "database is
# locked" when a read turns into a write. The wait is generous: SQLite does not queue
# writers, and on a busy machine creating a page with its eleven aliases takes seconds,
# so a worker can lose the lock to several such requests in a row.
SQLITE_BUSY_TIMEOUT = 120  # seconds
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_TIMEOUT,
        "init_command": (
            f"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}; PRAGMA synchronous=NORMAL"
        ),
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# English is the source; every partner country's language is a locale.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("bg", "Български"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sq", "Shqip"),
    ("hr", "Hrvatski"),
    ("sr", "Српски"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Each editor works in their own language. Wagtail ships its Slovak and Croatian
# catalogues as sk_SK and hr_HR, which only the regional codes find (gettext then
# falls back to our sk/hr catalogues for the site's own strings).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    {"sk": ("sk-sk", "Slovenčina"), "hr": ("hr-hr", "Hrvatski")}.get(code, (code, name)) for code, name in LANGUAGES
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Rome"

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Documents and forum attachments live here, outside MEDIA_ROOT, where no URL reaches them:
# only the views that check permissions serve them (core/storage.py).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
PRIVATE_UPLOAD_PREFIXES = ("documents/", "machina/attachments/")
STORAGES = {
    "default": {"BACKEND": "core.storage.SiteStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Background tasks -------------------------------------------------------
# Index updates and e-mails run in a worker (`manage.py db_worker`), never in the
# request that triggered them.
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- E-mail -----------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="ClusterPoliSEE <noreply@clusterpolisee.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "ClusterPoliSEE"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# The public search: without SEARCH_URL it runs on Wagtail's database backend (embedded
# default); a URL (http://127.0.0.1:9200, https://user:password@host:9200, several nodes
# comma-separated) switches it to Elasticsearch or OpenSearch, whichever answers there, with one
# index per language (search/analysis.py). The database backend stays as the admin's search and
# as the fallback when the server is down or slow (SEARCH_TIMEOUT seconds).
SEARCH_URL = env("SEARCH_URL", default="")
# The certificate authority of a cluster served over TLS with a certificate the system does not trust.
SEARCH_CA_CERTS = env("SEARCH_CA_CERTS", default="")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="clusterpolisee")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=3.0)
# German and Hungarian compounds indexed with their parts too: needs the word lists in the config directory
# of every search node (docs/search.md); the site's own scripts put them there and switch this on.
SEARCH_COMPOUND_WORDS = env.bool("SEARCH_COMPOUND_WORDS", default=False)
# Copies of each index besides the primary: 1 on a cluster of two or more nodes (make stack).
SEARCH_REPLICAS = env.int("SEARCH_REPLICAS", default=0)
# Per client: result pages a minute, and suggestion requests (one per pause while typing).
SEARCH_REQUESTS_PER_MINUTE = env.int("SEARCH_REQUESTS_PER_MINUTE", default=30)
SEARCH_SUGGESTIONS_PER_MINUTE = env.int("SEARCH_SUGGESTIONS_PER_MINUTE", default=120)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Of a larger DOCX only the start of the text is read for search (search/extraction.py, zip bombs).
DOCUMENT_TEXT_MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Serve documents through Django so that view restrictions on documents apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = True

WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Frontend cache (Varnish, docs/deployment.md) ------------------------------
# The address of each Varnish in front of the site (comma-separated), told by PURGE requests what
# changed on publish (purging/). Unset: nothing is purged (a run without Varnish).
FRONTEND_CACHE_URLS = env.list("FRONTEND_CACHE_URL", default=[])
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "purging.backends.VarnishBackend", "LOCATION": url}
    for number, url in enumerate(FRONTEND_CACHE_URLS, start=1)
}
# Each locale's page is purged under its own URL (slugs are translated); Wagtail's default would
# also purge the English path under every other language's prefix, twelve times for nothing.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Seconds after a purge when everything it named is expired once more (0: never). A page being
# rendered while the purge arrived is stored afterwards as fresh, with the content from before the
# change; the second expiry replaces it. Longer than a render takes under load, short enough that a
# publish shows in its listings within two seconds.
FRONTEND_CACHE_REPEAT_AFTER = env.float("FRONTEND_CACHE_REPEAT_AFTER", default=1.0)

# --- Security (production-safe defaults; dev.py relaxes them) ----------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# On when the proxy sends the visitor's host in X-Forwarded-Host instead of passing Host through.
USE_X_FORWARDED_HOST = env.bool("USE_X_FORWARDED_HOST", default=False)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail's live preview shows the page in a same-origin frame, so DENY would break editing;
# other origins still cannot frame the site.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # One line per task and per page save drowns what matters; warnings still show.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- HTTP caching (caching/, docs/deployment.md) ------------------------------------
# Public pages for anonymous visitors: browsers keep them a minute, a shared cache (Varnish) far
# longer, since publishing purges what changed. Forum pages change with every post and are not purged.
CACHE_BROWSER_MAX_AGE = env.int("CACHE_BROWSER_MAX_AGE", default=60)
CACHE_SHARED_MAX_AGE = env.int("CACHE_SHARED_MAX_AGE", default=60 * 60)
CACHE_FORUM_SHARED_MAX_AGE = env.int("CACHE_FORUM_SHARED_MAX_AGE", default=10)

# --- Communication indicators (indicators/, docs/indicators.md) ----------------------
# Where pages send their view beacon (outside the language prefix, never cached).
INDICATORS_BEACON_PATH = "/seen"
# Seconds between two flushes of the counters from the cache into the daily counts.
INDICATORS_FLUSH_INTERVAL = env.int("INDICATORS_FLUSH_INTERVAL", default=60)

# --- Countries ----------------------------------------------------------------
# Partner countries lead every country list. django-countries has no Albanian
# translation, so these names are strings of our own catalogue, complete in all
# twelve locales; other countries keep django-countries' names.
COUNTRIES_OVERRIDE = {
    "AL": _("Albania"),
    "AT": _("Austria"),
    "BG": _("Bulgaria"),
    "GR": _("Greece"),
    "HR": _("Croatia"),
    "HU": _("Hungary"),
    "IT": _("Italy"),
    "RO": _("Romania"),
    "RS": _("Serbia"),
    "SI": _("Slovenia"),
    "SK": _("Slovakia"),
}
COUNTRIES_FIRST = sorted(COUNTRIES_OVERRIDE)
COUNTRIES_FIRST_BREAK = "──────────"

# --- Accounts (django-allauth) and forums (django-machina) ------------------------
# The apps are listed ahead of allauth and machina so that their templates override.
INSTALLED_APPS += [
    "accounts",
    "allauth",
    "allauth.account",
    "mptt",
    "widget_tweaks",
    "machina",
    # machina's apps through configs of our own that pin its AutoField ids (no migration drift).
    "forums.machina.forum",
    "forums.machina.forum_conversation",
    "forums.machina.forum_conversation.forum_attachments",
    "forums.machina.forum_conversation.forum_polls",
    "forums.machina.forum_feeds",
    "forums.machina.forum_moderation",
    "forums.machina.forum_tracking",
    "forums.machina.forum_member",
    "forums.machina.forum_permission",
    # Replacing or deleting a member's file (picture, attachment) deletes the old file; only the models
    # marked with django_cleanup's `select` (accounts, and machina's from ForumsConfig.ready) are handled.
    "django_cleanup.apps.CleanupSelectedConfig",
]
MIDDLEWARE += [
    "allauth.account.middleware.AccountMiddleware",
    "forums.middleware.LazyForumKeyMiddleware",
    "csp.middleware.CSPMiddleware",
    # Names what each response shows (the xkey header), for the frontend cache's purges (purging/tags.py).
    "purging.tags.CacheTagsMiddleware",
    # Last: its transaction wraps the view, and none of the middleware around it.
    "config.middleware.AtomicWritesMiddleware",
]
TEMPLATES[0]["OPTIONS"]["context_processors"] += ["machina.core.context_processors.metadata"]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Sign-up, login and password reset answer alike whether or not the address is registered.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "homepage"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[ClusterPoliSEE] "
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    # Discourse's floor: 6 failed logins a minute and 30 an hour per client; 5 in 5 minutes per account.
    "login_failed": "6/m/ip,30/h/ip,5/5m/key",
    "signup": "5/m/ip,30/h/ip",
    "reset_password": "5/m/ip,3/15m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
ACCOUNTS_AVATAR_MAX_BYTES = 1024 * 1024

# --- Content-Security-Policy (django-csp): no inline scripts on public pages ------
# The Wagtail admin relies on inline scripts and has its own login, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# machina keeps the files of a post being previewed in this cache (every environment needs it).
MACHINA_ATTACHMENTS_CACHE = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": env("MACHINA_ATTACHMENTS_CACHE_DIR", default=str(VAR_DIR / "machina-attachments-cache")),
}
CACHES["machina_attachments"] = MACHINA_ATTACHMENTS_CACHE

# machina finds its templates by short names (board_base.html, forum/index.html):
# our overrides first, then its own.
from machina import MACHINA_MAIN_TEMPLATE_DIR  # noqa: E402

TEMPLATES[0]["DIRS"] += [BASE_DIR / "forums" / "templates" / "machina", MACHINA_MAIN_TEMPLATE_DIR]
MACHINA_FORUM_NAME = "ClusterPoliSEE"
# Markdown rendered, then sanitised with an allow-list (markdown2's safe mode alone is not safe).
MACHINA_MARKUP_LANGUAGE = ("forums.markup.render", {})
MACHINA_MARKUP_WIDGET = "django.forms.Textarea"
MACHINA_PROFILE_AVATARS_ENABLED = False
MACHINA_PROFILE_AVATAR_MAX_UPLOAD_SIZE = ACCOUNTS_AVATAR_MAX_BYTES
MACHINA_ATTACHMENT_MAX_FILES_PER_POST = 5
MACHINA_TOPIC_POSTS_NUMBER_PER_PAGE = 15
MACHINA_FORUM_TOPICS_NUMBER_PER_PAGE = 20
FORUMS_POST_MAX_LENGTH = 20_000
FORUMS_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
FORUMS_ATTACHMENT_TYPES = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/plain": "txt",
    "text/csv": "csv",
}
# Posting limit per member: at most this many posts in this many seconds.
FORUMS_POST_RATE = (10, 60 * 10)
# Members whose posts still wait for approval (Discourse's defaults for new users, docs/forums.md):
# seconds between two posts, and topics in the first 24 hours after joining.
FORUMS_NEW_MEMBER_POST_INTERVAL = 30
FORUMS_NEW_MEMBER_FIRST_DAY_TOPICS = 3

# --- Newsletters ------------------------------------------------------------------
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL", default=DEFAULT_FROM_EMAIL)
NEWSLETTER_LIST_ID = env("NEWSLETTER_LIST_ID", default="ClusterPoliSEE newsletter <newsletter.clusterpolisee.eu>")
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO", default="")
NEWSLETTER_MAX_RATE = env.float("NEWSLETTER_MAX_RATE", default=20)  # messages per second and worker
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=100)
# Sending tasks started per campaign: with one per task worker, a worker that dies mid-campaign leaves
# the rest to the others (its claimed batch returns to the queue after NEWSLETTER_CLAIM_TIMEOUT).
NEWSLETTER_SENDERS = env.int("NEWSLETTER_SENDERS", default=2)
NEWSLETTER_CLAIM_TIMEOUT = env.int("NEWSLETTER_CLAIM_TIMEOUT", default=600)  # seconds; longer than a batch takes
NEWSLETTER_MAX_ATTEMPTS = 5
NEWSLETTER_RETRY_DELAY = 300  # seconds, doubled after each temporary failure
NEWSLETTER_CONFIRMATION_INTERVAL = 12 * 60 * 60  # at most one confirmation e-mail per address in this time
NEWSLETTER_CONFIRMATION_MAX_AGE = (
    48 * 60 * 60
)  # 48 hours, as Discourse's e-mail tokens: an old mail found later subscribes no one
NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = env.int("NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR", default=10)
NEWSLETTER_STORE_IP_HASH = env.bool("NEWSLETTER_STORE_IP_HASH", default=True)

# --- Clients, rate limits and private uploads -------------------------------------
# How many proxies of ours stand in front of the app (the TLS proxy of docs/deployment.md is one);
# every per-client limit counts the address the outermost of them saw (core/ratelimit.py).
# 0: no proxy, X-Forwarded-For is ignored.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# Wrong passwords of a password-protected page (or document collection) per client and page.
PAGE_PASSWORD_ATTEMPTS = (10, 15 * 60)
# With X-Accel-Redirect set to the internal location of PRIVATE_MEDIA_ROOT in the web server,
# Django checks the permissions and the web server sends the document (docs/deployment.md).
PRIVATE_MEDIA_ACCEL_REDIRECT = env("PRIVATE_MEDIA_ACCEL_REDIRECT", default="")
if PRIVATE_MEDIA_ACCEL_REDIRECT:
    SENDFILE_BACKEND = "config.sendfile"
