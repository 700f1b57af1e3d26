"""A patient on a phone, from the SOT page to a stored booking, in real Chromium."""

from unittest import mock

import pytest
from django.core import mail
from playwright.sync_api import expect

from booking import views
from booking.models import BookingRequest, ContactMessage, Status
from demo.public_pages import SOT_PATH
from tests.booking_helpers import google_says, patch_captcha
from tests.browser.axe import axe_violations
from tests.browser.forms import (
    booking_settings,  # noqa: F401 - a fixture
    fill_booking_form,
    serve_fake_recaptcha,
    submit,
    unique_email,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def tab_to(page, locator, limit=80):
    """Press Tab until ``locator`` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{locator} never received keyboard focus")


@pytest.mark.usefixtures("booking_settings")
def test_patient_on_a_phone_books_from_the_sot_page(page, browser_context, site_url):
    recaptcha_requests = serve_fake_recaptcha(browser_context)
    page.goto(site_url + SOT_PATH)
    question = page.locator("main details summary").first
    tab_to(page, question)
    page.keyboard.press("Enter")
    assert question.evaluate("summary => summary.parentElement.open")

    page.locator("main").get_by_role("link", name="Book online").first.click()
    page.wait_for_url("**/book/")
    assert recaptcha_requests == [], "reCAPTCHA must wait for the first interaction"

    email = unique_email()
    fill_booking_form(page, email)
    assert len(recaptcha_requests) == 1
    queue = mock.Mock(wraps=views.queue_notifications)
    with (
        patch_captcha(google_says(hostname="localhost")),
        mock.patch.object(views, "queue_notifications", queue),
    ):
        submit(page)
        page.wait_for_url("**/book/?sent=1")
    thanks = page.get_by_role("heading", name="Thank you, your request has reached us")
    assert thanks.is_visible()

    booking = BookingRequest.objects.get(email=email)
    assert booking.status == Status.NEW
    queue.assert_called_once()
    assert queue.call_args.args[0].pk == booking.pk
    # The test settings run tasks at once, so the queued notification has been sent.
    assert any(email in message.to for message in mail.outbox)
    assert browser_context.outside_requests == []


@pytest.mark.usefixtures("booking_settings")
def test_booking_still_arrives_when_google_cannot_be_reached(page, browser_context, site_url):
    page.goto(site_url + "/book/")
    email = unique_email()
    fill_booking_form(page, email)
    submit(page)
    page.wait_for_url("**/book/?sent=review")
    assert any("recaptcha" in url for url in browser_context.outside_requests)
    booking = BookingRequest.objects.get(email=email)
    assert booking.status == Status.NEEDS_REVIEW
    # JavaScript ran; Google's script did not load. Not "sent without JavaScript".
    assert booking.review_reason == "captcha_script_failed"


@pytest.mark.usefixtures("booking_settings")
def test_booking_without_javascript_is_stored_for_review(chromium_browser, site_url):
    # Its own context, closed before the test ends, for the same reason as browser_context.
    context = chromium_browser.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 812}
    )
    page = context.new_page()
    try:
        page.goto(site_url + "/book/")
        assert page.locator("noscript").count() == 1
        email = unique_email()
        fill_booking_form(page, email)
        submit(page)
        page.wait_for_url("**/book/?sent=review")
    finally:
        context.close()
    booking = BookingRequest.objects.get(email=email)
    assert booking.status == Status.NEEDS_REVIEW
    assert booking.review_reason == "no_token"


@pytest.mark.usefixtures("booking_settings")
def test_errors_are_summarised_focused_linked_and_keep_the_input(page, browser_context, site_url):
    serve_fake_recaptcha(browser_context)
    page.goto(site_url + "/book/")
    fill_booking_form(page, "not-an-email", first_name="Ana")
    page.uncheck("[name=consent]")
    with patch_captcha(google_says(hostname="localhost")):
        submit(page)
        summary = page.locator("#error-summary")
        summary.wait_for()
    # request-form.js is deferred: the focus moves once it has run. Playwright's
    # wait_for_function would eval() its predicate, which the page's CSP forbids.
    expect(summary).to_be_focused()
    assert page.input_value("[name=first_name]") == "Ana"
    assert page.input_value("[name=email]") == "not-an-email"
    email = page.locator("[name=email]")
    described_by = email.get_attribute("aria-describedby") or ""
    messages = [page.locator(f"#{ref}").inner_text() for ref in described_by.split()]
    assert any("email" in text.lower() for text in messages), messages
    summary.get_by_role("link").first.click()
    assert not BookingRequest.objects.exists()
    assert axe_violations(page) == []


@pytest.mark.usefixtures("booking_settings")
def test_contact_form_error_state_is_accessible(page, browser_context, site_url):
    serve_fake_recaptcha(browser_context)
    page.goto(site_url + "/contact/")
    page.fill("[name=name]", "Ana Lima")
    page.fill("[name=email]", "not-an-email")
    with patch_captcha(google_says(hostname="localhost")):
        page.locator("main form button[type=submit]").click()
        page.locator("#error-summary").wait_for()
    assert page.input_value("[name=name]") == "Ana Lima"
    assert axe_violations(page) == []
    assert not ContactMessage.objects.exists()
