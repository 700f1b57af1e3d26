"""
The second factors a staff user can hold, and what setting them up shows.

- an authenticator app (TOTP), enrolled from a QR code or its secret typed in;
- passkeys (django-otp-webauthn), see ``security.passkeys``;
- one-time recovery codes (django-otp's static tokens), shown once when issued.
"""

import base64
import io

import django_otp
import qrcode
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10


def pending_app_device(user):
    """The unconfirmed authenticator device, kept until confirmed so a reload shows the same
    QR code. The oldest wins, so two tabs opened at once agree on it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def qr_data_uri(text):
    """A PNG QR code as a data: URI, which the admin's img-src allows.

    An image, not inline SVG markup: the HTML parser builds no SVG box for namespaced
    ``svg:rect`` elements, so such a code renders blank.
    """
    out = io.BytesIO()
    qrcode.make(text, box_size=6, border=4).save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


def typed_secret(device):
    """The key as authenticator apps ask for it: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def normalise_code(value):
    return "".join(value.split()).replace("-", "").lower()


def issue_recovery_codes(user):
    """New one-time codes for ``user``, replacing any earlier ones. Returns them in clear
    text: the caller shows them once."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def has_recovery_codes(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify_code(user, value):
    """The confirmed app or recovery device that accepts ``value``, or None.

    A recovery code is deleted when it matches, so it works once.
    """
    code = normalise_code(value)
    # Locked for the check, so two requests racing with one code cannot both use it.
    with transaction.atomic():
        app = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True)
        recovery = StaticDevice.objects.select_for_update().filter(user=user, confirmed=True)
        candidates = [*app, *recovery] if code.isdigit() else [*recovery]
        return next((device for device in candidates if device.verify_token(code)), None)


def passkeys(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True)


def has_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def second_factors(user):
    """What a user holds, for the two-factor page: (kind, added, status)."""
    apps = TOTPDevice.objects.filter(user=user, confirmed=True)
    rows = [("Authenticator app", device.created_at, "In use") for device in apps]
    rows += [("Passkey", key.created_at, "In use") for key in passkeys(user)]
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        rows.append(("Recovery codes", device.created_at, f"{recovery_codes_left(user)} left"))
    return rows


def reset_second_factor(user):
    """Remove every device of ``user``; their next sign-in starts enrolment again.

    Sessions verified with a removed device stop counting as verified at once:
    django-otp's middleware looks the device up on every request.
    """
    devices = list(django_otp.devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)
