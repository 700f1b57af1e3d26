"""
The cache layers' configuration: which store, keyed to which release, and how an outage
is survived. See docs/caching.md.

- Redis through django-redis with ``IGNORE_EXCEPTIONS``: when Redis is down or slow, every
  cache call is a miss after a short timeout, so pages render uncached instead of failing.
- The page cache (wagtail-cache) has its own alias whose key prefix names the release, so a
  new release never serves a page that names static files the release no longer has.
"""

import hashlib
import logging
import os
import time
from pathlib import Path

from django_redis.cache import RedisCache as DjangoRedisCache

# What gunicorn workers and management commands log when Redis does not answer.
OUTAGE_LOGGER = "sitecore.cache.outage"
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
        "BACKEND": "sitecore.cache.RedisCache",
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


class RedisCache(DjangoRedisCache):
    """django-redis, whose ``clear()`` empties only this cache's key prefix.

    django-redis's own ``clear()`` flushes the whole Redis database, which would drop the
    booking rate-limit counters along with the pages wagtail-cache asked to clear.
    """

    def clear(self):
        self.delete_pattern("*")


class OncePerInterval(logging.Filter):
    """Lets one record through per ``seconds``, per process, without its traceback.

    django-redis logs every call it turns into a miss; during an outage that would be a
    traceback per cache call. One clear line per worker and minute says the same.
    """

    def __init__(self, seconds=60, message="Redis is unreachable; serving without a cache"):
        super().__init__()
        self.seconds = seconds
        self.message = message
        self.last = None

    def filter(self, record):
        now = time.monotonic()
        if self.last is not None and now - self.last < self.seconds:
            return False
        self.last = now
        error = record.exc_info[1] if record.exc_info else None
        cause = getattr(error, "__cause__", None) or error
        record.msg = f"{self.message} ({type(cause).__name__}: {cause})" if cause else self.message
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True
