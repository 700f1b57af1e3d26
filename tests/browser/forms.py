"""Helpers for the booking journeys: a stand-in for Google's script and a filled form."""

import uuid

import pytest

# Enough of grecaptcha for request-form.js: ready() and an execute() that yields a token.
FAKE_RECAPTCHA_JS = """
window.grecaptcha = {
    ready: function (callback) { callback(); },
    execute: function () { return Promise.resolve("token-from-the-browser"); }
};
"""
RECAPTCHA_SCRIPT = "**/recaptcha/api.js*"


@pytest.fixture
def booking_settings(settings):
    """No minimum fill time (the browser is fast) and no rate limit across the suite."""
    settings.BOOKING_MIN_FILL_SECONDS = 0
    settings.BOOKING_RATE_LIMITS = {"ip": (10_000, 3600), "email": (10_000, 3600)}
    return settings


def serve_fake_recaptcha(context):
    """Google's loader answered locally, and a note of when the page asked for it."""
    requested = []

    def fulfil(route):
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="text/javascript", body=FAKE_RECAPTCHA_JS)

    context.route(RECAPTCHA_SCRIPT, fulfil)
    return requested


def unique_email():
    return f"patient-{uuid.uuid4().hex[:8]}@example.com"


def fill_booking_form(page, email, first_name="Ana"):
    page.fill("[name=first_name]", first_name)
    page.fill("[name=last_name]", "Lima")
    page.fill("[name=email]", email)
    page.fill("[name=phone]", "(541) 754-3010")
    page.check("[name=patient_type][value=new]")
    page.check("[name=preferred_days][value=mon]")
    page.fill("[name=reason]", "Low back pain after gardening")
    page.check("[name=consent]")


def submit(page):
    page.get_by_role("button", name="Request an appointment").click()
