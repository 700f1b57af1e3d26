"""
Follow docs/deployment.md's "First install on a fresh Debian server" on this machine.

Each ``sh`` block of that section runs in order, in one bash session, as the doc says,
against the local PostgreSQL (127.0.0.1:5432, user postgres) and Redis, with the server's
folder in a temporary directory and the ports from ``--port`` up. What a test machine
cannot do is marked in the doc and done here instead:

- ``skip``: packages and the service user (root on a fresh server);
- ``reuse-venv``: links this checkout's .venv rather than installing (``--install`` runs it);
- ``systemd``: ``systemd-analyze verify`` on the units, then their ExecStart lines run here;
- ``runuser -u clinic`` runs as the current user, ``runuser -u postgres`` as PostgreSQL's
  superuser over TCP; ``install -o/-g`` drop the owner; ``createsuperuser`` gets
  ``--noinput`` and a password from the environment.

Then it checks what a visitor and an operator see: / and /es/ show the clinic's own home
page, /healthz answers 200, every gunicorn line is JSON, the superuser exists.

    .venv/bin/python scripts/deploy_check.py [--port 8370] [--install] [--keep]
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "deployment.md"
SECTION = "## First install on a fresh Debian server"
MARK = re.compile(r"<!-- deploy-check: ([a-z-]+)")
CLINIC = "Harbourview Chiropractic"
SHIMS = r"""
set -euo pipefail
runuser() {
    local who=""
    if [ "$1" = -u ]; then who=$2; shift 2; fi
    if [ "${1:-}" = -- ]; then shift; fi
    if [ "$who" = postgres ]; then PGHOST=127.0.0.1 PGUSER=postgres "$@"; else "$@"; fi
}
install() {
    local args=()
    while [ $# -gt 0 ]; do
        case "$1" in -o|-g) shift 2 ;; *) args+=("$1"); shift ;; esac
    done
    command install "${args[@]}"
}
"""


def blocks():
    """``(mark, code)`` for each sh block of the section, in order."""
    text = DOC.read_text()
    section = text[text.index(SECTION) :]
    section = section[: section.index("\n## ", len(SECTION))]
    found = []
    for match in re.finditer(r"((?:<!--[^\n]*-->\s*\n)?)\s*```sh\n(.*?)```", section, re.S):
        mark = MARK.search(match.group(1))
        code = "\n".join(line.removeprefix("   ") for line in match.group(2).splitlines())
        found.append((mark.group(1) if mark else "", code))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    parser.add_argument("--port", type=int, default=8370, help="nginx; gunicorn +1, purge +2")
    parser.add_argument("--install", action="store_true", help="create and fill a new .venv")
    parser.add_argument("--keep", action="store_true", help="leave the folder and database")
    args = parser.parse_args()
    started = time.monotonic()
    srv = Path(tempfile.mkdtemp(prefix="clinic-deploy-check-"))
    srv.chmod(0o755)
    name = f"clinic_deploy_check_{args.port}"
    env = {
        **os.environ,
        "SRV": str(srv), "REPO": str(ROOT), "SITE_URL": "https://clinic.test", "HOST": "clinic.test",
        "DB_NAME": name, "DB_USER": name, "DB_PASSWORD": secrets.token_hex(12),
        "REDIS_URL": os.environ.get("DEPLOY_CHECK_REDIS_URL", "redis://127.0.0.1:6379/4"),
        "PUBLIC_PORT": str(args.port), "APP_PORT": str(args.port + 1),
        "PURGE_PORT": str(args.port + 2), "DJANGO_SUPERUSER_PASSWORD": secrets.token_hex(12),
    }  # fmt: skip
    _drop_database(name)
    try:
        units = _follow_the_doc(env, srv, install=args.install)
        with _services(units, srv) as logs:
            _check(env, srv, logs)
    finally:
        if not args.keep:
            _drop_database(name)
            shutil.rmtree(srv, ignore_errors=True)
    print(f"deploy_check: docs/deployment.md works, in {time.monotonic() - started:.0f} s")


def _follow_the_doc(env, srv, install):
    script, units = [SHIMS], None
    for mark, code in blocks():
        if mark == "the":  # "the test machine sets these itself": env above
            continue
        if mark == "skip":
            continue
        if mark == "reuse-venv" and not install:
            code = f'ln -s {shlex.quote(str(Path(sys.prefix)))} "$SRV/app/.venv"'
        if mark == "systemd":
            units = srv / "app" / "deploy" / "systemd"
            continue
        code = code.replace("/run/clinic", f"{srv}/run").replace(
            "createsuperuser ", "createsuperuser --noinput "
        )
        script.append(f"echo '+ {mark or 'step'}: {code.splitlines()[0][:60]}...'\n{code}")
    if units is None:
        sys.exit("deploy_check: the doc has no systemd step")
    steps, checks = script[:-1], script[-1]  # the last block checks the running site
    subprocess.run(["bash", "-c", "\n".join(steps)], env=env, cwd=srv, check=True)
    env["DEPLOY_CHECK_LAST_STEP"] = "\n".join([SHIMS, checks])
    return units


def _unit(path, srv):
    """The unit's settings we run by, with /srv/clinic moved to ``srv``."""
    text = path.read_text().replace("/srv/clinic", str(srv)).replace("/run/clinic", f"{srv}/run")
    values = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if value and not line.startswith("#"):
            values.setdefault(key.strip(), []).append(value.strip())
    return text, values


