"""
The two-factor views: enrol, verify, see recovery codes once, manage one's own factors.

The rules for who must pass through them, and where they return to, are in
``security.twofactor``.
"""

import django_otp
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import include, path, reverse
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from security import devices
from security.passkeys import passkeys_possible
from security.twofactor import (
    MANAGE_URL_NAME,
    PASSKEY_NAMESPACE,
    RECOVERY_URL_NAME,
    SETUP_URL_NAME,
    VERIFY_URL_NAME,
    next_url,
    with_next,
)

# The codes just issued, kept in the session only until the page that shows them.
FRESH_CODES_KEY = "twofactor_fresh_recovery_codes"


class AppCodeForm(forms.Form):
    """The six-digit code that confirms a new authenticator app."""

    token = forms.CharField(
        label="Six-digit code",
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = devices.normalise_code(self.cleaned_data["token"])
        if not self.device.verify_token(token):
            raise forms.ValidationError("That code is not valid. Try the newest one.")
        return token


class SignInCodeForm(forms.Form):
    """A code from the authenticator app, or one of the recovery codes."""

    token = forms.CharField(
        label="Code from your app, or a recovery code",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_token(self):
        self.device = devices.verify_code(self.user, self.cleaned_data["token"])
        if self.device is None:
            raise forms.ValidationError("That code is not valid. Try the newest one.")
        return self.cleaned_data["token"]


def _issue_codes(request):
    request.session[FRESH_CODES_KEY] = devices.issue_recovery_codes(request.user)


def setup_view(request):
    target = next_url(request)
    if django_otp.user_has_device(request.user):
        return redirect(with_next(VERIFY_URL_NAME, target))
    device = devices.pending_app_device(request.user)
    form = AppCodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        _issue_codes(request)
        return redirect(with_next(RECOVERY_URL_NAME, target))
    context = {
        "form": form,
        "next": target,
        "qr_src": devices.qr_data_uri(device.config_url),
        "secret": devices.typed_secret(device),
        "passkeys_possible": passkeys_possible(),
        # A passkey enrolled here leads to the recovery codes too.
        "after_passkey_url": with_next(RECOVERY_URL_NAME, target),
    }
    return render(request, "twofactor/setup.html", context)


def verify_view(request):
    target = next_url(request)
    if not django_otp.user_has_device(request.user):
        return redirect(with_next(SETUP_URL_NAME, target))
    form = SignInCodeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        if isinstance(form.device, StaticDevice):
            left = devices.recovery_codes_left(request.user)
            messages.warning(request, f"Recovery code used. {left} left.")
        return redirect(target)
    context = {
        "form": form,
        "next": target,
        "has_app": devices.has_app(request.user),
        "has_passkey": devices.passkeys(request.user).exists(),
    }
    return render(request, "twofactor/verify.html", context)


def recovery_codes_view(request):
    """The codes just issued, once. A user who enrolled with a passkey gets theirs here."""
    codes = request.session.pop(FRESH_CODES_KEY, None)
    if codes is None and not devices.has_recovery_codes(request.user):
        codes = devices.issue_recovery_codes(request.user)
    context = {"codes": codes, "next": next_url(request)}
    return render(request, "twofactor/recovery_codes.html", context)


def manage_view(request):
    context = {
        "factors": devices.second_factors(request.user),
        "codes_left": devices.recovery_codes_left(request.user),
        "passkeys_possible": passkeys_possible(),
        "next": reverse(MANAGE_URL_NAME),
    }
    return render(request, "twofactor/manage.html", context)


@require_POST
def new_recovery_codes_view(request):
    _issue_codes(request)
    return redirect(with_next(RECOVERY_URL_NAME, reverse(MANAGE_URL_NAME)))


urlpatterns = [
    path("2fa/", manage_view, name=MANAGE_URL_NAME),
    path("2fa/setup/", setup_view, name=SETUP_URL_NAME),
    path("2fa/verify/", verify_view, name=VERIFY_URL_NAME),
    path("2fa/recovery-codes/", recovery_codes_view, name=RECOVERY_URL_NAME),
    path("2fa/recovery-codes/new/", new_recovery_codes_view, name="twofactor_new_recovery_codes"),
    path("2fa/passkey/", include("django_otp_webauthn.urls", namespace=PASSKEY_NAMESPACE)),
]
