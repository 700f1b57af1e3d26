"""
The one-server production layout, for real: nginx (deploy/nginx/clinic.conf.template) in
front of gunicorn under the production settings, on loopback, as `make serve-prod` runs it.

One nginx and one gunicorn per module (per xdist worker), on a SQLite file seeded by
seed_demo. Purges are sent by Wagtail's own HTTPBackend, publishes happen through
Wagtail in a separate process on the same database, as an editor's request would.
"""

import contextlib
import json
import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.frontend_cache.backends import HTTPBackend

from demo.public_pages import SOT_PATH
from scripts import frontcache
from scripts.localprod import (
    GUNICORN,
    PYTHON,
    ROOT,
    build_site,
    control_socket,
    gunicorn,
    own_process_group,
    prod_env,
)

pytestmark = [
    pytest.mark.skipif(
        frontcache.missing_reason() is not None,
        reason=f"{frontcache.missing_reason()}; .ci/run installs it",
    ),
    # One xdist worker runs them all, so nginx and gunicorn start once per run.
    pytest.mark.xdist_group("front_cache"),
]

# The demo Site's root URL: what Wagtail names in every purge.
SITE_URL = "http://localhost"
# Beside the other servers' ranges; each xdist worker takes its own three ports.
PORT_BASE = int(os.environ.get("FRONT_CACHE_PORT_BASE", "8150"))
# PostgreSQL on a port where nothing listens: every query fails as in an outage.
DATABASE_DOWN = "postgres://postgres@127.0.0.1:1/clinic"


def _free_ports(count):
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    ports = []
    for port in range(PORT_BASE + worker * 10, PORT_BASE + worker * 10 + 10):
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            ports.append(port)
        if len(ports) == count:
            return ports
    pytest.fail(f"no {count} free loopback ports from {PORT_BASE + worker * 10}")


