"""/healthz: 200 when the database and cache answer, 503 otherwise, never any detail."""

from unittest import mock

from django.db import OperationalError


def test_healthy(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_database_unreachable_is_503_without_details(client, db):
    broken = mock.patch(
        "sitecore.healthz.connection.cursor",
        side_effect=OperationalError('connection to server at "db.internal" failed'),
    )
    with broken:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable"
    assert b"db.internal" not in response.content


def test_cache_unreachable_is_503(client, db):
    with mock.patch("sitecore.healthz.cache.set", side_effect=ConnectionError("redis down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable"


def test_healthz_is_exempt_from_the_https_redirect(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301
