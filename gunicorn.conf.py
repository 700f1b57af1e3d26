"""Gunicorn defaults for one app server; each can be overridden from the environment.

https://docs.gunicorn.org/en/stable/settings.html
"""

import multiprocessing
import os
import re
import tempfile

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
# Every line JSON in UTC, as Django's own (config/jsonlog.py). The access line carries the
# method, the path without its query string (which can carry personal data: search terms,
# e-mail addresses in links), status, bytes and duration; no client address or user agent.
logger_class = "config.gunicorn_logging.JsonLogger"
access_log_format = "%(m)s %(U)s %(s)s %(B)s %(M)s"
# gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), so a
# second server on the machine would take over the first one's. One per bind address.
control_socket = os.environ.get(
    "GUNICORN_CONTROL_SOCKET",
    os.path.join(tempfile.gettempdir(), f"gunicorn-{re.sub(r'[^0-9A-Za-z]+', '-', bind)}.ctl"),
)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """Check the Site's address, then purge the front cache, before any worker serves.

    A default Site on another address than SITE_URL would put that address in every
    canonical link and the sitemap: the server refuses to start and says how to fix it.
    Pages cached by the previous release name static files this release no longer has.
    A failed purge is logged and the release starts anyway: pages then expire by s-maxage.
    Runs in the master before the workers fork, so it closes its database and cache connections.
    """
    import django
    from django.apps import apps

    try:
        if not apps.ready:
            django.setup()
        _refuse_a_wrong_site_address(server)
        _purge_and_copy_clinic_details(server)
    finally:
        if apps.ready:
            from django.core.cache import caches
            from django.db import connections

            connections.close_all()
            caches.close_all()


def _refuse_a_wrong_site_address(server):
    from core.checks import site_url_errors

    for error in site_url_errors():
        server.log.error("%s %s", error.msg, error.hint)
        server.halt(reason=f"{error.msg} {error.hint}", exit_status=1)


def _purge_and_copy_clinic_details(server):
    from caching.purge import purge_front_cache
    from core import clinic_details

    try:
        result = purge_front_cache()
        if result.failed:
            server.log.warning("Front cache purge at start: %s", result)
        elif result.sent:
            server.log.info("Purged %d URLs from the front cache", result.sent)
    except Exception:
        server.log.exception("Front cache purge at start failed")
    # The outage page's copy of the clinic's phone and address, for this server's disk.
    clinic_details.refresh()