class Stack:
    """nginx on ``public``/``purge`` in front of gunicorn on ``app``; each can be stopped."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.public, self.purge_port, self.app, *self.spare = _free_ports(5)
        self.static_root, self.media_root = workdir / "static", workdir / "media"
        self.cache_dir = workdir / "nginx" / "cache"
        self.env = prod_env(
            workdir,
            self.public,
            STATIC_ROOT=self.static_root,
            FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{self.purge_port}",
        )
        self._running = {}

    def start_nginx(self):
        self._start("nginx", frontcache.running(
            self.workdir / "nginx", self.public, self.purge_port, self.app,
            self.static_root, self.media_root,
        ))  # fmt: skip

    def start_app(self, **env):
        log = str(self.workdir / "gunicorn.log")
        app_env = {**self.env, **{name: str(value) for name, value in env.items()}}
        self._start("app", gunicorn(app_env, self.app, "config.wsgi:application", 2, log))

    def start_app_without_database(self):
        """gunicorn whose database is a closed port; it answers, with 503s."""
        env = {**self.env, "DATABASE_URL": DATABASE_DOWN}
        command = [GUNICORN, "config.wsgi:application", "--bind", f"127.0.0.1:{self.app}"]
        command += ["--workers", "2", "--control-socket", control_socket(self.app)]
        command += ["--error-logfile", str(self.workdir / "gunicorn-no-db.log")]
        self._start("app", own_process_group(command, cwd=ROOT, env=env))
        deadline = time.monotonic() + 60
        while get(f"http://127.0.0.1:{self.app}/healthz")[0] != 503:
            assert time.monotonic() < deadline, "gunicorn without a database never answered"

    def _start(self, name, context):
        self._running[name] = contextlib.ExitStack()
        self._running[name].enter_context(context)

    def stop(self, name):
        self._running.pop(name).close()

    def stop_all(self):
        for name in list(self._running):
            self.stop(name)

    def url(self, path):
        return f"http://127.0.0.1:{self.public}{path}"

    def cached_files(self):
        return sorted(p for p in self.cache_dir.rglob("*") if p.is_file())

    def cached_keys(self):
        """The key nginx wrote into each cache file's header."""
        keys = (re.search(rb"\nKEY: ([^\n]*)\n", p.read_bytes()) for p in self.cached_files())
        return sorted(key.group(1).decode() for key in keys if key)

    def purge(self, path):
        """What Wagtail sends on publish: PURGE to the purge port, the Site's host as Host."""
        HTTPBackend({"LOCATION": f"http://127.0.0.1:{self.purge_port}"}).purge(SITE_URL + path)

    def publish_title(self, path, title, then_get=None):
        """Publish a new title through Wagtail in another process, as the admin would.

        With ``then_get``, that process asks nginx for the URL as soon as ``publish()`` has
        returned, and reports the seconds in between, the ``X-Cache`` header and the body.
        """
        code = (
            "import json, time, urllib.request\n"
            "from wagtail.models import Page\n"
            f"page = Page.objects.get(url_path='/home{path}').specific\n"
            f"page.title = {title!r}\n"
            "page.save_revision().publish()\n"
            "published = time.monotonic()\n"
            f"url = {then_get!r}\n"
            "if url:\n"
            "    with urllib.request.urlopen(url, timeout=10) as answer:\n"
            "        body, cache = answer.read().decode(), answer.headers.get('X-Cache')\n"
            "    print(json.dumps([time.monotonic() - published, cache, body]))\n"
            "else:\n"
            "    print(json.dumps(time.time()))\n"
        )
        run = subprocess.run(  # noqa: S603 - our own manage.py and code
            [PYTHON, "manage.py", "shell", "-c", code],
            cwd=ROOT, env=self.env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def stack():
    workdir = Path(tempfile.mkdtemp(prefix="front-cache-test-"))
    workdir.chmod(0o755)  # nginx's workers run as "nobody" when the tests run as root
    stack = Stack(workdir)
    # No purges while building: nginx is not up yet, and its cache starts empty anyway.
    build_site({**stack.env, "FRONTEND_CACHE_PURGE_URL": ""}, quiet=True)
    stack.start_nginx()
    stack.start_app()
    yield stack
    stack.stop_all()
    shutil.rmtree(workdir, ignore_errors=True)


def get(url, headers=None, data=None):
    """Status, headers and body; urllib asks for no compression, so nginx unzips."""
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except OSError:  # nothing listening yet
        return None, {}, b""


def h1(body):
    return BeautifulSoup(body.decode(), "html.parser").h1.get_text(strip=True)


def test_a_public_page_is_served_from_the_cache_the_second_time(stack):
    stack.purge(SOT_PATH)
    status, first_headers, first = get(stack.url(SOT_PATH))
    assert status == 200
    assert first_headers["X-Cache"] == "MISS"
    assert "s-maxage=" in first_headers["Cache-Control"]
    status, headers, second = get(stack.url(SOT_PATH))
    assert (status, headers["X-Cache"]) == (200, "HIT")
    assert second == first
    # Browsers asking for gzip get the stored copy as it is.
    status, headers, _ = get(stack.url(SOT_PATH), {"Accept-Encoding": "gzip"})
    assert (headers["X-Cache"], headers["Content-Encoding"]) == ("HIT", "gzip")


def test_http_and_https_never_share_an_entry(stack):
    get(stack.url("/privacy/"))
    assert get(stack.url("/privacy/"))[1]["X-Cache"] == "HIT"
    # The same URL as the TLS proxy forwards it: its own entry, never the http one.
    tls = {"X-Forwarded-Proto": "https"}
    assert get(stack.url("/privacy/"), tls)[1]["X-Cache"] == "MISS"
    assert get(stack.url("/privacy/"), tls)[1]["X-Cache"] == "HIT"


def test_behind_tls_a_purge_removes_the_https_page_visitors_get(stack):
    """Wagtail's PURGE names no scheme; nginx rendered for TLS keys it as https."""
    public, purge = stack.spare
    tls_nginx = frontcache.running(
        stack.workdir / "nginx-tls", public, purge, stack.app,
        stack.static_root, stack.media_root, public_scheme="https",
    )  # fmt: skip
    with tls_nginx:
        url, tls = f"http://127.0.0.1:{public}/privacy/", {"X-Forwarded-Proto": "https"}
        get(url, tls)
        assert get(url, tls)[1]["X-Cache"] == "HIT"
        # A Site on port 443: Wagtail purges https://its-hostname/path.
        HTTPBackend({"LOCATION": f"http://127.0.0.1:{purge}"}).purge("https://localhost/privacy/")
        assert get(url, tls)[1]["X-Cache"] == "MISS"


def test_static_and_media_files_are_served_from_disk(stack):
    page = BeautifulSoup(get(stack.url(SOT_PATH))[2].decode(), "html.parser")
    stylesheet = page.find("link", rel="stylesheet")["href"]
    status, headers, _ = get(stack.url(stylesheet))
    assert (status, headers["Content-Type"]) == (200, "text/css")
    assert "immutable" in headers["Cache-Control"]

    sources = [tag.get("src") or tag.get("srcset") for tag in page.find_all(["img", "source"])]
    images = [src.split()[0] for src in sources if src and src.startswith("/media/")]
    assert images, "the SOT page shows no uploaded image"
    status, headers, body = get(stack.url(images[0]))
    assert status == 200
    assert headers["Content-Type"].startswith("image/")
    assert len(body) > 100

    # Documents may be private: only Django's /documents/ view, which checks, serves them.
    (stack.media_root / "documents").mkdir(exist_ok=True)
    (stack.media_root / "documents" / "notes.txt").write_text("staff only")
    assert get(stack.url("/media/documents/notes.txt"))[0] == 404


def test_a_publish_reaches_the_front_cache_within_a_second(stack):
    get(stack.url(SOT_PATH))
    assert get(stack.url(SOT_PATH))[1]["X-Cache"] == "HIT"
    title = f"Sacro Occipital Technique, revised {time.time_ns()}"

    waited, cache, body = stack.publish_title(SOT_PATH, title, then_get=stack.url(SOT_PATH))

    # A visitor asking within a second of the publish already gets the new page.
    assert waited < 1
    assert cache != "HIT"
    assert h1(body.encode()) == title
    assert get(stack.url(SOT_PATH))[1]["X-Cache"] == "HIT"


def test_tracking_parameters_share_the_bare_page_and_add_no_entries(stack):
    stack.purge("/faq/")
    _, headers, bare = get(stack.url("/faq/"))
    assert headers["X-Cache"] == "MISS"
    entries = stack.cached_files()

    for query in (
        "utm_source=newsletter&utm_medium=email&utm_campaign=spring",
        "gclid=Cj0KCQ",
        "fbclid=IwAR2&utm_content=a",
        "mc_cid=abc&mc_eid=def",
        "msclkid=42",
    ):
        status, headers, body = get(stack.url(f"/faq/?{query}"))
        assert (status, headers["X-Cache"], body) == (200, "HIT", bare), query

    # Any other query string goes to the app and is never stored.
    status, headers, _ = get(stack.url("/faq/?q=back+pain"))
    assert (status, headers["X-Cache"]) == (200, "BYPASS")
    assert stack.cached_files() == entries


def test_form_pages_and_signed_in_visitors_are_never_cached(stack):
    for _ in range(2):
        status, headers, body = get(stack.url("/book/"))
        assert status == 200
        assert headers["X-Cache"] != "HIT"
        assert {"private", "no-store"} <= {
            part.strip() for part in headers["Cache-Control"].split(",")
        }
        assert BeautifulSoup(body.decode(), "html.parser").find(
            "input", {"name": "csrfmiddlewaretoken"}
        )
    get(stack.url("/"))
    signed_in = {"Cookie": "__Host-sessionid=editor; _ga=GA1.1.1"}
    assert get(stack.url("/"), signed_in)[1]["X-Cache"] == "BYPASS"


def test_a_new_release_starting_empties_the_front_cache(stack):
    paths = ("/", "/techniques/", SOT_PATH)
    for path in paths:
        get(stack.url(path))
        assert get(stack.url(path))[1]["X-Cache"] == "HIT"
    assert {f"http://localhost{path}" for path in paths} <= set(stack.cached_keys())

    stack.stop("app")
    stack.start_app()  # gunicorn.conf.py's when_ready purges before any worker serves

    # Every page cached under the public scheme (http here, https behind TLS) is gone.
    assert [key for key in stack.cached_keys() if key.startswith("http://")] == []
    assert get(stack.url("/"))[1]["X-Cache"] == "MISS"


def test_with_nginx_down_gunicorn_serves_and_publishing_still_works(stack):
    get(stack.url("/techniques/"))
    assert get(stack.url("/techniques/"))[1]["X-Cache"] == "HIT"
    stack.stop("nginx")
    try:
        app = f"http://127.0.0.1:{stack.app}"
        for path in ("/", "/book/", "/contact/"):
            assert get(app + path)[0] == 200, path
        title = f"Techniques, revised {time.time_ns()}"
        stack.publish_title("/techniques/", title)  # its purge fails, and is only logged
        assert h1(get(app + "/techniques/")[2]) == title

        # A release starting now says its purges failed, in JSON like every other line.
        log = stack.workdir / "gunicorn.log"
        before = len(log.read_text().splitlines())
        stack.stop("app")
        stack.start_app()
        new_lines = log.read_text().splitlines()[before:]
        messages = [json.loads(line)["message"] for line in new_lines if line.strip()]
        [report] = [m for m in messages if m.startswith("Front cache purge at start")][-1:]
        failed, urls = map(
            int, re.search(r": (\d+) purge requests for (\d+) URLs failed", report).groups()
        )
        assert failed >= urls > 10, report
        assert not any(m.startswith("Purged ") for m in messages)
    finally:
        stack.start_nginx()  # with an empty cache: the purge sent while it was down was lost
    assert h1(get(stack.url("/techniques/"))[2]) == title


def spellings(path, count, seed=21):
    """``count`` distinct ways to write ``path``: unreserved letters percent-encoded at random."""
    found, rng = set(), random.Random(seed)
    while len(found) < count:
        spelt = "".join(
            f"%{ord(char):02{rng.choice('xX')}}" if char.isalnum() and rng.random() < 0.4 else char
            for char in path
        )
        if spelt != path:
            found.add(spelt)
    return sorted(found)


def test_a_hundred_spellings_of_a_path_add_no_cache_entries(stack):
    stack.purge("/techniques/")
    _, headers, page = get(stack.url("/techniques/"))
    assert headers["X-Cache"] == "MISS"
    entries = stack.cached_files()

    for spelt in spellings("/techniques/", 100):
        status, headers, body = get(stack.url(spelt))
        assert (status, headers["X-Cache"], body) == (200, "HIT", page), spelt

    assert stack.cached_files() == entries
    # Wagtail's purge of the one spelling it knows removes the page for all of them.
    stack.purge("/techniques/")
    assert get(stack.url("/%74echniques/"))[1]["X-Cache"] == "MISS"


def test_static_files_vary_on_encoding_and_the_favicon_answers(stack):
    page = BeautifulSoup(get(stack.url("/"))[2].decode(), "html.parser")
    stylesheet = page.find("link", rel="stylesheet")["href"]
    status, headers, _ = get(stack.url(stylesheet), {"Accept-Encoding": "gzip"})
    assert (status, headers["Content-Encoding"]) == (200, "gzip")
    assert "Accept-Encoding" in headers["Vary"]
    status, headers, icon = get(stack.url("/favicon.ico"))
    assert (status, headers["Content-Type"], icon[:4]) == (200, "image/x-icon", b"\x00\x00\x01\x00")


def _csrf_form(stack, path):
    """What a patient's open form holds: its CSRF cookie and token (the database was up)."""
    status, headers, body = get(stack.url(path))
    assert status == 200
    cookie = headers["Set-Cookie"].split(";")[0]
    token = BeautifulSoup(body.decode(), "html.parser").find(
        "input", {"name": "csrfmiddlewaretoken"}
    )["value"]
    return cookie, token


def test_with_the_database_down_nginx_serves_its_copies_and_the_app_its_503(stack):
    stack.stop("app")
    stack.start_app(PAGE_CACHE_SHARED_MAX_AGE=1)  # entries go stale at once
    try:
        stack.purge("/faq/")
        _, headers, faq = get(stack.url("/faq/"))
        assert (headers["X-Cache"], headers["Cache-Control"].count("s-maxage=1")) == ("MISS", 1)
        cookie, token = _csrf_form(stack, "/book/")
        stack.stop("app")
        stack.start_app_without_database()

        # A page nginx holds is still served, past its s-maxage, as the last good copy.
        deadline = time.monotonic() + 15
        while (answer := get(stack.url("/faq/")))[1]["X-Cache"] != "STALE":
            assert time.monotonic() < deadline, answer[1]["X-Cache"]
        assert (answer[0], answer[2]) == (200, faq)

        # One it does not hold is the outage page, with the phone and address from disk.
        clinic = json.loads((stack.workdir / "clinic-details.json").read_text())
        for path, lang in (("/contact/", "en"), ("/es/contacto/", "es")):
            status, headers, body = get(stack.url(path))
            assert (status, headers["Retry-After"], headers["X-Cache"]) == (503, "120", "MISS")
            html = BeautifulSoup(body.decode(), "html.parser")
            assert html.html["lang"] == lang
            assert html.find("a", href=f"tel:{clinic['phone_e164']}")
            assert list(html.address.stripped_strings) == clinic["address_lines"]

        # A patient sending the form they had open is told it was not sent.
        form = urllib.parse.urlencode({
            "csrfmiddlewaretoken": token, "first_name": "Rosa", "email": "rosa@example.com",
        }).encode()  # fmt: skip
        status, _, body = get(stack.url("/book/"), {"Cookie": cookie}, data=form)
        html = BeautifulSoup(body.decode(), "html.parser")
        assert (status, html.h1.get_text(strip=True)) == (503, "Your request was not sent")
        assert html.find("a", href=f"tel:{clinic['phone_e164']}")
        assert "rosa@example.com" not in body.decode()
    finally:
        stack.stop("app")
        stack.start_app()
