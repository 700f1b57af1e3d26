"""The patient's e-mail for an agreed appointment, with a calendar invitation.

The invitation carries the clinic's name, address and the time; never the reason for the
visit, which a calendar would copy to every device it syncs with. Both are written in the
language of the form the patient used.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext
from icalendar import Calendar, Event

from booking import audit, notifications

APPOINTMENT_MINUTES = 30


def calendar_file(booking, clinic):
    """The ``.ics`` text for ``booking``'s appointment at ``clinic``."""
    start = timezone.localtime(booking.appointment_at, audit.clinic_zone())
    calendar = Calendar()
    calendar.add("prodid", "-//Clinic website//Appointments//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    name = clinic.name if clinic else gettext("Your appointment")
    event.add("uid", f"{booking.reference}@{settings.WAGTAILADMIN_BASE_URL.split('//')[-1]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=APPOINTMENT_MINUTES))
    # Calendars may pick a font or a spell checker by the text's language.
    text_language = {"LANGUAGE": translation.get_language() or settings.LANGUAGE_CODE}
    event.add(
        "summary", gettext("Appointment at %(name)s") % {"name": name}, parameters=text_language
    )
    if clinic and clinic.address_lines:
        event.add("location", ", ".join([clinic.name, *clinic.address_lines]))
    if clinic and clinic.phone:
        event.add(
            "description",
            gettext("To change or cancel, call %(phone)s.") % {"phone": clinic.phone},
            parameters=text_language,
        )
    calendar.add_component(event)
    # Calendars that do not know the zone by name still place the time correctly.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def confirmation_message(booking):
    clinic = notifications.clinic_for(booking)
    with notifications.in_patient_language(booking):
        # Translators: Django date format, e.g. "Tuesday 1 December 2026, 3:00 PM EST".
        when_format = pgettext("date format", "l j F Y, g:i A T")
        message = notifications.patient_email(
            booking,
            subject=(
                gettext("Your appointment at %(clinic)s is confirmed") % {"clinic": clinic.name}
                if clinic
                else gettext("Your appointment is confirmed")
            ),
            template="booking/email/appointment_confirmation.txt",
            extra={"appointment": audit.clinic_time(booking.appointment_at, when_format)},
        )
        message.attach("appointment.ics", calendar_file(booking, clinic), "text/calendar")
    return message
