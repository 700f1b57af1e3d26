"""reCAPTCHA checks that never turn a patient away because Google is unreachable.

django-recaptcha's field catches only ``HTTPError`` and logs raw error codes. This field
asks the same client (``django_recaptcha.fields.client.submit``), catches every failure,
checks ``success``, ``action``, ``hostname`` and the score, and returns a verdict the form
acts on instead of raising.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.http.request import validate_host
from django_recaptcha import fields as recaptcha_fields
from django_recaptcha.widgets import ReCaptchaV2Checkbox, ReCaptchaV3

logger = logging.getLogger("booking.spam")

ACCEPT = "accept"
REVIEW = "review"
REJECT = "reject"


@dataclass(frozen=True)
class Verdict:
    outcome: str
    reason: str = ""
    score: Decimal | None = None


class LazyReCaptchaV3(ReCaptchaV3):
    """A hidden input only: booking-form.js loads Google's script on first interaction."""

    template_name = "booking/widgets/recaptcha_v3.html"


class LazyReCaptchaV2Checkbox(ReCaptchaV2Checkbox):
    template_name = "booking/widgets/recaptcha_v2_checkbox.html"


class VerdictReCaptchaField(recaptcha_fields.ReCaptchaField):
    def __init__(self, action, **kwargs):
        if settings.RECAPTCHA_MODE == "v2_checkbox":
            widget = LazyReCaptchaV2Checkbox()
        else:
            widget = LazyReCaptchaV3(action=action)
        super().__init__(widget=widget, max_length=4000, **kwargs)
        # No token means no JavaScript; that is a review case, not a form error.
        self.required = False
        self.action = action
        self.remote_ip = ""

    def validate(self, value):
        """Only the length cap here; ``verify`` runs once the rest of the form is valid."""

    def verify(self, token):
        if not token:
            return Verdict(REVIEW, "no_token")
        try:
            result = recaptcha_fields.client.submit(
                recaptcha_response=token, private_key=self.private_key, remoteip=self.remote_ip
            )
        except Exception as error:  # noqa: BLE001 - any failure to verify means "a person checks"
            logger.warning("reCAPTCHA unavailable: %s", type(error).__name__)
            return Verdict(REVIEW, "captcha_unavailable")
        return judge(result, self.action, v3=isinstance(self.widget, ReCaptchaV3))


def judge(result, action, v3=True):
    data = result.extra_data or {}
    if not result.is_valid:
        return Verdict(REJECT, "captcha_failed")
    hostname = data.get("hostname", "")
    if not hostname or not validate_host(hostname, settings.ALLOWED_HOSTS):
        return Verdict(REJECT, "captcha_hostname")
    if not v3:
        return Verdict(ACCEPT)
    if result.action != action:
        return Verdict(REJECT, "captcha_action")
    score = _score(data.get("score"))
    if score is None or score < Decimal(str(settings.RECAPTCHA_REQUIRED_SCORE)):
        return Verdict(REJECT, "captcha_score", score)
    return Verdict(ACCEPT, "", score)


def _score(raw):
    try:
        return Decimal(str(raw)).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError, ValueError):
        return None
