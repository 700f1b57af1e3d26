"""
Run the site with its production settings on loopback, for `make lighthouse` and `make bench`.

Everything lives in a temporary directory: a SQLite database seeded by
``seed_demo``, the media files and the collected static files, so a run never
touches the developer's ``db.sqlite3``. The values below are throwaway
stand-ins for the secrets production reads from its environment.
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")


def prod_env(workdir, port, settings="config.settings.production", **extra):
    """The environment production needs, pointed at files inside ``workdir``."""
    workdir = Path(workdir)
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=settings,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=f"http://127.0.0.1:{port}",
        DATABASE_URL=env.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir / 'site.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        CLINIC_DETAILS_FILE=str(workdir / "clinic-details.json"),
        # Without Redis, the cache lives with this run's database, never an older run's.
        CACHE_DIR=str(workdir / "cache"),
        RECAPTCHA_PUBLIC_KEY="local-run-not-a-key",
        RECAPTCHA_PRIVATE_KEY="local-run-not-a-key",
        # Plain HTTP on loopback: no TLS to redirect to, nothing to pin.
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        ADMIN_2FA_REQUIRED="false",
        LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, **run_kwargs):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, **run_kwargs)


def build_site(env, collect_static=True, quiet=False):
    """A fresh database with the demo clinic, and the static files as production serves them."""
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    # Production never installs the demo app; its own settings module adds it for seeding.
    seeding = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.demo"}
    manage(seeding, "seed_demo", stdout=subprocess.DEVNULL if quiet else None)
    if collect_static:
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")


@contextlib.contextmanager
def own_process_group(command, stop_timeout=10, **popen_kwargs):
    """Start ``command`` in its own session; stop it and all its children on the way out."""
    process = subprocess.Popen(command, start_new_session=True, **popen_kwargs)
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=stop_timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextlib.contextmanager
def gunicorn(
    env,
    port,
    app="scripts.localprod_wsgi:application",
    workers=None,
    log=None,
    access_log="/dev/null",
):
    """gunicorn on 127.0.0.1:port with gunicorn.conf.py; yields the seconds to the first 200."""
    workers = workers or os.cpu_count() * 2 + 1
    command = [GUNICORN, app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    command += ["--access-logfile", access_log, "--error-logfile", log or "-"]
    command += ["--control-socket", control_socket(port)]
    started = time.perf_counter()
    # Its own process group, so the master and every worker stop together.
    with own_process_group(command, stop_timeout=15, cwd=ROOT, env=env) as process:
        yield wait_for_200(f"http://127.0.0.1:{port}/", started, process)


def control_socket(port):
    """One per port, so two servers on one machine never share gunicorn's control socket."""
    return os.path.join(tempfile.gettempdir(), f"clinic-gunicorn-{port}.ctl")


def wait_for_200(url, started, process, timeout=120):
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited with {process.returncode} before serving {url}")
        with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
            # Generous: the very first render may encode every image rendition.
            if urllib.request.urlopen(url, timeout=60).status == 200:  # noqa: S310
                return time.perf_counter() - started
        time.sleep(0.05)
    sys.exit(f"{url} did not answer 200 within {timeout} s")


def get(url, timeout=10):
    """Status and body of a GET; a 404 is an answer, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
