"""Spanish for patients: the booking form, its errors, their e-mails and a complete catalogue."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import translation

from booking import confirmation, notifications
from booking.factories import BookingRequestFactory
from booking.forms import BookingForm
from booking.models import BookingPage
from tests.booking_helpers import booking_post
from tests.html import soup, text

PO_FILE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def spanish():
    with translation.override("es"):
        yield


def test_the_booking_form_labels_are_spanish(spanish):
    form = BookingForm()
    assert form["first_name"].label == "Nombre"
    assert form["last_name"].label == "Apellido"
    assert form["phone"].help_text == "Le llamaremos para confirmar su cita."
    assert form["consent"].label.startswith("Acepto que la clínica guarde estos datos")
    assert [str(label) for _code, label in form.fields["preferred_days"].choices][:2] == [
        "Lunes",
        "Martes",
    ]
    assert [str(label) for _code, label in form.fields["patient_type"].choices] == [
        "Paciente nuevo",
        "Paciente actual",
    ]


def test_required_field_errors_are_spanish(spanish):
    form = BookingForm(data={})
    assert not form.is_valid()
    assert form.errors["consent"] == [
        "Por favor, acepte el aviso de privacidad para que podamos responderle."
    ]
    # Django's own catalogue answers for its messages.
    assert form.errors["first_name"] != ["This field is required."]
    assert form.errors["first_name"][0].startswith("Este campo")


@pytest.mark.django_db
def test_the_booking_page_shows_its_errors_in_spanish(client, bilingual_site):
    response = client.post("/es/pedir-cita/", booking_post(first_name="", consent=None))
    page = soup(response)
    assert page.html["lang"] == "es"
    assert text(page.find(id="error-summary-title")) == "Por favor, revise 2 datos más abajo"
    assert text(page.find("label", attrs={"for": "id_first_name"})) == "Nombre"
    assert text(page.find("button", attrs={"type": "submit"})) == "Solicitar una cita"
    assert text(page.find(class_="skip-link")) == "Saltar al contenido principal"
    assert "Horario de atención" in [text(h) for h in page.find_all("h2")]


@pytest.mark.django_db
def test_the_patient_acknowledgement_is_spanish_and_staff_mail_stays_english(
    bilingual_site, spanish
):
    page = BookingPage.objects.get(locale__language_code="es")
    booking = BookingRequestFactory(first_name="Ana", page=page, language="es")
    clinic = notifications.clinic_for(booking)

    patient = notifications.patient_message(booking)
    assert patient.subject == f"Hemos recibido su solicitud de cita ({booking.reference})"
    assert f"Su referencia es {booking.reference}. Indíquela si nos llama." in patient.body
    assert patient.body.startswith("Hola, Ana:")
    assert "Hemos recibido su solicitud de cita" in patient.body
    assert f"Si es urgente, llámenos al {clinic.phone}." in patient.body
    assert "Please" not in patient.body and "Thank you" not in patient.body

    staff = notifications.staff_message(booking)
    assert staff.subject.startswith("New booking request ")
    assert staff.body.startswith("A new booking request has arrived")


@pytest.mark.django_db
def test_the_appointment_confirmation_is_spanish(bilingual_site, spanish):
    booking = BookingRequestFactory(
        first_name="Ana",
        language="es",
        page=BookingPage.objects.get(locale__language_code="es"),
        appointment_at=datetime(2026, 12, 1, 15, 0, tzinfo=ZoneInfo(settings.TIME_ZONE)),
    )
    message = confirmation.confirmation_message(booking)
    assert message.subject.startswith("Su cita en ") and message.subject.endswith(
        " está confirmada"
    )
    assert message.body.startswith("Hola, Ana:")
    assert "martes 1 de diciembre de 2026, 3:00" in message.body


def po_entries(path):
    """``(flags, fields)`` per entry; fields maps msgctxt, msgid, msgid_plural, msgstr[n]."""
    entries = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        flags, fields, key = set(), {}, None
        for line in block.splitlines():
            if line.startswith("#~"):
                flags.add("obsolete")
            elif line.startswith("#,"):
                flags.update(flag.strip() for flag in line[2:].split(","))
            elif match := re.match(r"^(msg\w+(?:\[\d+\])?) \"(.*)\"$", line):
                key = match.group(1)
                fields[key] = match.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        entries.append((flags, fields))
    return entries


def test_the_catalogue_has_nothing_untranslated_or_fuzzy():
    entries = po_entries(PO_FILE)
    header = entries[0][1]["msgstr"]
    plurals = int(re.search(r"nplurals=(\d+)", header).group(1))
    assert len(entries) > 100
    for flags, fields in entries:
        assert not flags & {"fuzzy", "obsolete"}, fields
        if "msgid_plural" in fields:
            forms = [fields.get(f"msgstr[{n}]", "") for n in range(plurals)]
        else:
            forms = [fields["msgstr"]]
        assert all(forms), f"untranslated: {fields['msgid']!r}"
        if "python-format" in flags:
            wanted = set(re.findall(r"%\(\w+\)s", fields["msgid"]))
            for form in forms:
                assert set(re.findall(r"%\(\w+\)s", form)) == wanted, fields["msgid"]
