"""Wagtail's HTTP purge backend for Varnish, with a time limit and tag (xkey) invalidation."""

import logging
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

logger = logging.getLogger("wagtail.frontendcache")

# Seconds to wait for the cache: a publish must never hang on a cache that is down.
TIMEOUT = 5


class VarnishBackend(HTTPBackend):
    """PURGE of single URLs as Wagtail's HTTPBackend sends it, and PURGE with xkey-purge for tags.

    Wagtail's backend waits for an answer without a limit and lets a timeout or a reset
    connection through as an exception; here every failure is logged and the next URL goes on.
    """

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""])
        self._send(PurgeRequest(target, headers={"Host": host, "User-Agent": _user_agent()}), url)

    def purge_tags(self, tags, *, soft=False):
        """Invalidate every object tagged (xkey header) with one of `tags`; `soft` expires them instead,
        so that they are still served while being refetched."""
        if not tags:
            return
        header = "xkey-softpurge" if soft else "xkey-purge"
        target = urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""])
        request = PurgeRequest(target, headers={header: " ".join(sorted(tags)), "User-Agent": _user_agent()})
        self._send(request, "tags " + " ".join(sorted(tags)))

    def _send(self, request, what):
        try:
            with urlopen(request, timeout=TIMEOUT):  # noqa: S310 - the scheme is the configured cache's
                pass
        except HTTPError as error:
            logger.error("Could not purge %s from %s: HTTP %d %s", what, self.cache_netloc, error.code, error.reason)
        except OSError as error:  # refused, reset, timed out, name not found
            logger.error("Could not purge %s from %s: %s", what, self.cache_netloc, error)


def _user_agent():
    return "Wagtail-frontendcache/" + __version__
