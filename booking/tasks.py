"""Notification e-mail through django-tasks, with our own retry.

The database backend does not retry, so ``send_notifications`` re-enqueues itself with
exponential backoff up to ``BOOKING_EMAIL_MAX_ATTEMPTS``. Each e-mail is claimed by a
conditional UPDATE before it is sent: a retry, or a second worker, skips what is claimed.
"""

import logging
import smtplib
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import task, task_backends

from booking import notifications
from booking.confirmation import confirmation_message
from booking.records import BookingRequest

logger = logging.getLogger("booking.tasks")

MAIL_ERRORS = (smtplib.SMTPException, OSError)
BACKEND = "mail"


def queue_notifications(submission):
    """Called on commit. A broken queue must not fail a request that is already stored."""
    try:
        send_notifications.enqueue(submission._meta.label, submission.pk)
    except Exception as error:  # noqa: BLE001
        logger.error(
            "Could not queue notifications for %s: %s", submission.pk, type(error).__name__
        )


@task(backend=BACKEND)
def send_notifications(model_label, pk, attempt=1):
    model = apps.get_model(model_label)
    model.objects.filter(pk=pk).update(email_attempts=F("email_attempts") + 1)
    submission = model.objects.filter(pk=pk).first()
    if submission is None:  # purged before we got to it
        return "gone"
    try:
        _send_once(submission, "staff_notified_at", notifications.staff_message)
        _send_once(submission, "patient_notified_at", notifications.patient_message)
    except MAIL_ERRORS as error:
        return _retry(model_label, pk, attempt, error)
    return "sent"


@task(backend=BACKEND)
def send_appointment_confirmation(pk):
    """One e-mail per agreed time; a failure is logged for the front desk to phone instead."""
    booking = BookingRequest.objects.filter(pk=pk, appointment_at__isnull=False).first()
    if booking is None:
        return "gone"
    try:
        confirmation_message(booking).send(fail_silently=False)
    except MAIL_ERRORS as error:
        logger.error("Appointment e-mail for %s failed: %s", pk, type(error).__name__)
        return "failed"
    return "sent"


def _send_once(submission, marker, build):
    model = type(submission)
    claimed_at = timezone.now()
    claimed = model.objects.filter(pk=submission.pk, **{f"{marker}__isnull": True}).update(
        **{marker: claimed_at}
    )
    if not claimed:
        return
    try:
        build(submission).send(fail_silently=False)
    except BaseException:
        # Release the claim so the retry sends it.
        model.objects.filter(pk=submission.pk, **{marker: claimed_at}).update(**{marker: None})
        raise


def retry_delay(attempt):
    seconds = settings.BOOKING_EMAIL_RETRY_BASE_SECONDS * 2 ** (attempt - 1)
    return timedelta(seconds=min(seconds, settings.BOOKING_EMAIL_RETRY_MAX_SECONDS))


def _retry(model_label, pk, attempt, error):
    reason = type(error).__name__
    if attempt >= settings.BOOKING_EMAIL_MAX_ATTEMPTS:
        logger.error(
            "Giving up on e-mail for %s %s after %s attempts: %s", model_label, pk, attempt, reason
        )
        return "gave_up"
    logger.warning("E-mail for %s %s failed (%s); retrying", model_label, pk, reason)
    retry = send_notifications
    if task_backends[BACKEND].supports_defer:
        retry = retry.using(run_after=timezone.now() + retry_delay(attempt))
    retry.enqueue(model_label, pk, attempt + 1)
    return "retrying"
