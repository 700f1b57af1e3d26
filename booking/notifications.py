"""The e-mails a request triggers. E-mail is not a safe channel for health information.

Staff get the request's reference, status and a link to the admin: no name, nothing typed.
The patient gets a greeting by first name, the clinic's phone, and nothing about the reason
for the visit, in the language of the form they used. Mail is sent from, and replies go to,
the clinic's own address.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from core.models import ClinicSettings


def clinic_for(submission):
    site = submission.page.get_site() if submission.page else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return ClinicSettings.for_site(site) if site else None


def staff_recipients(submission, clinic):
    page = submission.page.specific if submission.page else None
    recipients = page.recipient_list if page is not None else []
    if not recipients:
        recipients = [clinic.email] if clinic and clinic.email else []
    return recipients or list(settings.BOOKING_FALLBACK_RECIPIENTS)


def sender(clinic):
    """``"Clinic name" <front desk>``, or the site default when the clinic has no address."""
    if clinic and clinic.email:
        return f'"{clinic.name}" <{clinic.email}>', [clinic.email]
    return settings.DEFAULT_FROM_EMAIL, []


def _context(submission, clinic, **extra):
    return {
        "submission": submission,
        "kind": submission._meta.verbose_name,
        "clinic": clinic,
        "admin_link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + submission.admin_url(),
        **extra,
    }


def staff_message(submission):
    clinic = clinic_for(submission)
    from_email, _reply_to = sender(clinic)
    # Staff read the site's own language, whichever language the patient used.
    with translation.override(settings.LANGUAGE_CODE):
        context = _context(submission, clinic)
        subject = f"New {context['kind']} {submission.reference}"
        body = render_to_string("booking/email/staff_notification.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=from_email,
        to=staff_recipients(submission, clinic),
    )


def in_patient_language(submission):
    """Patient mail is built by a task worker, which has no request and so no language of
    its own: every patient-facing string is rendered inside this."""
    return translation.override(submission.language or settings.LANGUAGE_CODE)


def patient_email(submission, subject, template, extra=None):
    clinic = clinic_for(submission)
    from_email, reply_to = sender(clinic)
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, _context(submission, clinic, **(extra or {}))),
        from_email=from_email,
        reply_to=reply_to,
        to=[submission.email],
    )


def patient_message(submission):
    with in_patient_language(submission):
        # A question is not a request for an appointment: each kind says what it was. The
        # reference is what the patient quotes when they call, and names nobody.
        if submission._meta.model_name == "contactmessage":
            subject = gettext("We received your message (%(reference)s)")
        else:
            subject = gettext("We received your booking request (%(reference)s)")
        return patient_email(
            submission,
            subject=subject % {"reference": submission.reference},
            template="booking/email/patient_confirmation.txt",
        )
