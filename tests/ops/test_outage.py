"""Without its database the site answers 503 with the clinic's phone, never a bare 500.

The database is cut at Django's public query seam (``connection.execute_wrapper``): every
query fails as it does when PostgreSQL is unreachable. tests/ops/test_front_cache.py cuts
a real one (a closed port) behind nginx.
"""

import contextlib
import json
import logging

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.db import connection
from django.db.models.signals import post_migrate
from django.db.utils import OperationalError
from django.test import RequestFactory

from config import views
from core import clinic_details

PATIENT = {
    "name": "Rosa Quintana",
    "email": "rosa.quintana@example.com",
    "phone": "(954) 555-0199",
    "message": "Lower back pain since my fall",
}


def _refuse(execute, sql, params, many, context):
    raise OperationalError('connection to server at "127.0.0.1", port 1 failed')


@contextlib.contextmanager
def database_down():
    with connection.execute_wrapper(_refuse):
        yield


@pytest.fixture
def details_file(settings, tmp_path):
    settings.CLINIC_DETAILS_FILE = str(tmp_path / "clinic-details.json")
    return tmp_path / "clinic-details.json"


@pytest.fixture
def saved_clinic(request_pages, clinic, details_file, django_capture_on_commit_callbacks):
    clinic.street_address = "120 Harbour Road, Suite 4"
    clinic.locality, clinic.region, clinic.postal_code = "Fort Lauderdale", "FL", "33301"
    with django_capture_on_commit_callbacks(execute=True):
        clinic.save()
    return clinic


def page(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_saving_clinic_details_writes_the_copy_the_outage_page_reads(saved_clinic, details_file):
    copy = json.loads(details_file.read_text())
    assert copy["phone"] == saved_clinic.phone
    assert copy["address_lines"] == ["120 Harbour Road, Suite 4", "Fort Lauderdale FL 33301"]
    assert oct(details_file.stat().st_mode & 0o777) == "0o644"


def test_migrate_refreshes_the_copy(saved_clinic, details_file):
    details_file.unlink()
    config = apps.get_app_config("sitecore")
    post_migrate.send(sender=config, app_config=config, verbosity=0, interactive=False,
                      using="default", apps=apps, plan=[])  # fmt: skip
    assert json.loads(details_file.read_text())["name"] == saved_clinic.name


def test_a_page_without_its_database_is_a_503_with_the_phone_and_address(client, saved_clinic):
    with database_down():
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    html = page(response)
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "Our website is briefly unavailable"
    call = html.find("a", href=f"tel:{saved_clinic.phone_e164}")
    assert call.get_text(strip=True) == saved_clinic.phone
    assert list(html.address.stripped_strings) == saved_clinic.address_lines


def test_the_spanish_site_gets_it_in_spanish(client, saved_clinic):
    with database_down():
        response = client.get("/es/tecnicas/")
    assert response.status_code == 503
    html = page(response)
    assert html.html["lang"] == "es"
    assert html.h1.get_text(strip=True) == "Nuestro sitio web no está disponible por un momento"
    assert html.find("a", href=f"tel:{saved_clinic.phone_e164}")


@pytest.mark.parametrize(
    "path, heading",
    [("/book/", "Your request was not sent"), ("/es/pedir-cita/", "Su solicitud no se envió")],
)
def test_a_posted_form_says_it_was_not_sent_and_echoes_nothing(
    client, saved_clinic, caplog, path, heading
):
    caplog.set_level(logging.DEBUG)
    with database_down():
        response = client.post(path, PATIENT)
    assert response.status_code == 503
    html = page(response)
    assert html.h1.get_text(strip=True) == heading
    assert html.find("a", href=f"tel:{saved_clinic.phone_e164}")
    assert html.find("form") is None
    text = response.content.decode() + caplog.text
    for value in PATIENT.values():
        assert value not in text


def test_a_database_error_outside_any_view_is_the_same_503(saved_clinic):
    """Raised in a middleware, it reaches Django's 500 handler instead of process_exception."""
    request = RequestFactory().get("/es/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = views.server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert page(response).html["lang"] == "es"


def test_other_errors_keep_the_500_page(site):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500


def test_a_fresh_server_without_a_copy_still_says_to_telephone(client, site, details_file):
    assert clinic_details.read() is None
    with database_down():
        response = client.get("/")
    assert response.status_code == 503
    assert "telephone the clinic" in page(response).main.get_text(" ", strip=True)
