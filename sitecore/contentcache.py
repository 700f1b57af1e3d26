"""
Rows every uncached page view reads, kept in the shared cache until published content changes.

The clinic settings, the header menu and the pages on the way to the requested one change
only when an editor publishes, unpublishes, moves, deletes or restricts a page, or saves a
setting, snippet, image or site: exactly what moves the page cache's generation
(``sitecore.purge``). Each entry here is stored with the generation it was read under and
used only while that generation is current. So no app server ever uses an entry from
before a change, and a read that raced a publish stores an entry that is already out of
date. A page view reads the generation and all its entries in one round trip (``prefetch``).
"""

from django.conf import settings
from django.core.cache import cache

from sitecore import pagecache

MISSING = object()
# Bump when the shape of what callers store changes, so a deploy never reads the old shape.
PREFIX = "content:2:"


def prefetch(request, keys):
    """Read the current generation and the entries under ``keys`` in one round trip."""
    found = cache.get_many([pagecache.GENERATION_KEY, *(PREFIX + key for key in keys)])
    generation = found.pop(pagecache.GENERATION_KEY, None) or pagecache.current_generation()
    entries = {key: MISSING for key in keys}
    entries.update(
        (key.removeprefix(PREFIX), value)
        for key, (entry_generation, value) in found.items()
        if entry_generation == generation
    )
    request._content_cache = (generation, entries)


def get(request, key):
    """The entry under ``key`` if it is from the current generation, else ``MISSING``."""
    if not hasattr(request, "_content_cache"):
        prefetch(request, [key])
    generation, entries = request._content_cache
    if key not in entries:  # not named in this request's prefetch: one more round trip
        entry = cache.get(PREFIX + key)
        entries[key] = entry[1] if entry is not None and entry[0] == generation else MISSING
    return entries[key]


def store(request, key, value):
    """Store ``value`` under the generation this request read."""
    if not hasattr(request, "_content_cache"):
        prefetch(request, [])
    generation, current = request._content_cache
    # Bounded like a cached page: a change made without signals shows within this time.
    cache.set(PREFIX + key, (generation, value), settings.PAGE_CACHE_TIMEOUT)
    current[key] = value