@contextlib.contextmanager
def _services(units, srv):
    rendered = srv / "units"
    rendered.mkdir()
    for path in units.iterdir():
        (rendered / path.name).write_text(_unit(path, srv)[0])
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(
            ["systemd-analyze", "verify", *sorted(map(str, rendered.iterdir()))],
            capture_output=True, text=True,
        )  # fmt: skip
        problems = [
            line for line in (verify.stdout + verify.stderr).splitlines()
            if "clinic" in line and "User" not in line  # no "clinic" user on a test machine
        ]  # fmt: skip
        if verify.returncode or problems:
            sys.exit("systemd-analyze verify:\n" + "\n".join(problems))
    (srv / "run").mkdir(exist_ok=True)
    logs, processes = {}, []
    try:
        for name in ("clinic-web.service", "clinic-nginx.service"):
            _text, unit = _unit(units / name, srv)
            env = dict(os.environ)
            for env_file in unit.get("EnvironmentFile", []):
                for line in Path(env_file).read_text().splitlines():
                    key, _, value = line.partition("=")
                    if value:
                        env[key] = value
            for pre in unit.get("ExecStartPre", []):
                subprocess.run(shlex.split(pre), env=env, check=True)
            logs[name] = srv / f"{name}.log"
            processes.append(subprocess.Popen(  # noqa: S603 - the unit's own command line
                shlex.split(unit["ExecStart"][0]), cwd=unit.get("WorkingDirectory", [srv])[0],
                env=env, stdout=logs[name].open("w"), stderr=subprocess.STDOUT,
                start_new_session=True,
            ))  # fmt: skip
        yield logs
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def _get(url, headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None, ""


def _check(env, srv, logs):
    base = f"http://127.0.0.1:{env['PUBLIC_PORT']}"
    headers = {"Host": env["HOST"], "X-Forwarded-Proto": "https"}
    deadline = time.monotonic() + 120
    while _get(base + "/healthz", headers)[0] != 200:
        if time.monotonic() > deadline:
            sys.exit(
                "deploy_check: /healthz never answered 200\n"
                + logs["clinic-web.service"].read_text()
            )
        time.sleep(0.2)
    # The doc's own last step, as written.
    subprocess.run(["bash", "-c", env["DEPLOY_CHECK_LAST_STEP"]], env=env, check=True)
    for path in ("/", "/es/"):
        status, body = _get(base + path, headers)
        heading = re.search(r"<h1[^>]*>\s*([^<]*?)\s*<", body)
        if status != 200 or not heading or heading.group(1) != CLINIC:
            sys.exit(
                f"deploy_check: {path} answered {status} with {heading and heading.group(1)!r}"
            )
        if "Welcome to your new Wagtail site" in body:
            sys.exit(f"deploy_check: {path} is Wagtail's welcome page")
    lines = [line for line in logs["clinic-web.service"].read_text().splitlines() if line.strip()]
    for line in lines:
        entry = json.loads(line)  # raises on any line that is not JSON
        if not entry["time"].endswith("+00:00"):
            sys.exit(f"deploy_check: a log line not in UTC: {line}")
    mo = srv / "app" / "locale" / "es" / "LC_MESSAGES" / "django.mo"
    if mo.stat().st_mode & 0o044 != 0o044:
        sys.exit(f"deploy_check: {mo} is not readable by the service user")
    count = (
        "from django.contrib.auth import get_user_model; "
        "print(get_user_model().objects.filter(is_superuser=True).count())"
    )
    code = f'set -a && . "$SRV/.env" && set +a && cd "$SRV/app" && .venv/bin/python manage.py shell -c "{count}"'
    out = subprocess.run(["bash", "-c", code], env=env, capture_output=True, text=True, check=True)
    if out.stdout.split()[-1] != "1":
        sys.exit("deploy_check: no superuser was created")
    print(f"deploy_check: {len(lines)} gunicorn log lines, all JSON in UTC")


def _drop_database(name):
    for sql in (f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"DROP ROLE IF EXISTS {name}"):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql],
            check=True, capture_output=True,
        )  # fmt: skip


if __name__ == "__main__":
    main()
