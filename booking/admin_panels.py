"""What the front desk sees around a request: its details, its history, and what awaits them."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from booking import audit
from booking.models import BookingRequest, ContactMessage, Status
from core import phone

TO_DO = Q(status__in=[Status.NEW, Status.NEEDS_REVIEW])
HISTORY_SHOWN = 8


def phone_display(raw, as_dialled=False):
    """``(541) 754-3010`` at home; abroad ``+44 20 7946 0958``, or as the clinic dials it
    (``011 44 20 7946 0958``), which no spreadsheet reads as a formula."""
    import phonenumbers

    number = phone.parse(raw)
    if number is None:
        return raw or ""
    region = settings.CLINIC_PHONE_REGION
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if as_dialled:
        return phonenumbers.format_out_of_country_calling_number(number, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def details(request_row):
    """``(label, value, href)`` rows for everything a patient sent, and what came of it."""
    rows = [
        ("Name", request_row.full_name, ""),
        ("Phone", phone_display(request_row.phone), f"tel:{request_row.phone}"),
        ("E-mail", request_row.email, f"mailto:{request_row.email}"),
        ("Language", request_row.get_language_display(), ""),
    ]
    if isinstance(request_row, BookingRequest):
        rows += [
            ("Patient", request_row.get_patient_type_display(), ""),
            ("Preferred days", request_row.preferred_days_display, ""),
            ("Preferred times", request_row.preferred_times_display, ""),
            ("Reason for visit", request_row.reason or "Not given", ""),
            ("Consent to store", f"Given {audit.clinic_time(request_row.consented_at)}", ""),
        ]
    else:
        rows.append(("Message", request_row.message, ""))
    rows.append(("Received", audit.clinic_time(request_row.created_at), ""))
    if request_row.review_reason:
        rows.append(("Why it needs review", request_row.get_review_reason_display(), ""))
    score = request_row.recaptcha_score
    rows.append(("reCAPTCHA score", "Not checked" if score is None else str(score), ""))
    rows.append(("E-mail to the patient", _delivery(request_row), ""))
    return [(label, value, href) for label, value, href in rows if value]


def _delivery(request_row):
    sent = request_row.patient_notified_at
    return f"Sent {audit.clinic_time(sent)}" if sent else "Not sent yet"


class RequestDetailsPanel(Panel):
    """Everything the patient sent, read-only, with the phone and e-mail one tap away."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "booking/admin/request_details.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = details(self.instance)
            return context


class RequestHistoryPanel(Panel):
    """The latest audit entries, in clinic time, with a link to the full history."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "booking/admin/request_history.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            entries = audit.entries_for(self.instance).order_by("-timestamp")[:HISTORY_SHOWN]
            context["entries"] = [
                (audit.clinic_time(entry.timestamp), entry.user_display_name, entry.message)
                for entry in entries
            ]
            name = self.instance._meta.model_name
            context["history_url"] = reverse(f"{name}:history", args=[self.instance.pk])
            return context


def to_do_url(model):
    return reverse(f"{model._meta.model_name}:index") + "?status=new&status=needs_review"


def to_do_counts():
    """``[(label, count, url)]`` of new and needs-review requests, per kind."""
    rows = []
    for model in (BookingRequest, ContactMessage):
        count = model.objects.filter(TO_DO).count()
        rows.append((model._meta.verbose_name_plural.capitalize(), count, to_do_url(model)))
    return rows


def can_see_requests(user):
    return user.has_perm("booking.view_bookingrequest") or user.has_perm(
        "booking.change_bookingrequest"
    )


class ToDoPanel(Component):
    """The dashboard's count of requests nobody has dealt with yet."""

    name = "booking_to_do"
    order = 50
    template_name = "booking/admin/to_do_panel.html"

    def get_context_data(self, parent_context=None):
        return {"rows": to_do_counts()}


class ToDoMenuItem(MenuItem):
    """ "New requests (3)" in the sidebar: the new and needs-review rows of one kind, so the
    count is what the list it opens shows."""

    def __init__(self, label, model, **kwargs):
        self.model = model
        super().__init__(label, to_do_url(model), **kwargs)

    def is_shown(self, request):
        return can_see_requests(request.user)

    def render_component(self, request):
        count = self.model.objects.filter(TO_DO).count()
        component = super().render_component(request)
        if count:
            component.label = f"{self.label} ({count})"
        return component
