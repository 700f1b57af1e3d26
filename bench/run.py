"""
`make bench`: what a visitor and the clinic feel, against baselines from the same run.

Builds fresh databases (a temporary SQLite file and PostgreSQL ``clinic_bench`` on
127.0.0.1:5432) with ``seed_demo`` plus the large technique page, serves them with the
bench settings (production plus a reCAPTCHA stub and no booking rate limits) under
gunicorn behind the nginx front cache (scripts/frontcache.py), all on loopback, loads
them with wrk, and prints one table. Redis DB 14 holds the cache. Everything it starts
or creates is stopped or dropped on the way out, Ctrl-C included. Exit status: see
docs/performance.md ("Exit status").
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import load, table  # noqa: E402
from scripts import frontcache  # noqa: E402
from scripts.localprod import PYTHON, ROOT, build_site, gunicorn, prod_env  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8741"))
UNCACHED_PORT = PORT + 1
NGINX_PORT = PORT + 2
PURGE_PORT = PORT + 3
SECONDS = int(os.environ.get("BENCH_SECONDS", "12"))
BOOKING_SECONDS = int(os.environ.get("BENCH_BOOKING_SECONDS", "15"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
BOOKING_CLIENTS = 50
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
CACHE_PREFIX = "clinic-bench"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DATABASE = "clinic_bench"
HELLO = "/bench/hello"
SOT = "/techniques/sacro-occipital-technique/"
# The static copy of SOT, under STATIC_ROOT, which nginx serves from /static/.
STATIC_COPY = "bench-copy/sot.html"


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt  # so every ``finally`` below stops what it started


@contextlib.contextmanager
def redis_index(notes):
    """Redis DB 14 with none of our keys before or after; None (a file cache) without Redis.

    Only keys under the bench's own prefix are deleted, never the whole index: pytest-xdist
    workers may hold another run's cache in the same index (config/settings/test.py).
    """
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)

    def forget_ours():
        keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])

    try:
        forget_ours()
    except redis.RedisError:
        notes.append(
            "Redis not reachable on 127.0.0.1:6379: the cache is files in the run's folder."
        )
        yield None
        return
    try:
        yield REDIS_URL
    finally:
        forget_ours()


@contextlib.contextmanager
def postgres_database(notes):
    """A fresh ``clinic_bench`` database, dropped afterwards; None without PostgreSQL."""
    import psycopg

    def admin(sql):
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3) as c:
            c.execute(sql)

    try:
        admin(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        admin(f"CREATE DATABASE {PG_DATABASE}")
    except psycopg.OperationalError:
        notes.append("PostgreSQL not reachable on 127.0.0.1:5432: its figures are skipped.")
        yield None
        return
    try:
        yield f"{PG_SERVER}/{PG_DATABASE}"
    finally:
        admin(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")


def bench_env(workdir, database_url, redis_url, **extra):
    env = prod_env(workdir, PORT, settings="bench.settings", **extra)
    # This run's own release folder, which nginx serves as /static/.
    env.update(DATABASE_URL=database_url, STATIC_ROOT=str(Path(workdir) / "static"))
    if redis_url:
        env.update(REDIS_URL=redis_url, CACHE_KEY_PREFIX=CACHE_PREFIX)
    return env


def python(env, code):
    """Run ``code`` with Django set up for ``env``; returns its stdout."""
    setup = "import django; django.setup()\n"
    result = subprocess.run(
        [PYTHON, "-c", setup + code], cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE
    )
    return result.stdout.decode().strip()


def measure_in_process(env):
    output = subprocess.run(
        [PYTHON, "-m", "bench.measure"], cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE
    ).stdout.decode()
    return json.loads(output.strip().splitlines()[-1])


def import_seconds(env):
    """The floor under cold start: importing Django and the WSGI app in one process."""
    started = time.perf_counter()
    subprocess.run([PYTHON, "-c", "import config.wsgi"], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def bookings(env, label):
    """50 clients posting valid bookings; every 302 must be a stored row."""
    base = f"http://127.0.0.1:{PORT}"
    script, run = load.booking_script(base)
    result = load.wrk(f"{base}/book/", BOOKING_SECONDS, BOOKING_CLIENTS, script=script)
    stored = int(
        python(
            env,
            "from booking.models import BookingRequest as B; "
            f"print(B.objects.filter(email__startswith='bench-{run}-').count())",
        )
    )
    accepted = sum(n for status, n in result["statuses"].items() if 300 <= status < 400)
    return {
        **result,
        "label": label,
        "accepted": accepted,
        "accepted_rps": accepted / result["seconds"],
        "stored": stored,
        "lost": max(0, accepted - stored),
    }


def front_cache(stack, env, workdir, figures):
    """nginx in front of the cached gunicorn; its URLs for SOT and a static copy, or None."""
    missing = frontcache.missing_reason()
    if missing:
        figures["notes"].append(f"{missing}: no front-cache figures.")
        return None
    static_root = Path(env["STATIC_ROOT"])
    # nginx's workers ("nobody" when run as root) read the static and media files in here.
    os.chmod(workdir, 0o755)  # noqa: S103 - a throwaway demo site, nothing secret
    stack.enter_context(
        frontcache.running(
            Path(workdir) / "nginx", NGINX_PORT, PURGE_PORT, PORT, static_root, env["MEDIA_ROOT"]
        )
    )
    base = f"http://127.0.0.1:{NGINX_PORT}"
    static_url = f"{base}/static/{STATIC_COPY}"
    page = load.warm_until_hit(base + SOT, "X-Cache", "HIT")
    copy = static_root / STATIC_COPY
    load.static_copy(page, copy.parent, copy.name, static_url)
    return {"static": static_url, "front": base + SOT}


def serve_and_load(env, uncached_env, workdir, figures, log, on_postgres):
    """Both servers and nginx up at once, so their loads can be interleaved."""
    with contextlib.ExitStack() as stack:
        app = "config.wsgi:application"
        figures["cold_start"] = stack.enter_context(gunicorn(env, PORT, app, log=log))
        stack.enter_context(gunicorn(uncached_env, UNCACHED_PORT, app, log=log))
        urls = front_cache(stack, env, workdir, figures) or {}
        base = f"http://127.0.0.1:{PORT}"
        load.warm_until_hit(base + SOT, "X-Wagtail-Cache", "hit")
        urls.update(
            hello=base + HELLO,
            app=base + SOT,
            uncached=f"http://127.0.0.1:{UNCACHED_PORT}{SOT}",
        )
        figures.update(load.interleaved(urls, SECONDS, CONNECTIONS))
        if on_postgres:
            figures["bookings"].append(bookings(env, "postgres"))


def run_all(workdir, log, redis_url, pg_url, figures):
    """Every figure, in the order that keeps the machine quiet for each."""
    sqlite_url = f"sqlite:///{Path(workdir) / 'bench.sqlite3'}"
    sqlite_env = bench_env(workdir, sqlite_url, redis_url)
    # PostgreSQL and Redis, as in production, for the pages; SQLite for bookings too.
    site_url = pg_url or sqlite_url
    env = bench_env(workdir, site_url, redis_url)
    print(f"Building the site on {'PostgreSQL' if pg_url else 'SQLite'}…", flush=True)
    build_site(env, quiet=True)
    print("Counting queries and timing renders in-process…", flush=True)
    figures["measured"] = measure_in_process(env)
    figures["import"] = import_seconds(env)
    print("Loading the site under gunicorn with wrk…", flush=True)
    uncached_env = bench_env(workdir, site_url, redis_url, PAGE_CACHE_ENABLED="false")
    serve_and_load(env, uncached_env, workdir, figures, log, on_postgres=bool(pg_url))
    print("Booking under load on SQLite…", flush=True)
    build_site(sqlite_env, collect_static=False, quiet=True)
    with gunicorn(sqlite_env, PORT, "config.wsgi:application", log=log):
        figures["bookings"].append(bookings(sqlite_env, "sqlite"))


def main():
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    load.ensure_wrk()
    if frontcache.missing_reason() and os.geteuid() == 0:
        frontcache.ensure_installed()  # from Debian's packages, the service left stopped
    started = time.monotonic()
    notes = [f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"]
    figures = {"bookings": [], "notes": notes}
    with (
        tempfile.TemporaryDirectory(prefix="bench-") as workdir,
        redis_index(notes) as redis_url,
        postgres_database(notes) as pg_url,
    ):
        log = Path(workdir) / "gunicorn.log"
        try:
            run_all(workdir, str(log), redis_url, pg_url, figures)
        except Exception:
            if log.exists():
                print("gunicorn's log ends:\n" + "\n".join(log.read_text().splitlines()[-20:]))
            raise
    notes.append(f"load average after the run: {os.getloadavg()[0]:.2f}")
    figures["elapsed"] = time.monotonic() - started
    figures["postgres"] = bool(pg_url)
    figures["redis"] = bool(redis_url)
    save(figures)
    return table.report(figures, notes, postgres=bool(pg_url))


def save(figures):
    """Every raw figure, for comparing runs; bench-results/ is git-ignored."""
    results = ROOT / "bench-results"
    results.mkdir(exist_ok=True)
    (results / "latest.json").write_text(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("Interrupted; everything the benchmark started has been stopped.")
