"""Admin hardening: login lockout, a configurable admin path (two-factor: test_two_factor.py)."""

import importlib

import pytest
from django.test import Client
from django.urls import clear_url_caches


def login_attempt(client, password, username="editor"):
    return client.post("/admin/login/", {"username": username, "password": password})


@pytest.fixture
def axes_on(settings):
    from axes.handlers.proxy import AxesProxyHandler

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    AxesProxyHandler.implementation = None  # re-read the handler setting
    yield
    AxesProxyHandler.implementation = None


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "right-pw")


def test_login_locks_out_after_repeated_failures(db, axes_on, editor):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(2):
        assert login_attempt(client, "wrong").status_code == 200
    assert login_attempt(client, "wrong").status_code == 429
    # Locked: even the right password is refused from this address.
    assert login_attempt(client, "right-pw").status_code == 429


def test_lockout_is_keyed_on_user_and_address(db, axes_on, editor):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(3):
        login_attempt(attacker, "wrong")
    colleague = Client(REMOTE_ADDR="198.51.100.7")
    assert login_attempt(colleague, "right-pw").status_code == 302


def test_spoofed_forwarded_for_does_not_dodge_the_lockout(db, axes_on, editor):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(3):
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    assert login_attempt(client, "right-pw").status_code == 429


def test_two_factor_can_be_switched_off(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_the_admin_path_is_configurable(client, editor, settings):
    import config.urls

    settings.WAGTAIL_ADMIN_PATH = "clinic-staff/"
    try:
        importlib.reload(config.urls)
        clear_url_caches()
        client.force_login(editor)
        assert client.get("/clinic-staff/").status_code == 200
        assert client.get("/admin/").status_code == 404
    finally:
        settings.WAGTAIL_ADMIN_PATH = "admin/"
        importlib.reload(config.urls)
        clear_url_caches()
