"""The one base URL (scheme, host and port) that every absolute link of the site starts with.

In order of preference:
1. the request being answered, when there is one: the address the visitor used, with the
   scheme and host a trusted proxy reports (SECURE_PROXY_SSL_HEADER, USE_X_FORWARDED_HOST);
2. settings.SITE_URL, for links made without a request (e-mails sent by the task worker,
   links stored in content); production requires it, scripts/run.sh sets it for its PORT;
3. the default Wagtail Site's host name and port.

Wagtail's own `Page.get_full_url()` skips the request and the setting (it always uses the
Site record, typically http://localhost/), so pages go through `page_url()` instead.
"""

from urllib.parse import urljoin

from django.conf import settings

from wagtail.models import Site


def site_root_url(request=None):
    """The base URL without a trailing slash, e.g. "https://clusterpolisee.eu"."""
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url, request=None):
    """`url` (a path such as "/en/news/") on the site's base URL; an absolute URL stays as it is."""
    return urljoin(site_root_url(request) + "/", url)


def page_url(page, request=None):
    """The page's absolute URL, or None for a page that has no URL (outside every site)."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None
    return absolute_url(parts[2], request)
