"""Small things an operator or a crawler meets: 429s that say when, the favicon, logs, files."""

import json
import logging
import runpy
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings
from gunicorn.config import Config

from booking.models import BookingRequest
from caching import purge
from config.gunicorn_logging import JsonLogger
from tests.booking_helpers import booking_post, patch_captcha
from tests.security_helpers import ROOT


@override_settings(BOOKING_RATE_LIMITS={"ip": (1, 1800), "email": (100, 900)})
def test_the_booking_rate_limit_says_when_to_try_again(client, request_pages):
    with patch_captcha():
        assert client.post("/book/", booking_post(email="a@example.com")).status_code == 302
        BookingRequest.objects.all().delete()
        response = client.post("/book/", booking_post(email="b@example.com"))
    assert response.status_code == 429
    # The longest window: by then every count that could still refuse has expired.
    assert response["Retry-After"] == "1800"


@pytest.fixture
def axes_on(settings):
    from axes.handlers.proxy import AxesProxyHandler

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = 2
    AxesProxyHandler.implementation = None  # re-read the handler setting
    yield
    AxesProxyHandler.implementation = None


def test_a_sign_in_lockout_says_when_it_lifts(db, axes_on, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "right-pw")
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 429
    assert response["Retry-After"] == str(2 * 3600)


def test_favicon_ico_leads_to_the_icon(client, site):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == static("img/favicon.ico")
    assert "max-age=86400" in response["Cache-Control"]
    icon = Path(finders.find("img/favicon.ico")).read_bytes()
    assert icon[:4] == b"\x00\x00\x01\x00"  # the ICO signature


def test_compiled_translations_are_readable_by_the_service_user():
    call_command("compile_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for mo in (ROOT / "locale").glob("*/LC_MESSAGES/django.mo"):
        assert stat.S_IMODE(mo.stat().st_mode) & 0o044 == 0o044, mo


FRONT_CACHE_DOWN = {
    "nginx": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:1",  # nothing listens on port 1
    }
}


def test_purges_with_the_front_cache_down_log_one_warning_and_say_they_failed(
    public_pages, settings, caplog, monkeypatch
):
    settings.WAGTAILFRONTENDCACHE = FRONT_CACHE_DOWN
    monkeypatch.setattr(purge, "_last_warning", None)
    caplog.set_level(logging.INFO)
    first, second = purge.purge_front_cache(), purge.purge_front_cache()

    assert first.sent > 5
    assert first.failed >= first.sent  # each URL at least once; once per language for pages
    assert "URLError" in first.first_error
    assert str(first).startswith(f"{first.failed} purge requests for {first.sent} URLs failed")
    assert second.failed == first.failed
    # One line for both batches: no per-URL error, nor wagtail's per-URL "Purging URL".
    assert [(record.name, record.levelname) for record in caplog.records] == [
        ("caching.purge", "WARNING")
    ]


def test_the_purge_command_fails_when_the_front_cache_did_not_purge(public_pages, settings):
    from django.core.management import CommandError

    settings.WAGTAILFRONTENDCACHE = FRONT_CACHE_DOWN
    with pytest.raises(CommandError, match="purge requests for"):
        call_command("purge_front_cache")


def _gunicorn_lines(tmp_path, record):
    """Log ``record`` through gunicorn's logger as gunicorn.conf.py configures it."""
    cfg = Config()
    errors, access = tmp_path / "error.log", tmp_path / "access.log"
    cfg.set("errorlog", str(errors))
    cfg.set("accesslog", str(access))
    logger = JsonLogger(cfg)
    record(logger)
    for log in (logger.error_log, logger.access_log):
        for handler in log.handlers:
            handler.flush()
    return [json.loads(line) for path in (errors, access) for line in path.read_text().splitlines()]


def test_gunicorn_writes_json_in_utc_without_query_strings(tmp_path):
    class Response:
        status, headers, sent, response_length = "200 OK", [], 512, 512

    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/book/", "QUERY_STRING": "email=a@b.c",
               "RAW_URI": "/book/?email=a@b.c", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "203.0.113.9"}  # fmt: skip

    class Request:
        method, path, query, uri, version, headers = "POST", "/book/", "email=a@b.c", "", (1, 1), []

    from datetime import timedelta

    lines = _gunicorn_lines(tmp_path, lambda log: (
        log.info("Booting worker with pid: %s", 42),
        log.access(Response(), Request(), environ, timedelta(milliseconds=7)),
    ))  # fmt: skip

    error, access = lines
    assert (error["logger"], error["message"]) == ("gunicorn.error", "Booting worker with pid: 42")
    assert datetime.fromisoformat(error["time"]).utcoffset() == UTC.utcoffset(None)
    assert access["logger"] == "gunicorn.access"
    assert {key: access[key] for key in ("method", "path", "status", "duration_ms")} == {
        "method": "POST", "path": "/book/", "status": 200, "duration_ms": 7,
    }  # fmt: skip
    assert "a@b.c" not in json.dumps(lines) and "203.0.113.9" not in json.dumps(lines)


def test_gunicorn_conf_names_the_json_logger_and_its_own_control_socket():
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert conf["logger_class"] == "config.gunicorn_logging.JsonLogger"
    assert conf["control_socket"].endswith("/gunicorn-0-0-0-0-8000.ctl")
