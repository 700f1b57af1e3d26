"""A confirmed appointment: the audit entry, then the patient's e-mail (``booking.confirmation``)
sent through the mail queue."""

from functools import partial

from django.db import transaction

from booking import audit
from booking.records import Status
from booking.tasks import send_appointment_confirmation


def confirm(booking, user):
    """Record a newly agreed (or cleared) time; e-mail the patient when there is one."""
    when = booking.appointment_at
    data = {"at": audit.clinic_time(when)} if when else {}
    audit.record(booking, audit.APPOINTMENT, user, data)
    if when is None:
        return
    if booking.status in (Status.NEW, Status.NEEDS_REVIEW, Status.CONTACTED):
        booking.status = Status.SCHEDULED
        booking.save(update_fields=["status"])
    transaction.on_commit(partial(_send, booking.pk))


def _send(pk):
    send_appointment_confirmation.enqueue(pk)
