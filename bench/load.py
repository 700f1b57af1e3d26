"""
Load generation with wrk, and the static copy of a page that nginx serves as the limit.

Every process started here gets its own session (process group) and is stopped in a
``finally``, so an error or Ctrl-C leaves nothing running. Everything binds 127.0.0.1.
"""

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
import urllib.error
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
        "bytes": raw["bytes"],
        "errors": raw["errors"],
        "statuses": {int(k): v for k, v in raw["statuses"].items()},
        "caches": raw["caches"],
    }


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


def _tally(runs, key):
    totals = {}
    for run in runs:
        for value, count in run[key].items():
            totals[value] = totals.get(value, 0) + count
    return totals


def _combine(runs):
    requests = sum(run["requests"] for run in runs)
    seconds = sum(run["seconds"] for run in runs)
    return {
        "seconds": seconds,
        "rps": requests / seconds,
        "p50": statistics.median(run["p50"] for run in runs),
        "p99": max(run["p99"] for run in runs),
        "requests": requests,
        "bytes": sum(run["bytes"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "statuses": _tally(runs, "statuses"),
        "caches": _tally(runs, "caches"),
    }


def fetch(url, timeout=30):
    """Status, headers and raw body of a GET asking for gzip, as a browser and wrk ask."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def warm_until_hit(url, header, hit, tries=5):
    """GET ``url`` until its ``header`` says ``hit``; that response's headers and raw body."""
    for _ in range(tries):
        status, headers, body = fetch(url)
        if status != 200:
            raise RuntimeError(f"GET {url} answered {status}")
        if (headers.get(header) or "") == hit:
            return headers, body
        time.sleep(0.2)
    raise RuntimeError(f"GET {url} never answered {header}: {hit}")


def response_bytes(headers, body):
    """About what the response weighs on the wire: its header lines and its body."""
    return len(body) + sum(len(name) + len(value) + 4 for name, value in headers.items())


def padded_copy(html, extra):
    """``html`` plus a comment, gzipped to about ``extra`` bytes more than ``html`` alone."""
    bare = gzip.compress(html, 9, mtime=0)
    if extra <= 0:
        return bare
    # Random text barely compresses, so the comment's length sets the size; bisect on it.
    filler = secrets.token_urlsafe(2 * extra).encode()
    low, high = 0, len(filler)
    while low < high:
        middle = (low + high) // 2
        size = len(gzip.compress(html + b"<!-- " + filler[:middle] + b" -->", 9, mtime=0))
        if size < len(bare) + extra:
            low = middle + 1
        else:
            high = middle
    return gzip.compress(html + b"<!-- " + filler[:low] + b" -->", 9, mtime=0)


def static_copy(page, folder, name, url):
    """The page (headers, gzipped body) as a static file at ``url`` of the same weight.

    nginx's ``gzip_static`` sends ``name.gz`` to a client asking for gzip, as wrk does; it
    holds the page's text, padded with a comment so that the static response, with its
    fewer headers, weighs what the cached page does. ``name`` holds the text unzipped.
    """
    headers, body = page
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # Read by nginx's workers ("nobody" when run as root).
    folder.chmod(0o755)
    html = gzip.decompress(body)

    def write(extra):
        compressed = padded_copy(html, extra)
        (folder / f"{name}.gz").write_bytes(compressed)
        (folder / name).write_bytes(gzip.decompress(compressed))
        for path in folder.iterdir():
            path.chmod(0o644)
        status, static_headers, static_body = fetch(url)
        if status != 200:
            raise RuntimeError(f"GET {url} answered {status}")
        return response_bytes(static_headers, static_body)

    # Once bare, to learn what the static response's headers weigh; then padded to match.
    write(response_bytes(headers, body) - write(0))


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
