from django.urls import reverse
from wagtail import hooks

from security import twofactor_views


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    # The page cache and the CSP middleware decide by what was served, not by URL.
    request.served_page = page


@hooks.register("register_admin_urls")
def twofactor_urls():
    return twofactor_views.urlpatterns


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": "Two-factor sign-in",
        "help_text": "Add a passkey, or make new recovery codes.",
    }
