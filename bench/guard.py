"""
The bench settings serve only loopback. Anything else is refused before Django starts.

The bench settings stub reCAPTCHA and lift the booking rate limits, so a server running
them must never be reachable by anyone but the benchmark on the same machine.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _host(location):
    return urlsplit(location).hostname or ""


def off_loopback(databases, caches, allowed_hosts):
    """Every database, cache or allowed host that is not on this machine's loopback."""
    found = []
    for alias, database in databases.items():
        if (
            database["ENGINE"] != "django.db.backends.sqlite3"
            and (database.get("HOST") or "") not in LOOPBACK
        ):
            found.append(f"database {alias} at {database.get('HOST') or 'a socket'}")
    for alias, cache in caches.items():
        if "redis" in cache["BACKEND"].lower() and _host(cache["LOCATION"]) not in LOOPBACK:
            found.append(f"cache {alias} at {_host(cache['LOCATION'])}")
    found += [f"allowed host {host}" for host in allowed_hosts if host not in LOOPBACK]
    return found


def require_loopback(databases, caches, allowed_hosts):
    found = off_loopback(databases, caches, allowed_hosts)
    if found:
        raise ImproperlyConfigured(
            "bench.settings stubs reCAPTCHA and serves loopback only; refusing " + ", ".join(found)
        )
