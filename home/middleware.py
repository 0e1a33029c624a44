"""The Wagtail Site of a request and the page a URL routes to, from the cache instead of queries."""

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

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

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            CachedRoutes.use_cached_route(request, view_args[0] if view_args else view_kwargs.get("path", ""))

    @staticmethod
    def _find(request):
        site = Site._find_for_request(request)
        if site is None:
            return False
        site.root_page  # noqa: B018  (cached with the site: every page is routed from it)
        return site


class CachedRoutes:
    """Wagtail routes a URL one level at a time, two queries a level (the child, then its specific
    row): eight queries for an article. The page a URL leads to is kept in the cache (per site,
    language and path, under the content version), and fetched in one query. Only plain routes
    (no sub-route views) of live pages are kept; everything else is routed as Wagtail does.
    """

    @staticmethod
    def _key(request, path):
        return ("route", getattr(request._wagtail_site, "pk", None), get_language(), path)

    @classmethod
    def use_cached_route(cls, request, path):
        if getattr(request, "_wagtail_site", None) is None or hasattr(request, "_wagtail_route_for_request"):
            return
        key = cls._key(request, path)
        found = fragments.cache.get(fragments.key(*key))
        if found is not None:
            page_id, content_type_id = found
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = model.objects.filter(pk=page_id, live=True).first() if model else None
            if page is not None:
                request._wagtail_route_for_request = RouteResult(page)
                return
        route = Page.route_for_request(request, path)
        if route is not None and not route.args and not route.kwargs and route.page.live:
            fragments.cache.set(fragments.key(*key), (route.page.pk, route.page.content_type_id), fragments.TIMEOUT)
