"""Booking requests and contact messages: what a patient sends, as the front desk works it."""

import base64
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    SCHEDULED = "scheduled", "Scheduled"
    DECLINED = "declined", "Declined"
    SPAM = "spam", "Spam"
    NEEDS_REVIEW = "needs_review", "Needs review"


class ReviewReason(models.TextChoices):
    NO_TOKEN = "no_token", "Sent without JavaScript (no reCAPTCHA token)"
    SCRIPT_FAILED = "captcha_script_failed", "reCAPTCHA's script did not load in the browser"
    CAPTCHA_UNAVAILABLE = "captcha_unavailable", "reCAPTCHA could not be reached"
    CAPTCHA_TIMEOUT = "captcha_timeout", "reCAPTCHA did not answer in time"
    CAPTCHA_MALFORMED = "captcha_malformed", "reCAPTCHA's answer could not be read"
    TOO_FAST = "too_fast", "Sent within seconds of opening the form (autofill?)"
    BAD_TIMESTAMP = "bad_timestamp", "The form's timing check was missing or altered"


class Submission(models.Model):
    """What every request shares: triage status, spam signals and e-mail delivery state."""

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    review_reason = models.CharField(
        max_length=30, choices=ReviewReason.choices, blank=True, editable=False
    )
    recaptcha_score = models.DecimalField(
        "reCAPTCHA score",
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        editable=False,
        help_text="0.0 looks like a bot, 1.0 like a person. Empty when it could not be checked.",
    )
    # One per rendered form: a double click, a refresh or a resubmit finds the first row.
    idempotency_key = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    # The language of the form the patient used: their e-mails are written in it.
    language = models.CharField(
        "Language",
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Claimed before sending and never cleared once delivered, so a retry cannot send twice.
    staff_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    patient_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    email_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    staff_notes = models.TextField(
        blank=True,
        help_text="Only staff see these. Calls made, messages left, what was agreed.",
    )

    # Patient requests are not content: left out of Wagtail's reference index, the booking
    # page's "Usage" tab does not list every request, and a post skips the index update.
    wagtail_reference_index_ignore = True

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    # Audit entries, e-mail subjects and page titles use this, never the patient's name.
    reference_prefix = "RQ"

    def __str__(self):
        # Short enough for a phone's header; the prefix (BR, CM) tells the kinds apart.
        return f"Request {self.reference}"

    @property
    def reference(self):
        code = base64.b32encode(self.idempotency_key.bytes).decode()[:5]
        return f"{self.reference_prefix}-{code}"

    def admin_url(self):
        return reverse(f"{self._meta.model_name}:edit", args=[self.pk])


class BookingRequest(Submission):
    reference_prefix = "BR"

    class PatientType(models.TextChoices):
        NEW = "new", _("New patient")
        RETURNING = "returning", _("Returning patient")

    DAYS = [
        ("mon", pgettext_lazy("weekday", "Monday")),
        ("tue", pgettext_lazy("weekday", "Tuesday")),
        ("wed", pgettext_lazy("weekday", "Wednesday")),
        ("thu", pgettext_lazy("weekday", "Thursday")),
        ("fri", pgettext_lazy("weekday", "Friday")),
        ("sat", pgettext_lazy("weekday", "Saturday")),
        ("sun", pgettext_lazy("weekday", "Sunday")),
    ]
    TIMES = [("morning", _("Morning")), ("afternoon", _("Afternoon")), ("evening", _("Evening"))]

    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254)
    phone = models.CharField(max_length=20, help_text="Stored in international (E.164) form.")
    patient_type = models.CharField(max_length=10, choices=PatientType.choices)
    preferred_days = models.JSONField(default=list, blank=True)
    preferred_times = models.JSONField(default=list, blank=True)
    reason = models.TextField("Reason for visit", max_length=1000, blank=True)
    consented_at = models.DateTimeField(editable=False)
    appointment_at = models.DateTimeField(
        "Confirmed appointment",
        null=True,
        blank=True,
        help_text="The date and time agreed with the patient, in the clinic's time zone. "
        "Saving it e-mails the patient a confirmation with a calendar invitation.",
    )

    class Meta(Submission.Meta):
        verbose_name = _("booking request")

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    # The admin's column headings (Django's label_for_field reads these).
    full_name.fget.short_description = "Name"

    def _labels(self, choices, values):
        lookup = dict(choices)
        return [str(lookup[value]) for value in values if value in lookup]

    @property
    def preferred_days_display(self):
        return ", ".join(self._labels(self.DAYS, self.preferred_days)) or "Any day"

    @property
    def preferred_times_display(self):
        return ", ".join(self._labels(self.TIMES, self.preferred_times)) or "Any time"

    preferred_days_display.fget.short_description = "Preferred days"
    preferred_times_display.fget.short_description = "Preferred times"


class ContactMessage(Submission):
    reference_prefix = "CM"

    name = models.CharField(max_length=150)
    email = models.EmailField(max_length=254)
    phone = models.CharField(max_length=20, blank=True)
    message = models.TextField(max_length=3000)

    class Meta(Submission.Meta):
        verbose_name = _("contact message")

    @property
    def full_name(self):
        return self.name

    full_name.fget.short_description = "Name"

    @property
    def first_name(self):
        return self.name.split()[0] if self.name.split() else ""
