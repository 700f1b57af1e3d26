"""The audit trail for requests: who looked, exported, changed or deleted what, and when.

Entries go to Wagtail's own log (``wagtail.log_actions.log``). Each is labelled with the
request's opaque reference (``BR-7F3K2``), never the patient's name, and its data holds
status names and counts only, never what a patient typed.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import LogFormatter, log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

VIEW = "booking.view"
EXPORT = "booking.export"
STATUS_CHANGE = "booking.status_change"
NOTE = "booking.note"
APPOINTMENT = "booking.appointment"
PURGE = "booking.purge"


def clinic_zone():
    """The clinic's time zone. Every time staff see is in it, whatever their own is."""
    return ZoneInfo(settings.TIME_ZONE)


def clinic_time(value, fmt="D j M Y, g:i A T"):
    if value is None:
        return ""
    from django.utils.dateformat import format as date_format

    return date_format(timezone.localtime(value, clinic_zone()), fmt)


def record(instance, action, user=None, data=None):
    """One entry for ``instance``, labelled by its reference."""
    return log(instance=instance, action=action, user=user, title=str(instance), data=data)


def record_many(instances, action, user):
    """One entry per request, written in one query (an export may hold hundreds)."""
    instances = list(instances)
    if not instances:
        return
    content_type = ContentType.objects.get_for_model(type(instances[0]), for_concrete_model=False)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(instance.pk),
            label=str(instance),
            action=action,
            user=user,
            timestamp=now,
            data={},
        )
        for instance in instances
    )


def entries_for(instance):
    return log_registry.get_logs_for_instance(instance).select_related("user")


def forget(model, pks):
    """Drop every entry of purged requests; only the purge's own entry remains."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    ModelLogEntry.objects.filter(
        content_type=content_type, object_id__in=[str(pk) for pk in pks]
    ).exclude(action=PURGE).delete()


def register(actions):
    """Labels and messages for the history view and the site history report."""

    def simple(action, label, message):
        class Formatter(LogFormatter):
            pass

        Formatter.label = label
        Formatter.format_message = lambda self, entry: message
        actions.register_action(action)(Formatter)

    simple(VIEW, "View request", "Opened")
    simple(EXPORT, "Export requests", "Included in an export")
    simple(NOTE, "Change staff notes", "Staff notes changed")
    simple(PURGE, "Purge request", "Deleted after the retention period")

    @actions.register_action(STATUS_CHANGE)
    class StatusChange(LogFormatter):
        label = "Change request status"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"Status changed from {data.get('from', '?')} to {data.get('to', '?')}"

    @actions.register_action(APPOINTMENT)
    class Appointment(LogFormatter):
        label = "Confirm appointment"

        def format_message(self, log_entry):
            when = log_entry.data.get("at")
            return f"Appointment confirmed for {when}" if when else "Appointment cleared"
