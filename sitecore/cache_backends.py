"""
The cache backends: Django's, with two costs of an uncached page view removed (issue 7).

- Django's Redis backend builds a new ``redis.Redis`` client, with its table of a few
  hundred response callbacks, for every cache call: four times per page view. A client is
  only a handle on the connection pool, which is thread-safe, so one per pool is kept.
- A rate-limit count (``count_in_window``, for ``booking.spam``) is one round trip
  instead of three.
- Wagtail 7.4 reads a page's renditions from the cache in one call, then writes every one
  it read straight back, because only prefetched renditions are marked as already cached.
  That is a pickle per rendition and a Redis transaction per image on every uncached page
  view. The ``renditions`` backends mark what they return, which is what Wagtail checks.
"""

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _OneClientPerPool(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # Django's own picks the server (a random replica for reads) inside
        # _get_connection_pool, so the pool is looked up here by the index picked once.
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            self._clients[index] = self._client(connection_pool=self._pools[index])
        return self._clients[index]


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _OneClientPerPool

    def count_in_window(self, key, window):
        """Count one hit on ``key``, which expires ``window`` seconds after its first hit.

        ``add`` then ``incr`` is three round trips in Django's backend (its ``incr`` checks
        that the key exists first); this is one MULTI/EXEC, so just as atomic.
        """
        key = self.make_and_validate_key(key)
        pipe = self._cache.get_client(key, write=True).pipeline(transaction=True)
        pipe.set(key, 0, ex=window, nx=True)
        pipe.incr(key)
        return pipe.execute()[1]


class _MarksWhatItReads:
    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found


class RedisRenditionCache(_MarksWhatItReads, RedisCache):
    pass


class LocMemRenditionCache(_MarksWhatItReads, LocMemCache):
    pass


class FileBasedRenditionCache(_MarksWhatItReads, FileBasedCache):
    pass


RENDITION_BACKENDS = {
    f"{__name__}.RedisCache": f"{__name__}.RedisRenditionCache",
    "django.core.cache.backends.locmem.LocMemCache": f"{__name__}.LocMemRenditionCache",
    "django.core.cache.backends.filebased.FileBasedCache": f"{__name__}.FileBasedRenditionCache",
}


def count_in_window(cache, key, window):
    """Count one hit on ``key`` in ``cache``; the count expires ``window`` s after its first.

    Atomic across processes on Redis (one MULTI, ``RedisCache.count_in_window``) and on
    Memcached (``add`` then ``incr``).
    """
    if hasattr(cache, "count_in_window"):  # through django.core.cache.cache's proxy too
        return cache.count_in_window(key, window)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return 1


def with_renditions_alias(caches):
    """``caches`` plus a ``renditions`` alias on the same store as ``default``."""
    default = caches["default"]
    return {**caches, "renditions": {**default, "BACKEND": RENDITION_BACKENDS[default["BACKEND"]]}}
