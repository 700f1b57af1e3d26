"""A load-balancer probe: 200 when the database and the cache answer, 503 naming what does not.

The body names the failing dependency ("database", "redis") and nothing more: no host,
no error text, so it tells an operator where to look without telling the public anything.
"""

import logging

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django_redis import get_redis_connection

from caching.backends import RedisCache

logger = logging.getLogger(__name__)


def _database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_answers():
    # django-redis turns an outage into misses, so ask Redis itself.
    if isinstance(caches["default"], RedisCache):
        return bool(get_redis_connection("default").ping())
    caches["default"].set("healthz", "ok", timeout=10)
    return caches["default"].get("healthz") == "ok"


def _cache_name():
    return "redis" if isinstance(caches["default"], RedisCache) else "cache"


def _check(name, probe):
    try:
        return probe()
    except Exception:  # noqa: BLE001 - any failure is "down"; the log says which
        logger.warning("Health check: %s is not answering", name, exc_info=False)
        return False


@never_cache
def healthz(request):
    cache = _cache_name()
    status = {
        "database": _check("database", _database_answers),
        cache: _check(cache, _cache_answers),
    }
    lines = [f"{name}: {'ok' if ok else 'unavailable'}" for name, ok in status.items()]
    code = 200 if all(status.values()) else 503
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain", status=code)
