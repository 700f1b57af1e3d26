from wagtail import hooks
from wagtail.log_actions import LogFormatter

from booking.admin_views import RequestsViewSetGroup


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return RequestsViewSetGroup()


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    @actions.register_action("booking.status_change")
    class StatusChange(LogFormatter):
        label = "Change request status"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"Status changed from {data.get('from', '?')} to {data.get('to', '?')}"
