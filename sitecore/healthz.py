"""A load-balancer probe: 200 when the database and the cache answer, 503 otherwise."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_answers():
    cache.set("healthz", "ok", timeout=10)
    return cache.get("healthz") == "ok"


@never_cache
def healthz(request):
    # The body never says which dependency failed: that is for the logs, not the public.
    try:
        healthy = _database_answers() and _cache_answers()
    except Exception:
        logger.exception("Health check failed")
        healthy = False
    if healthy:
        return HttpResponse("ok", content_type="text/plain")
    return HttpResponse("unavailable", content_type="text/plain", status=503)
