"""What a patient reads after sending a question or a booking: words that fit what they
sent, and the reference to quote on the phone, in the language of their form."""

import pytest

from booking import notifications
from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import ContactPage
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def paragraphs(body):
    return [line.strip() for line in body.split("\n\n") if line.strip()]


@pytest.mark.parametrize(
    "language, subject, quote",
    [
        (
            "en",
            "We received your message ({})",
            "Your reference is {}. Please quote it if you call us.",
        ),
        ("es", "Hemos recibido su mensaje ({})", "Su referencia es {}. Indíquela si nos llama."),
    ],
)
def test_a_question_is_acknowledged_as_a_message_with_its_reference(
    bilingual_site, language, subject, quote
):
    page = ContactPage.objects.get(locale__language_code=language)
    message = ContactMessageFactory(name="Ana Lima", page=page, language=language)
    mail = notifications.patient_message(message)
    assert mail.subject == subject.format(message.reference)
    assert quote.format(message.reference) in paragraphs(mail.body)
    for wrong in ("booking request", "solicitud de cita", "appointment", "cita "):
        assert wrong not in mail.subject.lower()


@pytest.mark.parametrize(
    "language, subject, quote",
    [
        ("en", "We received your booking request ({})", "Your reference is {}."),
        ("es", "Hemos recibido su solicitud de cita ({})", "Su referencia es {}."),
    ],
)
def test_a_booking_is_acknowledged_with_its_reference(bilingual_site, language, subject, quote):
    booking = BookingRequestFactory(first_name="Ana", language=language)
    mail = notifications.patient_message(booking)
    assert mail.subject == subject.format(booking.reference)
    assert any(line.startswith(quote.format(booking.reference)) for line in paragraphs(mail.body))


@pytest.mark.parametrize("path", ["/contact/", "/es/contacto/"])
def test_the_demo_contact_thank_you_answers_a_question(client, bilingual_site, path):
    page = soup(client.get(path + "?sent=1"))
    thanks = text(page.find(class_="thank-you") or page.find(role="status"))
    assert thanks, "the thank-you box is missing"
    assert "acordar un horario" not in thanks and "agree a time" not in thanks
    assert "question" in thanks or "pregunta" in thanks
