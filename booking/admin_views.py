"""The "Requests" admin section: one screen per request for the front desk, and its audit."""

import datetime
import re
import uuid

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from booking import appointments, audit
from booking.admin_panels import RequestDetailsPanel, RequestHistoryPanel, phone_display
from booking.models import BookingRequest, ContactMessage, Status

# Spreadsheet apps run cells starting with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A search made only of what people type in phone numbers: "555-0177", "+1 (954) 555 0177".
PHONE_QUERY = re.compile(r"^[\d\s().+-]{7,}$")
# A reference as the staff e-mail and the page title give it: "BR-SYXKS", any case.
REFERENCE_QUERY = re.compile(r"^\s*(BR|CM)[\s-]*([A-Z2-7]{5})\s*$", re.IGNORECASE)
# Hidden on a phone, where the name, status and when it came in are what the desk needs.
EXTRA = "request-list__extra"
B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


# The clinic-time date and time, not "10 minutes ago": the desk reads it to the patient.
RECEIVED_COLUMN = Column(
    "created_at",
    label="Received",
    accessor=lambda row: audit.clinic_time(row.created_at, "D j M, g:i A"),
    sort_key="created_at",
)

# Short, so the list fits a phone; the request's page and the export spell it out.
LANGUAGE_COLUMN = Column(
    "language",
    label="Language",
    accessor=lambda row: row.language.upper(),
    sort_key="language",
    classname=EXTRA,
)
STATUS_COLUMN = Column("status", label="Status", accessor="get_status_display", sort_key="status")


def reference_range(code):
    """The lowest and highest idempotency keys whose reference is ``code``.

    A reference is the key's first 25 bits in base32, so every key sharing them lies
    between these two, and the database finds them with an index range, not a scan.
    """
    bits = 0
    for char in code.upper():
        bits = bits * 32 + B32_ALPHABET.index(char)
    low = bits << 103
    return uuid.UUID(int=low), uuid.UUID(int=low | ((1 << 103) - 1))


class StaffOnlyPolicy(ModelPermissionPolicy):
    """Requests arrive only from the public forms: nobody adds them by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


def forbidden(request):
    # Wagtail turns PermissionDenied into a redirect to the dashboard; a plain 403 tells
    # the visitor (and the tests) that these records are not theirs to see.
    return permission_denied(request, PermissionDenied())


class ViewRequired:
    """Refuses anyone without view or change rights on requests with a 403.

    Everything staff see here is in the clinic's time zone, whatever their profile says.
    """

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, ["view", "change"]):
            return forbidden(request)
        with timezone.override(audit.clinic_zone()):
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            return response


class CreateView(generic.CreateView):
    def dispatch(self, request, *args, **kwargs):
        return forbidden(request)


class StatusFilterSet(WagtailFilterSet):
    # Several at once, so the dashboard can link to "new or needs review".
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, widget=django_filters.widgets.forms.CheckboxSelectMultiple
    )


class IndexView(ViewRequired, generic.IndexView):
    def search_queryset(self, queryset):
        digits = re.sub(r"\D", "", self.search_query or "")
        reference = REFERENCE_QUERY.match(self.search_query or "")
        if self.is_searching and reference:
            if reference[1].upper() != queryset.model.reference_prefix:
                return queryset.none()
            low, high = reference_range(reference[2])
            return queryset.filter(idempotency_key__gte=low, idempotency_key__lte=high)
        if self.is_searching and PHONE_QUERY.match(self.search_query.strip()):
            # Stored as E.164 (+19545550177): what was typed is its tail, however written.
            return queryset.filter(phone__endswith=digits)
        return super().search_queryset(queryset)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.record_many(queryset, audit.EXPORT, self.request.user)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in ("status", "patient_type", "review_reason", "language"):
            if field in row:
                row[field] = getattr(item, f"get_{field}_display")()
        if "phone" in row:
            row["phone"] = phone_display(item.phone, as_dialled=True)
        return row

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            # Clinic time, to the minute, in both formats: a spreadsheet has no time zones.
            value = timezone.localtime(value, audit.clinic_zone()).replace(
                tzinfo=None, second=0, microsecond=0
            )
            if export_format == self.FORMAT_CSV:
                return value.strftime("%Y-%m-%d %H:%M")
            return value
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are typed, and Wagtail keeps formulas as text; CSV needs the guard.
        # Phones are exported as the clinic dials them, "(541) 754-3010" or "011 44 …",
        # so the guard never touches a valid one.
        guarded = export_format == self.FORMAT_CSV
        if guarded and isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        return value


class InspectView(ViewRequired, generic.InspectView):
    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return audit.clinic_time(value)
        return "—" if value is None else value

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record(self.object, audit.VIEW, request.user)
        return response


class EditView(ViewRequired, generic.EditView):
    """The request view: everything on one screen, with status, notes and appointment."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record(self.object, audit.VIEW, request.user)
        return response

    def save_instance(self):
        before = type(self.object).objects.get(pk=self.object.pk)
        instance = self.form.save()
        user = self.request.user
        if before.status != instance.status:
            data = {"from": before.get_status_display(), "to": instance.get_status_display()}
            audit.record(instance, audit.STATUS_CHANGE, user, data)
        if before.staff_notes != instance.staff_notes:
            audit.record(instance, audit.NOTE, user)
        if getattr(before, "appointment_at", None) != getattr(instance, "appointment_at", None):
            appointments.confirm(instance, user)
        return instance


