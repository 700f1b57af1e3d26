"""A request remembers the language of the form it came from; the patient's e-mails use it.

E-mail is sent by a task worker, not during the request, so each e-mail here is built while
the *other* language is active: only the stored language can make it come out right.
"""

import csv
import io
from datetime import UTC, datetime

import icalendar
import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import BookingPage, BookingRequest, ContactMessage, PrivacyPage, Status
from core.models import ClinicSettings
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha
from tests.html import soup, text

pytestmark = pytest.mark.django_db

SPANISH_BOOKING = "/es/pedir-cita/"
SPANISH_CONTACT = "/es/contacto/"
# What the patient typed in booking_post(): none of it may reach staff mail.
TYPED = ["Ana", "Lima", "ana@example.com", "754", "Stiff neck", "car accident"]


def send(path, data, capture, worker_language, client=None, action="booking"):
    """Post a form, then run the queued e-mail as the worker would, in ``worker_language``."""
    with patch_captcha(google_says(action=action)), capture() as callbacks:
        response = (client or Client()).post(path, data)
    with translation.override(worker_language):
        for callback in callbacks:
            callback()
    return response


def split_mail(patient_address):
    [patient] = [message for message in mail.outbox if message.to == [patient_address]]
    [staff] = [message for message in mail.outbox if message is not patient]
    return patient, staff


def assert_english_staff_mail_without_patient_data(staff, kind="booking request"):
    assert staff.subject.startswith(f"New {kind} ")
    assert staff.body.startswith(f"A new {kind} has arrived")
    for value in TYPED:
        assert value not in staff.subject and value not in staff.body


def test_a_spanish_booking_is_stored_as_spanish_and_answered_in_spanish(
    bilingual_site, django_capture_on_commit_callbacks
):
    response = send(
        SPANISH_BOOKING, booking_post(), django_capture_on_commit_callbacks, worker_language="en"
    )
    assert response.status_code == 302
    assert response["Location"] == f"{SPANISH_BOOKING}?sent=1"
    booking = BookingRequest.objects.get()
    assert booking.language == "es"
    assert booking.page.locale.language_code == "es"

    patient, staff = split_mail("ana@example.com")
    clinic = ClinicSettings.for_site(bilingual_site)
    assert patient.subject == f"Hemos recibido su solicitud de cita ({booking.reference})"
    assert f"Su referencia es {booking.reference}. Indíquela si nos llama." in patient.body
    assert patient.body.startswith("Hola, Ana:")
    assert f"Gracias por comunicarse con {clinic.name}." in patient.body
    assert "Hemos recibido su solicitud de cita" in patient.body
    assert f"Si es urgente, llámenos al {clinic.phone}." in patient.body
    assert "Thank you" not in patient.body and "Please" not in patient.body
    assert_english_staff_mail_without_patient_data(staff)


def test_an_english_booking_is_stored_as_english_and_answered_in_english(
    bilingual_site, django_capture_on_commit_callbacks
):
    send("/book/", booking_post(), django_capture_on_commit_callbacks, worker_language="es")
    assert BookingRequest.objects.get().language == "en"
    patient, staff = split_mail("ana@example.com")
    booking = BookingRequest.objects.get()
    assert patient.subject == f"We received your booking request ({booking.reference})"
    assert patient.body.startswith("Hello Ana,")
    assert "Your booking request has reached us" in patient.body
    assert "Hola" not in patient.body
    assert_english_staff_mail_without_patient_data(staff)


def test_a_booking_kept_for_review_keeps_its_language(
    bilingual_site, django_capture_on_commit_callbacks
):
    response = send(
        SPANISH_BOOKING,
        booking_post(captcha=""),
        django_capture_on_commit_callbacks,
        worker_language="en",
    )
    assert response["Location"] == f"{SPANISH_BOOKING}?sent=review"
    booking = BookingRequest.objects.get()
    assert (booking.status, booking.language) == (Status.NEEDS_REVIEW, "es")
    patient, _staff = split_mail("ana@example.com")
    assert patient.body.startswith("Hola, Ana:")


