"""
Two-factor sign-in (django-otp) for the Wagtail admin.

With ``ADMIN_2FA_REQUIRED`` on, a signed-in user reaches the admin only after proving a
second factor in this session: a code from an authenticator app, a passkey, or one of the
one-time recovery codes. A user with no confirmed device is sent to set one up first.
The views are in ``security.twofactor_views``; devices in ``security.devices``.
"""

import django_otp
from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from security.middleware import is_admin_path

SETUP_URL_NAME = "twofactor_setup"
VERIFY_URL_NAME = "twofactor_verify"
RECOVERY_URL_NAME = "twofactor_recovery_codes"
MANAGE_URL_NAME = "twofactor_manage"
# The passkey ceremony's endpoints (django-otp-webauthn's URL namespace).
PASSKEY_NAMESPACE = "otp_webauthn"
# Reachable before the second factor: signing in and out, the 2FA views themselves, and
# what those pages load from the admin (the icon sprite and the translation catalogue).
OPEN_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
        SETUP_URL_NAME,
        VERIFY_URL_NAME,
    }
)


def _resolved(path):
    try:
        return resolve(path)
    except Resolver404:
        return None


def is_open_path(path):
    """A path served before the second factor, never a page to come back to."""
    match = _resolved(path)
    if match is None:
        return False
    return match.url_name in OPEN_URL_NAMES or PASSKEY_NAMESPACE in match.namespaces


def is_page_request(request):
    """A person's own navigation, not a request a page made for itself.

    Browsers say so in ``Sec-Fetch-Dest``; an image, a script, a fetch() or a frame is
    never the page to return to after signing in.
    """
    if request.method != "GET":
        return False
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return False
    return request.headers.get("Sec-Fetch-Dest", "document") == "document"


def safe_next(request, target):
    """``target`` if it is an admin page on this site to return to, else the dashboard."""
    path = (target or "").split("?", 1)[0]
    if (
        target
        and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
        and is_admin_path(path)
        and not is_open_path(path)
    ):
        return target
    return reverse("wagtailadmin_home")


def next_url(request):
    return safe_next(request, request.POST.get("next") or request.GET.get("next", ""))


def with_next(url_name, next_target):
    return f"{reverse(url_name)}?{urlencode({'next': next_target})}"


class RequireTwoFactorMiddleware:
    """Must follow OTPMiddleware, which gives request.user its is_verified()."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.ADMIN_2FA_REQUIRED and self._needs_second_factor(request):
            if not is_page_request(request):
                # Sending a sub-request to the sign-in page would render that page again,
                # into an icon sprite or a script, and remember it as the page to return to.
                return HttpResponseForbidden("Two-factor sign-in is required.")
            target = VERIFY_URL_NAME if django_otp.user_has_device(request.user) else SETUP_URL_NAME
            return redirect(with_next(target, safe_next(request, request.get_full_path())))
        return self.get_response(request)

    @staticmethod
    def _needs_second_factor(request):
        if not is_admin_path(request.path) or not request.user.is_authenticated:
            return False
        return not request.user.is_verified() and not is_open_path(request.path_info)
