"""Django's Redis cache, made to fail open: with Redis down, pages still render.

The default cache holds fragments of pages (core/fragments.py), sessions' neighbours and the
counters of every rate limit (core/ratelimit.py, allauth). When Redis does not answer, a
read is a miss, a write is dropped and a counter starts from one, each with a warning in the
log (at most one per RETRY_AFTER seconds and process). So the site serves pages a little more
slowly, and the rate limits fail open: for the minutes of an outage a client is not
throttled. That is a deliberate choice: refusing every login, sign-up and search while the
cache is down would turn a cache outage into a site outage.

While Redis is down, each call would wait for a connection timeout; after a failure the cache
is skipped for RETRY_AFTER seconds.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache

import redis

logger = logging.getLogger(__name__)

RETRY_AFTER = 10  # seconds without trying Redis after a failure


# What a server that is down or too slow raises.
UNAVAILABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        # A dead server must not hold a request for long.
        options.setdefault("socket_connect_timeout", 1)
        options.setdefault("socket_timeout", 1)
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0

    def _call(self, fallback, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return method(*args, **kwargs)
        except UNAVAILABLE as error:
            self._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("Cache unavailable, failing open for %ss: %s", RETRY_AFTER, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def add(self, key, value, timeout=None, version=None):
        # True: the caller goes on as if it were the first (a rate-limit window starts at one).
        return self._call(True, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=None, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=None, version=None):
        return self._call([], super().set_many, data, timeout, version)

    def touch(self, key, timeout=None, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._call(delta, super().incr, key, delta, version)

    def clear(self):
        return self._call(None, super().clear)
