"""A Redis that is not there: a closed port on this machine, never the shared server."""

import logging
import socket

from caching.config import OUTAGE_LOGGER, caches_for, redis_cache


def closed_port():
    """A loopback port nothing listens on: bound, then closed, so connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_redis_caches():
    redis = redis_cache(f"redis://127.0.0.1:{closed_port()}/0", "clinic-outage")
    return caches_for(redis, redis, "outage", 300)


def point_caches_at_a_redis_that_is_down(settings):
    """Production's cache settings, pointed at a Redis that refuses every connection."""
    settings.CACHES = unreachable_redis_caches()
    settings.WAGTAIL_CACHE = True
    for log_filter in logging.getLogger(OUTAGE_LOGGER).filters:
        log_filter.last = None  # each test starts a fresh minute
    return settings
