"""IndexNow pings, checked against a fake endpoint on 127.0.0.1 that records what it is sent."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
KEY = "0123456789abcdef0123456789abcdef"


class FakeIndexNow(ThreadingHTTPServer):
    """Answers ``status`` to every POST, after waiting for ``release`` when ``hang`` is set."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.pings = []
        self.status = 200
        self.hang = False
        self.release = threading.Event()
        self.received = threading.Event()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/indexnow"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.pings.append(json.loads(body))
        self.server.received.set()
        if self.server.hang:
            self.server.release.wait(10)
        self.send_response(self.server.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint(settings):
    server = FakeIndexNow()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.INDEXNOW_KEY = KEY
    settings.INDEXNOW_ENDPOINT = server.url
    settings.INDEXNOW_TIMEOUT = 0.5
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what the block queued for after the transaction commits, as a real commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def urls_pinged(endpoint):
    return [url for ping in endpoint.pings for url in ping["urlList"]]


def test_publishing_pings_the_page_in_every_language(endpoint, committed, bilingual_site):
    from wagtail.models import Page

    page = Page.objects.get(slug="sacro-occipital-technique").specific
    endpoint.pings.clear()
    with committed():
        page.save_revision().publish()
    (ping,) = endpoint.pings
    assert ping["key"] == KEY
    assert ping["host"] == "localhost"
    assert ping["keyLocation"] == f"http://localhost/{KEY}.txt"
    assert set(ping["urlList"]) == {
        "http://localhost/techniques/sacro-occipital-technique/",
        "http://localhost/es/tecnicas/tecnica-sacro-occipital/",
    }


def test_unpublishing_and_moving_ping_the_old_and_new_addresses(
    endpoint, committed, sot_page, home
):
    from technique.factories import TechniqueIndexPageFactory

    with committed():
        sot_page.unpublish()
    assert urls_pinged(endpoint) == ["http://localhost" + sot_page.url]
    with committed():
        sot_page.save_revision().publish()
    endpoint.pings.clear()
    other = TechniqueIndexPageFactory(parent=home, slug="methods", title="Methods")
    endpoint.pings.clear()
    with committed():
        sot_page.move(other, pos="last-child")
    assert set(urls_pinged(endpoint)) == {
        "http://localhost/techniques/sacro-occipital-technique/",
        "http://localhost/methods/sacro-occipital-technique/",
    }


def test_a_failing_endpoint_is_logged_and_publishing_goes_on(endpoint, committed, sot_page, caplog):
    endpoint.status = 500
    sot_page.title = "Sacro Occipital Technique"
    with committed():
        sot_page.save_revision().publish()
    assert len(endpoint.pings) == 1
    assert "IndexNow refused 1 URL(s): HTTP 500" in caplog.text
    assert Client().get(sot_page.url).status_code == 200


def test_a_hanging_endpoint_times_out_and_publishing_goes_on(endpoint, committed, sot_page, caplog):
    endpoint.hang = True
    started = time.monotonic()
    with committed():
        sot_page.save_revision().publish()
    # The endpoint holds the request for 10 s; the ping gives up after INDEXNOW_TIMEOUT.
    assert time.monotonic() - started < 5
    assert endpoint.received.is_set()
    assert "IndexNow unreachable for 1 URL(s)" in caplog.text
    sot_page.refresh_from_db()
    assert sot_page.live


def test_without_a_key_nothing_is_sent_and_there_is_no_key_file(
    endpoint, committed, settings, sot_page
):
    settings.INDEXNOW_KEY = ""
    with committed():
        sot_page.save_revision().publish()
    assert endpoint.pings == []
    assert Client().get(f"/{KEY}.txt").status_code == 404


def test_the_key_file_is_served_only_for_the_key(endpoint, site):
    response = Client().get(f"/{KEY}.txt")
    assert response.status_code == 200
    assert response.content.decode() == KEY
    assert Client().get("/fedcba9876543210.txt").status_code == 404
