"""The "Requests" admin section: booking requests and contact messages for the front desk."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from booking.models import BookingRequest, ContactMessage

# Spreadsheet apps run cells starting with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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
    """Refuses anyone without view or change rights on requests with a 403."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, ["view", "change"]):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class CreateView(generic.CreateView):
    def dispatch(self, request, *args, **kwargs):
        return forbidden(request)


class IndexView(ViewRequired, generic.IndexView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        return value


class InspectView(ViewRequired, generic.InspectView):
    pass


class EditView(ViewRequired, generic.EditView):
    """Only the status is editable, and each change is its own audit-log entry."""

    def save_instance(self):
        previous = type(self.object).objects.get(pk=self.object.pk).get_status_display()
        instance = self.form.save()
        current = instance.get_status_display()
        if previous != current:
            log(
                instance=instance,
                action="booking.status_change",
                data={"from": previous, "to": current},
            )
        return instance


class HistoryView(ViewRequired, generic.HistoryView):
    pass


class RequestViewSet(ModelViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    inspect_view_class = InspectView
    edit_view_class = EditView
    history_view_class = HistoryView
    inspect_view_enabled = True
    add_to_admin_menu = False
    form_fields = ["status"]
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return StaffOnlyPolicy(self.model)


class BookingRequestViewSet(RequestViewSet):
    model = BookingRequest
    name = "bookingrequest"
    icon = "date"
    menu_label = _("Booking requests")
    list_display = [
        "full_name",
        "status",
        "patient_type",
        "preferred_days_display",
        "recaptcha_score",
        "created_at",
    ]
    list_filter = ["status", "patient_type", "created_at"]
    search_fields = ["first_name", "last_name", "email", "phone"]
    list_export = [
        "id",
        "created_at",
        "status",
        "first_name",
        "last_name",
        "email",
        "phone",
        "patient_type",
        "preferred_days_display",
        "preferred_times_display",
        "recaptcha_score",
    ]
    export_headings = {
        "preferred_days_display": "Preferred days",
        "preferred_times_display": "Preferred times",
    }
    export_filename = "booking-requests"
    inspect_view_fields = [
        "status",
        "review_reason",
        "first_name",
        "last_name",
        "email",
        "phone",
        "patient_type",
        "preferred_days_display",
        "preferred_times_display",
        "reason",
        "recaptcha_score",
        "consented_at",
        "created_at",
        "staff_notified_at",
        "patient_notified_at",
    ]


class ContactMessageViewSet(RequestViewSet):
    model = ContactMessage
    name = "contactmessage"
    icon = "mail"
    menu_label = _("Contact messages")
    list_display = ["name", "status", "email", "recaptcha_score", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["name", "email", "phone"]
    list_export = ["id", "created_at", "status", "name", "email", "phone", "recaptcha_score"]
    export_filename = "contact-messages"
    inspect_view_fields = [
        "status",
        "review_reason",
        "name",
        "email",
        "phone",
        "message",
        "recaptcha_score",
        "created_at",
        "staff_notified_at",
        "patient_notified_at",
    ]


class RequestsViewSetGroup(ViewSetGroup):
    items = (BookingRequestViewSet, ContactMessageViewSet)
    menu_label = _("Requests")
    menu_icon = "date"
    menu_order = 250