def test_a_spanish_contact_message_is_answered_in_spanish(
    bilingual_site, django_capture_on_commit_callbacks
):
    response = send(
        SPANISH_CONTACT,
        contact_post(),
        django_capture_on_commit_callbacks,
        worker_language="en",
        action="contact",
    )
    assert response["Location"] == f"{SPANISH_CONTACT}?sent=1"
    assert ContactMessage.objects.get().language == "es"
    patient, staff = split_mail("sam@example.com")
    assert patient.body.startswith("Hola, Sam:")
    assert "Hemos recibido su mensaje" in patient.body
    assert staff.subject.startswith("New contact message ")
    assert "Sam" not in staff.body and "parking" not in staff.body


@pytest.mark.parametrize(
    ("language", "subject", "summary", "description"),
    [
        ("es", "Su cita en {} está confirmada", "Cita en {}", "Para cambiarla o cancelarla"),
        ("en", "Your appointment at {} is confirmed", "Appointment at {}", "To change or cancel"),
    ],
)
def test_the_appointment_confirmation_and_its_calendar_file_use_the_patients_language(
    desk_client, bilingual_site, django_capture_on_commit_callbacks, language, subject, summary,
    description,
):  # fmt: skip
    page = BookingPage.objects.get(locale__language_code=language)
    booking = BookingRequestFactory(
        first_name="Ana", email="ana@example.com", page=page, language=language
    )
    with django_capture_on_commit_callbacks(execute=True):
        desk_client.post(
            reverse("bookingrequest:edit", args=[booking.pk]),
            {"status": booking.status, "staff_notes": "", "appointment_at": "2026-02-03 10:30"},
        )
    [message] = mail.outbox
    clinic = ClinicSettings.for_site(bilingual_site)
    assert message.subject == subject.format(clinic.name)
    [(_name, content, _mimetype)] = message.attachments
    content = content if isinstance(content, str) else content.decode()
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["summary"]) == summary.format(clinic.name)
    assert event["summary"].params["LANGUAGE"] == language
    assert str(event["description"]).startswith(description)


def test_the_spanish_form_shows_its_errors_in_spanish(client, bilingual_site):
    with patch_captcha():
        response = client.post(SPANISH_BOOKING, booking_post(first_name="", consent=None))
    page = soup(response)
    assert page.html["lang"] == "es"
    assert text(page.find(id="error-summary-title")) == "Por favor, revise 2 datos más abajo"
    # Django's own Spanish catalogue.
    assert text(page.find(id="id_first_name_error")) == "Este campo es necesario."
    consent = page.find("label", attrs={"for": "id_consent"})
    spanish_notice = PrivacyPage.objects.get(locale__language_code="es")
    assert consent.a["href"] == spanish_notice.url and spanish_notice.url.startswith("/es/")
    # Google's badge too.
    assert "hl=es" in page.find("form")["data-recaptcha-src"].split("?")[1].split("&")
    assert not BookingRequest.objects.exists()


@pytest.mark.parametrize(
    ("sent", "expected"),
    [("1", "Gracias, hemos recibido su solicitud"), ("review", "Si es urgente, llámenos:")],
)
def test_the_spanish_thank_you_is_spanish(client, bilingual_site, sent, expected):
    result = soup(client.get(SPANISH_BOOKING, {"sent": sent})).find(id="form-result")
    assert expected in text(result)
    if sent == "review":
        assert result.find("a", href=lambda href: href and href.startswith("tel:"))


def problem(response):
    """The error summary's heading, once the page has kept what was typed and the phone."""
    page = BeautifulSoup(response.content.decode(), "html.parser")
    summary = page.find(id="error-summary")
    assert page.html["lang"] == "es"
    assert page.find("form")["action"] == SPANISH_BOOKING
    assert page.find("input", {"name": "first_name"})["value"] == "Ana"
    assert summary.find("a", href=lambda href: href and href.startswith("tel:"))
    return text(summary.find(id="error-summary-title"))


