"""
The cache layers' settings (imported by config.settings, so nothing here imports Django models): which store, keyed to which release, and how an outage
is survived. See docs/caching.md.

- Redis through django-redis with ``IGNORE_EXCEPTIONS``: when Redis is down or slow, every
  cache call is a miss after a short timeout, so pages render uncached instead of failing.
- The page cache (wagtail-cache) has its own alias whose key prefix names the release, so a
  new release never serves a page that names static files the release no longer has.
"""

import hashlib
import os
from pathlib import Path

# What gunicorn workers and management commands log when Redis does not answer.
OUTAGE_LOGGER = "caching.outage"
# How long a cache call may wait for Redis before it counts as a miss.
REDIS_TIMEOUT_SECONDS = 0.25


def release_id(static_root, environ=os.environ):
    """``RELEASE_ID`` if set, else a hash of the static manifest collectstatic wrote.

    The manifest maps every static file to its hashed name, so it changes exactly when a
    release changes what pages link to. Without one (development) the release is "dev".
    """
    if environ.get("RELEASE_ID"):
        return environ["RELEASE_ID"]
    manifest = Path(static_root) / "staticfiles.json"
    try:
        return hashlib.sha256(manifest.read_bytes()).hexdigest()[:12]
    except OSError:
        return "dev"


def redis_cache(url, prefix):
    """A django-redis cache that degrades to misses when Redis is unreachable."""
    return {
        "BACKEND": "caching.backends.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
    }


def caches_for(default, pages, release, page_timeout):
    """``CACHES`` for one store: shared data, renditions and pages keyed to ``release``."""
    page_cache = {
        **pages,
        "KEY_PREFIX": f"{pages.get('KEY_PREFIX', 'clinic')}:page:{release}",
        "TIMEOUT": page_timeout,
    }
    return {"default": default, "renditions": default, "pagecache": page_cache}
