vcl 4.1;
# The site's frontend cache. scripts/varnish.sh fills in the lines marked @@…@@ (backends and the
# addresses allowed to purge) and runs varnishd with the result; docs/deployment.md ("Varnish")
# explains the rules below.

import directors;
import std;
import xkey;

# One backend per application server, each probed on /healthz (no session, no write; it checks the
# database answers): a server that refuses connections leaves the rotation within about two seconds.
# The probe waits in the server's queue like any request, so a server busy with a burst of uncached
# pages gets three seconds to answer before it counts as failed: a slow server is not a dead one.
probe healthz {
    .request = "HEAD /healthz HTTP/1.1"
        "Host: localhost"
        "Connection: close"
        "User-Agent: Varnish health probe";
    .interval = 1s;
    .timeout = 3s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

@@BACKENDS@@

# Only the application (Wagtail's frontend-cache backend) and the operators purge.
acl purgers {
    "127.0.0.1";
    "::1";
@@PURGERS@@
}

sub vcl_init {
    new app = directors.round_robin();
@@DIRECTOR@@
    # Stale pages are refetched in the background by the servers kept for it (VARNISH_REFRESH_BACKENDS,
    # if any), else by the others.
    new refresh_lane = directors.round_robin();
@@REFRESH_DIRECTOR@@
    new refresh = directors.fallback();
    refresh.add_backend(refresh_lane.backend());
    refresh.add_backend(app.backend());
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    # Invalidation: PURGE of one URL, or of every object tagged with one of the tags listed in
    # xkey-purge (gone at once) or xkey-softpurge (expired, still served stale while refetched).
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
        }
        if (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
            return (synth(200, "Expired " + req.http.n-gone + " objects"));
        }
        return (purge);
    }

    # While the application answers, an object past its lifetime is refetched before it is served
    # (beyond ten seconds of grace); when every backend is down, the stale copy is served instead.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in members (their session cookie) and HTTP authentication see pages of their own.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Everyone else gets the same page: their cookies (CSRF token, language, analytics) are not sent
    # on, so they neither split the cache nor reach a page shared with others.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The URL alone: one site stands behind this cache, and Wagtail purges with the Host of its Site
    # record, which may differ from the address visitors use (port, proxy). Add req.http.host here
    # when several sites share a Varnish.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # A soft purge (a new item for a listing, the home page) leaves the page stale: visitors get the stale
    # copy while it is refetched in the background. That refetch skips the queue of visitors' uncached
    # requests, which under load is seconds long, so that a published change shows within a second or two.
    if (bereq.is_bgfetch) {
        set bereq.backend = refresh.backend();
    }
}

sub vcl_backend_error {
    # A server that died before the probe noticed: a GET or HEAD, which changes nothing, is tried once
    # more instead of answering 503 (the director picks the server at each fetch: the next one).
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries == 0) {
        return (retry);
    }
}

sub vcl_backend_response {
    # A failed refetch of a stale object keeps the stale object (grace) instead of caching the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Text compressed once here rather than by every client request.
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml|ld\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # Only what the application declares shareable is kept: Cache-Control public or s-maxage, and
    # neither a cookie nor private/no-store/no-cache. A response without Cache-Control is not cached.
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)"
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        # Remember for two minutes not to wait for another request's fetch of this URL.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Kept six hours beyond its lifetime, to be served while the application is down.
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    # Whether this answer came from the cache, for operators and the tests.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags are the cache's business only.
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason;
    return (deliver);
}
