"""The audit trail: every look and change by whom, labelled by reference, forgotten on purge."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import BookingRequest, ContactMessage

pytestmark = pytest.mark.django_db

PATIENT = {
    "first_name": "Ana",
    "last_name": "Lima",
    "email": "ana.lima@example.com",
    "phone": "+19545550177",
    "reason": "Migraines after a fall",
    "staff_notes": "Prefers afternoons",
}


@pytest.fixture
def booking(db):
    return BookingRequestFactory(**PATIENT)


def everything_the_front_desk_does(client, booking):
    edit = reverse("bookingrequest:edit", args=[booking.pk])
    client.get(edit)
    client.get(reverse("bookingrequest:inspect", args=[booking.pk]))
    b"".join(client.get(reverse("bookingrequest:index"), {"export": "csv"}).streaming_content)
    b"".join(client.get(reverse("bookingrequest:index"), {"export": "xlsx"}).streaming_content)
    client.post(
        edit,
        {
            "status": "scheduled",
            "staff_notes": "Lima family, call back re migraines",
            "appointment_at": "2026-02-03 10:30",
        },
    )
    client.post(reverse("bookingrequest:delete", args=[booking.pk]))


def test_every_view_export_change_and_deletion_is_logged_with_the_user(
    desk_client, booking, front_desk
):
    everything_the_front_desk_does(desk_client, booking)
    actions = list(
        ModelLogEntry.objects.order_by("timestamp", "pk").values_list("action", "user", "label")
    )
    assert [action for action, _, _ in actions] == [
        "booking.view",
        "booking.view",
        "booking.export",
        "booking.export",
        "booking.status_change",
        "booking.note",
        "booking.appointment",
        "wagtail.delete",
    ]
    assert {user for _, user, _ in actions} == {front_desk.pk}
    assert {label for _, _, label in actions} == {str(booking)}
    assert booking.reference.startswith("BR-") and len(booking.reference) == 8


def test_no_audit_entry_contains_the_patients_name_or_anything_they_typed(desk_client, booking):
    everything_the_front_desk_does(desk_client, booking)
    call_command("purge_requests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    entries = list(ModelLogEntry.objects.values("label", "data"))
    assert entries
    typed = [*PATIENT.values(), "5550177", "migraines", "Lima family"]
    for entry in entries:
        text = str(entry).lower()
        for value in typed:
            assert value.lower() not in text, f"{value!r} in {entry}"


def test_history_shows_references_not_names(desk_client, booking):
    desk_client.get(reverse("bookingrequest:edit", args=[booking.pk]))
    html = desk_client.get(reverse("bookingrequest:history", args=[booking.pk])).content.decode()
    assert "Opened" in html and "Ana" not in html.split("<main", 1)[-1].split("</main>")[0]


def test_the_purge_forgets_the_trail_of_what_it_deletes(settings, desk_client, front_desk, capsys):
    settings.BOOKING_RETENTION_DAYS = 30
    old, recent = BookingRequestFactory(), BookingRequestFactory()
    old_message = ContactMessageFactory()
    for row in (old, recent):
        desk_client.get(reverse("bookingrequest:edit", args=[row.pk]))
    desk_client.get(reverse("contactmessage:edit", args=[old_message.pk]))
    long_ago = timezone.now() - timedelta(days=31)
    BookingRequest.objects.filter(pk=old.pk).update(created_at=long_ago)
    ContactMessage.objects.filter(pk=old_message.pk).update(created_at=long_ago)

    call_command("purge_requests")
    assert list(BookingRequest.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not ContactMessage.objects.exists()
    remaining = set(ModelLogEntry.objects.values_list("label", "action", "user"))
    assert remaining == {
        (str(recent), "booking.view", front_desk.pk),
        (str(old), "booking.purge", None),
        (str(old_message), "booking.purge", None),
    }
    assert "Deleted 1 booking requests older than 30 days." in capsys.readouterr().out


def test_purge_dry_run_deletes_nothing(settings):
    settings.BOOKING_RETENTION_DAYS = 30
    old = BookingRequestFactory()
    BookingRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    call_command("purge_requests", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert BookingRequest.objects.count() == 1
    assert not ModelLogEntry.objects.exists()


def test_entries_from_before_references_are_relabelled(booking):
    import importlib

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    migration = importlib.import_module("booking.migrations.0005_relabel_request_log_entries")
    content_type = ContentType.objects.get_for_model(BookingRequest)
    for object_id in (str(booking.pk), "999999"):
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=object_id,
            label="Ana Lima",
            action="wagtail.delete",
            timestamp=timezone.now(),
        )
    migration.relabel(apps, None)
    labels = set(ModelLogEntry.objects.values_list("object_id", "label"))
    assert labels == {(str(booking.pk), str(booking)), ("999999", "Request (deleted)")}
