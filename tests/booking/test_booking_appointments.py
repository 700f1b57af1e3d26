"""A confirmed appointment: recorded in the request view, e-mailed with a calendar file, audited."""

from datetime import UTC, datetime

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from booking.factories import BookingRequestFactory
from booking.models import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking(request_pages):
    return BookingRequestFactory(
        first_name="Ana",
        last_name="Lima",
        email="ana@example.com",
        reason="Migraines after a fall",
        page=request_pages[0],
    )


def confirm(client, booking, when, capture):
    with capture(execute=True):
        return client.post(
            reverse("bookingrequest:edit", args=[booking.pk]),
            {"status": booking.status, "staff_notes": "", "appointment_at": when},
        )


def test_recording_the_time_emails_the_patient_a_calendar_invitation(
    desk_client, front_desk, booking, clinic, django_capture_on_commit_callbacks
):
    response = confirm(desk_client, booking, "2026-02-03 10:30", django_capture_on_commit_callbacks)
    assert response.status_code == 302
    booking.refresh_from_db()
    # Entered in clinic time (New York, winter): 15:30 UTC.
    assert booking.appointment_at == datetime(2026, 2, 3, 15, 30, tzinfo=UTC)
    assert booking.status == Status.SCHEDULED

    [message] = mail.outbox
    assert message.to == ["ana@example.com"] and message.reply_to == [clinic.email]
    assert "Tuesday 3 February 2026, 10:30 AM EST" in message.body
    assert "Reply to this e-mail" in message.body and clinic.phone in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    content = content if isinstance(content, str) else content.decode()
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2026, 2, 3, 15, 30, tzinfo=UTC)
    assert clinic.name in str(event["summary"])
    assert clinic.street_address in str(event["location"])
    for text in (message.subject, message.body, content):
        assert "Migraines" not in text and "fall" not in text and "Lima" not in text

    entry = ModelLogEntry.objects.get(action="booking.appointment")
    assert entry.user == front_desk and entry.label == str(booking)
    assert entry.data == {"at": "Tue 3 Feb 2026, 10:30 AM EST"}


def test_saving_without_a_new_time_sends_nothing(
    desk_client, booking, django_capture_on_commit_callbacks
):
    confirm(desk_client, booking, "", django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not ModelLogEntry.objects.filter(action="booking.appointment").exists()