@override_settings(BOOKING_RATE_LIMITS={"ip": (1, 3600), "email": (100, 3600)})
def test_the_spanish_rate_limit_page_is_spanish(client, bilingual_site):
    with patch_captcha():
        client.post(SPANISH_BOOKING, booking_post(email="a@example.com"))
        response = client.post(SPANISH_BOOKING, booking_post())
    assert response.status_code == 429
    assert problem(response) == "Hemos recibido varias solicitudes suyas en poco tiempo"


def test_the_spanish_database_failure_page_is_spanish(client, bilingual_site, monkeypatch):
    def fail(*args, **kwargs):
        raise OperationalError("database down")

    monkeypatch.setattr(BookingRequest, "save", fail)
    with patch_captcha():
        response = client.post(SPANISH_BOOKING, booking_post())
    assert response.status_code == 503
    assert problem(response) == "En este momento no pudimos guardar su solicitud"


def test_a_failed_csrf_check_on_the_spanish_form_shows_it_again_in_spanish(bilingual_site):
    response = Client(enforce_csrf_checks=True).post(SPANISH_BOOKING, booking_post())
    assert response.status_code == 403
    assert problem(response) == "Debe enviar el formulario de nuevo"
    assert not BookingRequest.objects.exists()


def export(client, fmt, url_name="bookingrequest:index"):
    """The list's download as ``{reference: {heading: value}}``."""
    response = client.get(reverse(url_name), {"export": fmt})
    body = b"".join(response.streaming_content)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body.decode())))
    else:
        header, *values = openpyxl.load_workbook(io.BytesIO(body)).active.values
        rows = [dict(zip(header, row, strict=True)) for row in values]
    return {row["Reference"]: row for row in rows}


@pytest.fixture
def requests_in_both_languages(db):
    received = datetime(2026, 1, 14, 17, 5, tzinfo=UTC)
    spanish = BookingRequestFactory(first_name="Ana", last_name="Lima", language="es")
    english = BookingRequestFactory(first_name="Bo", last_name="Berg", language="en")
    BookingRequest.objects.update(created_at=received)
    return spanish, english


def listed_languages(response):
    """``{name: language column}`` for each row of a request list."""
    page = soup(response)
    headings = [text(th) for th in page.select("table thead th")]
    name, language = headings.index("Name"), headings.index("Language")
    return {
        text(row.find_all("td")[name].a): text(row.find_all("td")[language])
        for row in page.select("table tbody tr")
    }


def test_the_list_shows_and_filters_by_language(desk_client, requests_in_both_languages):
    url = reverse("bookingrequest:index")
    assert listed_languages(desk_client.get(url)) == {"Ana Lima": "ES", "Bo Berg": "EN"}
    assert listed_languages(desk_client.get(url, {"language": "es"})) == {"Ana Lima": "ES"}


def test_the_request_view_and_inspect_name_the_language(desk_client, requests_in_both_languages):
    spanish, _english = requests_in_both_languages
    page = soup(desk_client.get(reverse("bookingrequest:edit", args=[spanish.pk])))
    rows = {text(row.dt): text(row.dd) for row in page.select(".request-details__row")}
    assert rows["Language"] == "Español"
    page = soup(desk_client.get(reverse("bookingrequest:inspect", args=[spanish.pk])))
    fields = {text(dt): text(dt.find_next_sibling("dd")) for dt in page.select("dl dt")}
    assert fields["Language"] == "Español"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_names_the_language(desk_client, requests_in_both_languages, fmt):
    spanish, english = requests_in_both_languages
    rows = export(desk_client, fmt)
    assert rows[spanish.reference]["Language"] == "Español"
    assert rows[english.reference]["Language"] == "English"


def test_contact_messages_show_their_language_too(desk_client):
    message = ContactMessageFactory(name="Sam Ortiz", language="es")
    url = reverse("contactmessage:index")
    assert listed_languages(desk_client.get(url, {"language": "es"})) == {"Sam Ortiz": "ES"}
    page = soup(desk_client.get(reverse("contactmessage:edit", args=[message.pk])))
    rows = {text(row.dt): text(row.dd) for row in page.select(".request-details__row")}
    assert rows["Language"] == "Español"
    assert export(desk_client, "csv", "contactmessage:index")[message.reference]["Language"] == (
        "Español"
    )
