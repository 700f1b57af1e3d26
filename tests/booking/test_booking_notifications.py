"""E-mail after the request is stored: private, retried, never sent twice."""

import smtplib
import uuid
from unittest import mock

import pytest
from django.core import mail
from django_tasks import task_backends

from booking import tasks
from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import BookingRequest, ContactMessage
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db

REASON = "Stiff neck since a car accident"
# Keeps what is enqueued instead of running it, and can defer it.
DEFERRING_BACKEND = "django_tasks.backends.dummy.DummyBackend"


@pytest.fixture
def post(client, request_pages, django_capture_on_commit_callbacks):
    def _post(data, path="/book/"):
        with patch_captcha(google_says(action=path.strip("/").replace("book", "booking"))):
            with django_capture_on_commit_callbacks(execute=True):
                return client.post(path, data)

    return _post


# Everything booking_post() sends, as a patient typed it and as it is stored.
SUBMITTED = ["Ana", "Lima", "ana@example.com", "754-3010", "7543010", "Stiff neck", "accident"]


def test_no_staff_email_contains_any_submitted_value(post):
    post(booking_post(reason=REASON))
    post(contact_post(), path="/contact/")
    booking, message = BookingRequest.objects.get(), ContactMessage.objects.get()
    staff = [m for m in mail.outbox if m.to != ["ana@example.com"] and m.to != ["sam@example.com"]]
    assert len(staff) == 2
    for sent in staff:
        text = sent.subject + sent.body + str(sent.extra_headers)
        for value in [*SUBMITTED, "Sam", "Ortiz", "sam@example.com", "parking", "knee"]:
            assert value not in text, f"{value!r} in a staff e-mail"
    booking_mail, contact_mail = staff
    assert booking.reference in booking_mail.subject and booking.reference in booking_mail.body
    assert "Status: New" in booking_mail.body
    assert booking_mail.body.count("/admin/bookingrequest/edit/") == 1
    assert message.reference in contact_mail.subject


def test_the_patient_is_greeted_by_first_name_and_told_nothing_about_the_reason(post, clinic):
    post(booking_post(reason=REASON))
    patient = next(m for m in mail.outbox if m.to == ["ana@example.com"])
    assert patient.body.startswith("Hello Ana,")
    assert f"call us on {clinic.phone}" in patient.body
    for typed in ["Lima", "754", "Stiff neck", "accident", "Monday"]:
        assert typed not in patient.subject + patient.body
    booking = BookingRequest.objects.get()
    assert booking.staff_notified_at and booking.patient_notified_at


def test_contact_replies_greet_by_name_and_go_to_the_clinic(post, clinic):
    post(contact_post(), path="/contact/")
    patient = next(m for m in mail.outbox if m.to == ["sam@example.com"])
    assert patient.body.startswith("Hello Sam,")
    assert patient.reply_to == [clinic.email]
    assert clinic.email in patient.from_email and clinic.name in patient.from_email
    assert all(clinic.email in m.from_email for m in mail.outbox)


def test_contact_emails_leave_out_the_message(post):
    post(contact_post(), path="/contact/")
    for message in mail.outbox:
        assert "parking" not in message.body and "knee" not in message.body


def test_editors_choose_the_staff_recipients(post, request_pages):
    page = request_pages[0]
    page.staff_recipients = "one@example.com, two@example.com"
    page.save_revision().publish()
    post(booking_post())
    assert mail.outbox[0].to == ["one@example.com", "two@example.com"]


def test_smtp_failure_is_retried_and_the_request_stays_stored(site, caplog):
    booking = BookingRequestFactory(reason=REASON)
    real_send = mail.EmailMessage.send
    calls = {"n": 0}

    def flaky_send(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            assert BookingRequest.objects.filter(pk=booking.pk).exists()
            raise smtplib.SMTPServerDisconnected("gone")
        return real_send(self, *args, **kwargs)

    with mock.patch.object(mail.EmailMessage, "send", flaky_send):
        tasks.send_notifications.enqueue(booking._meta.label, booking.pk)
    booking.refresh_from_db()
    assert booking.email_attempts == 2
    assert len(mail.outbox) == 2  # staff and patient, once each
    assert booking.staff_notified_at and booking.patient_notified_at
    assert "SMTPServerDisconnected" in caplog.text and "Stiff" not in caplog.text


def test_retries_back_off_up_to_a_cap(settings):
    settings.BOOKING_EMAIL_RETRY_BASE_SECONDS = 60
    settings.BOOKING_EMAIL_RETRY_MAX_SECONDS = 600
    delays = [tasks.retry_delay(n).total_seconds() for n in range(1, 7)]
    assert delays == [60, 120, 240, 480, 600, 600]


def test_the_retry_is_deferred_on_a_backend_that_can(settings):
    settings.TASKS = {**settings.TASKS, "mail": {"BACKEND": DEFERRING_BACKEND}}
    booking = BookingRequestFactory()
    with mock.patch.object(mail.EmailMessage, "send", side_effect=OSError("refused")):
        assert tasks.send_notifications.call(booking._meta.label, booking.pk, 2) == "retrying"
    (retry,) = task_backends[tasks.BACKEND].results
    assert retry.task.run_after is not None
    assert list(retry.args) == [booking._meta.label, booking.pk, 3]


def test_it_gives_up_after_the_last_attempt(site, settings, caplog):
    settings.BOOKING_EMAIL_MAX_ATTEMPTS = 3
    booking = BookingRequestFactory()
    with mock.patch.object(mail.EmailMessage, "send", side_effect=OSError("refused")):
        tasks.send_notifications.enqueue(booking._meta.label, booking.pk)
    booking.refresh_from_db()
    assert booking.email_attempts == 3
    assert booking.staff_notified_at is None
    assert "Giving up" in caplog.text
    assert BookingRequest.objects.filter(pk=booking.pk).exists()


def test_a_second_run_sends_nothing_twice(site):
    message = ContactMessageFactory()
    tasks.send_notifications.enqueue(message._meta.label, message.pk)
    tasks.send_notifications.enqueue(message._meta.label, message.pk)
    assert len(mail.outbox) == 2


def test_a_purged_request_is_skipped(db):
    assert tasks.send_notifications.call("booking.BookingRequest", 999) == "gone"


def test_a_broken_queue_does_not_fail_the_submission(post, caplog):
    with mock.patch.object(tasks, "send_notifications") as task:
        task.enqueue.side_effect = RuntimeError
        response = post(booking_post())
    assert response.status_code == 302
    assert BookingRequest.objects.count() == 1
    assert "Could not queue" in caplog.text


def test_a_failing_mail_server_does_not_fail_the_submission(post):
    with mock.patch.object(mail.EmailMessage, "send", side_effect=smtplib.SMTPException):
        response = post(booking_post())
    assert response.status_code == 302
    assert BookingRequest.objects.count() == 1


def test_the_same_token_posted_twice_gives_one_row(post):
    data = booking_post(token=str(uuid.uuid4()))
    first = post(data)
    second = post(data)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert BookingRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_every_form_render_gets_a_new_token(client, request_pages):
    def token():
        html = client.get("/book/").content.decode()
        return html.split('name="token" value="')[1].split('"')[0]

    assert token() != token()
