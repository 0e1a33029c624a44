"""Who is asking, and how often: the visitor's address behind the proxies, and counters per client.

Every per-client limit of the site (allauth's, the newsletter signup, page passwords, search)
counts by `client_address`, in the default cache. Production refuses to start unless that cache
is shared by all workers (config/settings/production.py), or each process would count alone.
"""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's IP address, as the outermost of the TRUSTED_PROXY_COUNT proxies saw it.

    Each proxy appends the address it received the request from to X-Forwarded-For, so
    with N trusted proxies the N-th entry from the right is the visitor; whatever stands
    left of it was written by the visitor and proves nothing. Without proxies (the
    default) the header is ignored and the peer address counts.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not count or not hops:
        return remote
    # Fewer entries than proxies: the request skipped the outer ones, and the innermost wrote the first.
    candidate = hops[max(len(hops) - count, 0)]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def _key(scope, key):
    return f"ratelimit:{scope}:{key}"


def hits(scope, key):
    """How many hits `key` has in `scope`'s current window."""
    return cache.get(_key(scope, key), 0)


def hit(scope, key, period):
    """Count one hit of `key` in a window of `period` seconds that starts with its first hit; the new count."""
    cache_key = _key(scope, key)
    if cache.add(cache_key, 1, period):
        return 1
    try:
        return cache.incr(cache_key)
    except ValueError:  # the window ended between add and incr
        cache.add(cache_key, 1, period)
        return 1
