"""/healthz: 200 when the database and cache answer, 503 naming what does not, no details."""

from unittest import mock

from django.db import OperationalError


def lines(response):
    return dict(line.split(": ") for line in response.content.decode().splitlines())


def test_healthy(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    # "cache" on the local-memory cache, "redis" when the suite runs on Redis.
    assert lines(response) in ({"database": "ok", "cache": "ok"}, {"database": "ok", "redis": "ok"})
    assert "no-store" in response["Cache-Control"]


def test_database_unreachable_is_503_naming_the_database_only(client, db):
    broken = mock.patch(
        "config.healthz.connection.cursor",
        side_effect=OperationalError('connection to server at "db.internal" failed'),
    )
    with broken:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert lines(response)["database"] == "unavailable"
    assert "ok" in lines(response).values()
    assert b"db.internal" not in response.content


def test_redis_unreachable_is_503_and_names_redis(client, db, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert lines(response) == {"database": "ok", "redis": "unavailable"}


def test_healthz_is_exempt_from_the_https_redirect(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301
