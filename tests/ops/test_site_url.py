"""SITE_URL is the one public address every crawler-facing URL uses."""

import subprocess

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from wagtail.models import Site

from core.siteurl import site_address
from scripts.localprod import GUNICORN, ROOT, manage, prod_env
from tests.security_helpers import PRODUCTION_ENV, production_setting, run_django


def test_the_command_takes_an_address_and_refuses_one_a_site_cannot_hold(site):
    call_command("set_site_url", "https://clinic.example/", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Site.objects.get(is_default_site=True).root_url == "https://clinic.example"
    with pytest.raises(CommandError, match="443"):
        call_command("set_site_url", "https://clinic.example:8443")


@pytest.mark.parametrize(
    "url, address",
    [
        ("https://www.clinic.example", ("www.clinic.example", 443)),
        ("http://127.0.0.1:8000/", ("127.0.0.1", 8000)),
        ("http://clinic.example", ("clinic.example", 80)),
    ],
)
def test_site_address(url, address):
    assert site_address(url) == address


@pytest.mark.parametrize("url", ["clinic.example", "ftp://clinic.example", "https://a.example/x"])
def test_site_address_refuses_what_is_not_a_site_root(url):
    with pytest.raises(ImproperlyConfigured):
        site_address(url)


def test_production_requires_site_url_and_derives_the_admin_address():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SITE_URL"}
    result = run_django(["check"], env)
    assert result.returncode != 0
    assert "SITE_URL is required" in result.stderr
    got = production_setting(["SITE_URL", "WAGTAILADMIN_BASE_URL"])
    assert got == {
        "SITE_URL": PRODUCTION_ENV["SITE_URL"],
        "WAGTAILADMIN_BASE_URL": PRODUCTION_ENV["SITE_URL"],
    }


def test_the_deploy_check_names_the_command_when_the_site_is_elsewhere(site, settings):
    from core.checks import check_site_url

    settings.SITE_URL = "https://www.clinic.example"
    assert check_site_url(databases=None) == []  # reads the database only when asked to
    [error] = check_site_url(databases=["default"])
    assert (error.id, error.hint) == ("core.E002", "Run: python manage.py set_site_url")
    assert "http://localhost" in error.msg and "https://www.clinic.example" in error.msg

    call_command("set_site_url", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert check_site_url(databases=["default"]) == []


def test_gunicorn_refuses_to_serve_a_site_stored_under_another_address(tmp_path):
    """A fresh database's Site is localhost:80; SITE_URL says otherwise: no start, and why."""
    env = prod_env(tmp_path, 8390, ADMIN_2FA_REQUIRED="false")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    result = subprocess.run(  # noqa: S603 - our own gunicorn and settings
        [GUNICORN, "config.wsgi:application", "--bind", "127.0.0.1:8390", "--workers", "1",
         "--control-socket", str(tmp_path / "gunicorn.ctl")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "Run: python manage.py set_site_url" in result.stdout + result.stderr
