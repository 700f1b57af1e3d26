"""
Passkeys as a second factor (django-otp-webauthn), bound to the admin's public address.

The relying party is the host of ``WAGTAILADMIN_BASE_URL`` (``SITE_URL`` unless the admin
has its own), read when a ceremony runs rather than when settings load, so the production
settings' own ``SITE_URL`` is the one that counts. A passkey works only on that host, and
browsers offer passkeys only over HTTPS or on ``localhost``: never on a bare IP address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django_otp_webauthn.helpers import WebAuthnHelper


def admin_origin():
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def relying_party_id(request=None):
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or ""


class PasskeyHelper(WebAuthnHelper):
    """django-otp-webauthn's documented extension point (``OTP_WEBAUTHN_HELPER_CLASS``)."""

    def get_relying_party_domain(self):
        return relying_party_id(self.request)

    def get_relying_party_name(self):
        return settings.WAGTAIL_SITE_NAME

    def get_allowed_origins(self):
        return [admin_origin()]


def passkeys_possible():
    """Browsers refuse passkeys on plain HTTP (but for localhost) and on IP addresses."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    host = parts.hostname or ""
    is_ip = host.replace(".", "").isdigit() or ":" in host
    return (parts.scheme == "https" or host == "localhost") and not is_ip


def check_passkey_origin(app_configs, **kwargs):
    if not settings.ADMIN_2FA_REQUIRED or passkeys_possible():
        return []
    return [
        checks.Warning(
            f"Passkeys cannot be used at {admin_origin()}.",
            hint="Serve the admin over HTTPS at a host name (or use http://localhost) "
            "in SITE_URL or WAGTAILADMIN_BASE_URL; authenticator apps work anywhere.",
            id="security.W001",
        )
    ]