class HistoryView(ViewRequired, generic.HistoryView):
    pass


class DeleteView(ViewRequired, generic.DeleteView):
    """Wagtail logs the deletion, labelled with the reference (the model's ``str``)."""


class RequestViewSet(ModelViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    inspect_view_class = InspectView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    inspect_view_enabled = True
    add_to_admin_menu = False
    copy_view_enabled = False
    list_per_page = 50

    @property
    def permission_policy(self):
        return StaffOnlyPolicy(self.model)


def request_panels(*editable):
    return [
        RequestDetailsPanel(heading="From the patient"),
        MultiFieldPanel([FieldPanel(name) for name in editable], heading="Front desk"),
        RequestHistoryPanel(heading="History"),
    ]


class BookingRequestViewSet(RequestViewSet):
    model = BookingRequest
    name = "bookingrequest"
    icon = "date"
    menu_label = _("Booking requests")
    panels = request_panels("status", "appointment_at", "staff_notes")
    list_display = [
        "full_name",
        STATUS_COLUMN,
        RECEIVED_COLUMN,
        Column(
            "patient_type",
            label="Patient type",
            accessor="get_patient_type_display",
            sort_key="patient_type",
            classname=EXTRA,
        ),
        Column("preferred_days_display", label="Preferred days", classname=EXTRA),
        LANGUAGE_COLUMN,
    ]
    search_fields = ["first_name", "last_name", "email", "phone"]
    # Who the patient is and how to reach them (in which language): in the export and on
    # the request's page.
    patient_fields = ["first_name", "last_name", "email", "phone", "language", "patient_type"]
    list_export = [
        "reference",
        "created_at",
        "status",
        *patient_fields,
        "preferred_days_display",
        "preferred_times_display",
        "appointment_at",
        "review_reason",
    ]
    export_headings = {
        "reference": "Reference",
        "created_at": "Received",
        "email": "E-mail",
        "preferred_days_display": "Preferred days",
        "preferred_times_display": "Preferred times",
        "appointment_at": "Appointment",
        "review_reason": "Why it needs review",
    }
    export_filename = "booking-requests"
    inspect_view_fields = [
        "status",
        *patient_fields,
        "reason",
        "appointment_at",
        "staff_notes",
        "created_at",
    ]

    class Filters(StatusFilterSet):
        class Meta:
            model = BookingRequest
            fields = ["status", "patient_type", "language", "created_at"]

    filterset_class = Filters


# A question is answered, not booked.
CONTACT_STATUSES = [choice for choice in Status.choices if choice[0] != Status.SCHEDULED]


class ContactMessageForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = CONTACT_STATUSES


class ContactMessageViewSet(RequestViewSet):
    model = ContactMessage
    name = "contactmessage"
    icon = "mail"
    menu_label = _("Contact messages")
    edit_handler = ObjectList(
        request_panels("status", "staff_notes"), base_form_class=ContactMessageForm
    )
    list_display = [
        "full_name",
        STATUS_COLUMN,
        RECEIVED_COLUMN,
        Column("email", label="E-mail", classname=EXTRA),
        LANGUAGE_COLUMN,
    ]
    search_fields = ["name", "email", "phone"]
    patient_fields = ["name", "email", "phone", "language"]
    list_export = ["reference", "created_at", "status", *patient_fields, "review_reason"]
    export_headings = {
        "reference": "Reference",
        "created_at": "Received",
        "email": "E-mail",
        "review_reason": "Why it needs review",
    }
    export_filename = "contact-messages"
    inspect_view_fields = ["status", *patient_fields, "message", "staff_notes"]

    class Filters(StatusFilterSet):
        status = django_filters.MultipleChoiceFilter(
            choices=CONTACT_STATUSES, widget=forms.CheckboxSelectMultiple
        )

        class Meta:
            model = ContactMessage
            fields = ["status", "language", "created_at"]

    filterset_class = Filters


class RequestsViewSetGroup(ViewSetGroup):
    items = (BookingRequestViewSet, ContactMessageViewSet)
    menu_label = _("Requests")
    menu_icon = "date"
    menu_order = 250
