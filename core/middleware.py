"""The Wagtail Site of a request and the page a URL routes to, from the cache instead of queries."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core import fragments


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
    language and path, under the content version) and fetched in one query; the page then routes
    what is left of the path itself (a sub-route of a routable page, such as a feed), without queries.
    """

    @staticmethod
    def _key(request, path):
        return ("route", getattr(request._wagtail_site, "pk", None), get_language(), path)

    @classmethod
    def use_cached_route(cls, request, path):
        site = getattr(request, "_wagtail_site", None)
        if site is None or hasattr(request, "_wagtail_route_for_request"):
            return
        components = [component for component in path.split("/") if component]
        cache_key = fragments.key(*cls._key(request, path))
        found = fragments.cache.get(cache_key)
        if found is not None:
            page_id, content_type_id, consumed = found
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = model.objects.filter(pk=page_id, live=True).first() if model else None
            if page is not None:
                try:
                    request._wagtail_route_for_request = page.route(request, components[consumed:])
                    return
                except Http404:
                    pass
        route = Page.route_for_request(request, path)
        if route is not None and route.page.live:
            consumed = route.page.depth - site.root_page.depth
            if 0 <= consumed <= len(components):
                value = (route.page.pk, route.page.content_type_id, consumed)
                fragments.cache.set(cache_key, value, fragments.TIMEOUT)
