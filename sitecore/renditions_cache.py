"""
The cache Wagtail keeps image renditions in (the ``renditions`` alias).

Wagtail 7.4 reads a page's renditions from the cache in one call, then writes every one
it read straight back, because only prefetched renditions are marked as already cached.
That is a pickle per rendition and a Redis transaction per image on every uncached page
view (issue 7). These backends mark what they return, which is what Wagtail checks.
"""

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache


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


BACKENDS = {
    "django.core.cache.backends.redis.RedisCache": f"{__name__}.RedisRenditionCache",
    "django.core.cache.backends.locmem.LocMemCache": f"{__name__}.LocMemRenditionCache",
}


def with_renditions_alias(caches):
    """``caches`` plus a ``renditions`` alias on the same store as ``default``."""
    default = caches["default"]
    return {**caches, "renditions": {**default, "BACKEND": BACKENDS[default["BACKEND"]]}}
