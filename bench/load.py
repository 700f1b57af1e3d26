"""
Load generation with wrk, and nginx serving a static copy of a page (the limit).

Every process started here gets its own session (process group) and is stopped in a
``finally``, so an error or Ctrl-C leaves nothing running. Everything binds 127.0.0.1.
"""

import contextlib
import gzip
import http.cookies
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from scripts.localprod import own_process_group

HERE = Path(__file__).resolve().parent
REPORT_LUA = (HERE / "report.lua").read_text()
BOOKING_LUA = (HERE / "booking.lua").read_text()
CSRF_COOKIE = "__Host-csrftoken"
MIN_FILL_SECONDS = 3  # BOOKING_MIN_FILL_SECONDS in production, which the bench keeps


def ensure_wrk():
    """wrk is a Debian package; install it when we may (root, apt available)."""
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing wrk from Debian's packages…", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", "wrk"]
        if subprocess.run(install, env=env).returncode:
            subprocess.run(["apt-get", "update", "-q"], env=env)
            subprocess.run(install, env=env)
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk: apt-get install wrk")


def wrk(url, seconds, connections, threads=2, script=""):
    """Run wrk for ``seconds``; returns req/s, p50 and p99 in ms, and counts by status."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + "\n" + REPORT_LUA)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s"]
    command += ["-s", lua.name, url]
    try:
        with own_process_group(command, stdout=subprocess.PIPE, text=True) as process:
            output, _ = process.communicate(timeout=seconds + 60)
    finally:
        os.unlink(lua.name)
    line = next((x for x in output.splitlines() if x.startswith("WRK_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary for {url}:\n{output}")
    raw = json.loads(line.removeprefix("WRK_JSON "))
    return {
        "seconds": raw["duration_us"] / 1e6,
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "p50": raw["p50_us"] / 1000,
        "p99": raw["p99_us"] / 1000,
        "requests": raw["requests"],
        "errors": raw["errors"],
        "statuses": {int(k): v for k, v in raw["statuses"].items()},
    }


def nginx_available():
    return bool(shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin"))


def interleaved(urls, seconds, connections, rounds=3):
    """Load each URL in turn, ``rounds`` times, so drift in the machine's load hits all alike.

    Throughput is over all slices; p50 is the median slice's and p99 the worst slice's.
    """
    for url in urls.values():
        wrk(url, 2, connections)  # every worker warm before measuring
    slices = {name: [] for name in urls}
    for _ in range(rounds):
        for name, url in urls.items():
            slices[name].append(wrk(url, max(1, seconds // rounds), connections))
    return {name: _combine(runs) for name, runs in slices.items()}


def _combine(runs):
    statuses = {}
    for run in runs:
        for status, count in run["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count
    requests = sum(run["requests"] for run in runs)
    seconds = sum(run["seconds"] for run in runs)
    return {
        "seconds": seconds,
        "rps": requests / seconds,
        "p50": statistics.median(run["p50"] for run in runs),
        "p99": max(run["p99"] for run in runs),
        "requests": requests,
        "errors": sum(run["errors"] for run in runs),
        "statuses": statuses,
    }


NGINX_CONF = """
worker_processes auto;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/tmp; proxy_temp_path {dir}/tmp; fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp; scgi_temp_path {dir}/tmp;
    default_type text/html;
    gzip_static on;
    server {{ listen 127.0.0.1:{port}; root {dir}/html; }}
}}
"""


@contextlib.contextmanager
def nginx_serving(html, port):
    """nginx on 127.0.0.1:port serving ``html`` at /page.html; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="bench-nginx-") as workdir:
        # nginx's workers drop root for "nobody", who must be able to read the page.
        os.chmod(workdir, 0o755)  # noqa: S103 - a copy of a public page, nothing secret
        (Path(workdir) / "tmp").mkdir()
        (Path(workdir) / "html").mkdir()
        (Path(workdir) / "html" / "page.html").write_bytes(html)
        # Pre-compressed, as a CDN keeps it: visitors ask for gzip, and so does wrk.
        (Path(workdir) / "html" / "page.html.gz").write_bytes(gzip.compress(html, 9))
        conf = Path(workdir) / "nginx.conf"
        conf.write_text(NGINX_CONF.format(dir=workdir, port=port))
        nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
        command = [nginx, "-c", str(conf), "-p", workdir, "-e", f"{workdir}/nginx-error.log"]
        url = f"http://127.0.0.1:{port}/page.html"
        with own_process_group(command, stderr=subprocess.DEVNULL):
            wait_until_ok(url)
            yield url


def wait_until_ok(url, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if urllib.request.urlopen(url, timeout=5).status == 200:  # noqa: S310
                return
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer 200 within {timeout} s")


def booking_script(base_url, path="/book/"):
    """A wrk script posting valid bookings, from one real render of the form."""
    with urllib.request.urlopen(base_url + path, timeout=30) as response:  # noqa: S310
        html = response.read().decode()
        cookies = http.cookies.SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
    rendered = time.time()
    fields = {
        name: value
        for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html)
    }
    values = {
        "@CSRF_COOKIE@": cookies[CSRF_COOKIE].value,
        "@CSRF_TOKEN@": urllib.parse.quote(fields["csrfmiddlewaretoken"], safe=""),
        "@RENDERED_AT@": urllib.parse.quote(fields["rendered_at"], safe=""),
        "@RUN@": secrets.token_hex(4),
        "@COOKIE_NAME@": CSRF_COOKIE,
    }
    script = BOOKING_LUA
    for placeholder, value in values.items():
        script = script.replace(placeholder, value)
    # A person takes at least this long to fill the form; so must we.
    time.sleep(max(0.0, MIN_FILL_SECONDS + 1.1 - (time.time() - rendered)))
    return script, values["@RUN@"]
