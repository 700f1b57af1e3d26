from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from booking import audit
from booking.admin_panels import ToDoMenuItem, ToDoPanel, can_see_requests
from booking.admin_views import RequestsViewSetGroup
from booking.models import BookingRequest, ContactMessage


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return RequestsViewSetGroup()


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    audit.register(actions)


@hooks.register("construct_homepage_panels")
def add_to_do_panel(request, panels):
    if can_see_requests(request.user):
        panels.insert(0, ToDoPanel())


@hooks.register("register_admin_menu_item")
def register_to_do_menu_item():
    return ToDoMenuItem(
        "New requests", BookingRequest, name="booking-to-do", icon_name="warning", order=240
    )


@hooks.register("register_admin_menu_item")
def register_new_messages_menu_item():
    return ToDoMenuItem(
        "New messages", ContactMessage, name="contact-to-do", icon_name="mail", order=241
    )


@hooks.register("insert_global_admin_css")
def request_view_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-requests.css"))
