"""A Redis outage costs speed, not pages or patients (production's cache settings)."""

import logging

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from booking.models import BookingRequest, ContactMessage
from caching.config import OUTAGE_LOGGER
from demo.public_pages import PUBLIC_PAGES
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_every_public_page_serves_uncached(name, client, public_pages, redis_down):
    for _ in range(2):
        response = client.get(PUBLIC_PAGES[name])
        assert response.status_code == 200
        assert response["X-Wagtail-Cache"] in ("miss", "skip")
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_a_booking_is_stored_and_the_patient_thanked(
    client, public_pages, redis_down, django_capture_on_commit_callbacks
):
    with patch_captcha(), django_capture_on_commit_callbacks(execute=True):
        response = client.post("/book/", booking_post(), follow=True)
    assert response.status_code == 200
    assert BookingRequest.objects.count() == 1
    thanks = BeautifulSoup(response.content, "html.parser").find(id="form-result")
    assert "reached us" in thanks.get_text()
    assert mail.outbox, "the staff notification still goes out"


def test_rate_limits_fail_open_so_no_request_is_lost(
    client, public_pages, redis_down, settings, django_capture_on_commit_callbacks
):
    # With the cache counting, the second post from this address would be refused.
    settings.BOOKING_RATE_LIMITS = {"ip": (1, 3600), "email": (1, 3600)}
    with (
        patch_captcha(google_says(action="contact")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        for n in range(3):
            message = f"Is there parking near the clinic? Question {n} of 3."
            assert client.post("/contact/", contact_post(message=message)).status_code == 302
    assert ContactMessage.objects.count() == 3


def test_the_log_gets_one_clear_line_not_a_traceback_per_call(
    client, public_pages, redis_down, caplog
):
    with caplog.at_level(logging.WARNING, logger=OUTAGE_LOGGER):
        for path in PUBLIC_PAGES.values():
            client.get(path)
    lines = [record for record in caplog.records if record.name == OUTAGE_LOGGER]
    assert len(lines) == 1
    assert "Redis is unreachable" in lines[0].getMessage()
    assert lines[0].exc_info is None
    assert not caplog.text.count("Traceback")
