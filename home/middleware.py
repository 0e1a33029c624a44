"""The Wagtail Site of a request, from the cache instead of a query on every request."""

from django.http.request import split_domain_port

from wagtail.models import Site

from home import fragments


class CachedSiteMiddleware:
    """Sets the request's Site (what `Site.find_for_request` returns) from the fragment cache.

    Wagtail looks the site up with a query on every request, for every page and forum view.
    Sites change with the rest of the content (a Site save replaces the cached copy), so
    one query per host and port per content version is enough.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        site = fragments.cached(("site", hostname, port), lambda: self._find(request))
        request._wagtail_site = site or None
        return self.get_response(request)

    @staticmethod
    def _find(request):
        site = Site._find_for_request(request)
        if site is None:
            return False
        site.root_page  # noqa: B018  (cached with the site: every page is routed from it)
        return site
