"""Gunicorn defaults for one app server; each can be overridden from the environment.

https://docs.gunicorn.org/en/stable/settings.html
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# The usual (2 x cores) + 1: enough to keep the CPU busy while some workers wait on I/O.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Slow clients are the proxy's job; a request still running after this is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound; rarely, since a
# worker serving cached pages passes 1,000 requests in seconds (docs/performance.md).
max_requests = 20000
max_requests_jitter = 2000
# Import Django once in the master and fork workers from it: a new or recycled worker
# serves at once instead of spending a second importing (docs/performance.md). Nothing
# opens a database or Redis connection at import time, so none is shared across forks.
preload_app = True
# Heartbeat files in RAM: a slow disk must not make healthy workers look dead.
SHM = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHM if os.path.isdir(SHM) else None

accesslog = "-"
errorlog = "-"
# %(U)s is the path without the query string, which can carry personal data
# (search terms, email addresses in links); no client address or user agent either.
access_log_format = (
    '{"method": "%(m)s", "path": "%(U)s", "status": %(s)s, "bytes": "%(B)s", "duration_ms": %(M)s}'
)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """Purge the front cache once this release listens, before any worker serves.

    Pages cached by the previous release name static files this release no longer has.
    A failed purge is logged and the release starts anyway: pages then expire by s-maxage.
    Runs in the master before the workers fork, so it closes its database and cache connections.
    """
    import django
    from django.apps import apps

    try:
        if not apps.ready:
            django.setup()
        from caching.purge import purge_front_cache

        sent = purge_front_cache()
        if sent:
            server.log.info("Purged %d URLs from the front cache", sent)
    except Exception:
        server.log.exception("Front cache purge at start failed")
    finally:
        if apps.ready:
            from django.core.cache import caches
            from django.db import connections

            connections.close_all()
            caches.close_all()
