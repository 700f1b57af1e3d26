"""The e-mails a request triggers. None carries a reason for visit or a message body.

Staff get the patient's name, preferred times and a link to the admin; the patient gets
their first name and preferred times back, nothing else they typed.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from wagtail.models import Site

from sitecore.models import ClinicSettings


def _clinic(submission):
    site = submission.page.get_site() if submission.page else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return ClinicSettings.for_site(site) if site else None


def staff_recipients(submission):
    page = submission.page.specific if submission.page else None
    recipients = page.recipient_list if page is not None else []
    if not recipients:
        clinic = _clinic(submission)
        recipients = [clinic.email] if clinic and clinic.email else []
    return recipients or list(settings.BOOKING_FALLBACK_RECIPIENTS)


def _context(submission):
    return {
        "submission": submission,
        "kind": submission._meta.verbose_name,
        "clinic": _clinic(submission),
        "admin_link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + submission.admin_url(),
    }


def staff_message(submission):
    context = _context(submission)
    return EmailMessage(
        subject=f"New {context['kind']} on the website",
        body=render_to_string("booking/email/staff_notification.txt", context),
        to=staff_recipients(submission),
    )


def patient_message(submission):
    context = _context(submission)
    clinic = context["clinic"]
    return EmailMessage(
        subject=f"We received your request{f' to {clinic.name}' if clinic else ''}",
        body=render_to_string("booking/email/patient_confirmation.txt", context),
        to=[submission.email],
    )
