"""A Spanish-reading patient on a phone: switches the SOT page to Spanish, reads its FAQ and
books in Spanish, in real Chromium."""

from unittest import mock

import pytest
from django.core import mail
from playwright.sync_api import expect

from booking import views
from booking.models import BookingRequest
from demo.public_pages import SOT_PATH
from tests.booking_helpers import google_says, patch_captcha
from tests.browser.forms import (
    booking_settings,  # noqa: F401 - a fixture
    fill_booking_form,
    serve_fake_recaptcha,
    unique_email,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SOT_ES = "/es/tecnicas/tecnica-sacro-occipital/"


@pytest.mark.usefixtures("booking_settings")
def test_a_patient_switches_the_sot_page_to_spanish_and_books_in_spanish(
    page, browser_context, site_url
):
    serve_fake_recaptcha(browser_context)
    page.goto(site_url + SOT_PATH)
    assert page.locator("html").get_attribute("lang") == "en"

    switch = page.locator('header a[hreflang="es"]')
    expect(switch).to_have_attribute("lang", "es")
    switch.click()
    page.wait_for_url(f"**{SOT_ES}")
    assert page.locator("html").get_attribute("lang") == "es"
    question = page.get_by_text("¿Es segura la SOT para pacientes sensibles?")
    question.click()
    assert question.evaluate("summary => summary.parentElement.open")
    # And back: the switch names the other language in that language.
    expect(page.locator('header a[hreflang="en"]')).to_have_attribute("lang", "en")

    page.locator("main a[href$='/es/pedir-cita/']").first.click()
    page.wait_for_url("**/es/pedir-cita/")
    expect(page.locator("label[for=id_first_name]")).to_have_text("Nombre")

    email = unique_email()
    fill_booking_form(page, email, first_name="Lucía")
    with (
        patch_captcha(google_says(hostname="localhost")),
        mock.patch.object(views, "queue_notifications", wraps=views.queue_notifications),
    ):
        page.get_by_role("button", name="Solicitar una cita").click()
        page.wait_for_url("**/es/pedir-cita/?sent=1")
    expect(page.get_by_role("heading", name="Gracias, hemos recibido su solicitud")).to_be_visible()

    booking = BookingRequest.objects.get(email=email)
    assert booking.language == "es"
    acknowledgement = next(message for message in mail.outbox if email in message.to)
    assert acknowledgement.body.startswith("Hola, Lucía:")
    assert browser_context.outside_requests == []
