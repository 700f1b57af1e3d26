"""The Redis cache backend and the log filter that keep a Redis outage quiet and harmless."""

import logging
import time

from django_redis.cache import RedisCache as DjangoRedisCache


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
