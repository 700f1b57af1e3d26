"""reCAPTCHA checks that never turn a patient away because Google is unreachable.

django-recaptcha's field catches only ``HTTPError`` and logs raw error codes. This field
asks the same client (``django_recaptcha.fields.client.submit``), catches every failure,
checks ``success``, ``action``, ``hostname`` and the score, and returns a verdict the form
acts on instead of raising.
"""

import logging
import math
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as DeadlinePassed
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.http.request import validate_host
from django_recaptcha import fields as recaptcha_fields
from django_recaptcha.widgets import ReCaptchaV2Checkbox, ReCaptchaV3

logger = logging.getLogger("booking.spam")

# The client's own timeout is per socket read: a server trickling a byte at a time holds
# it for as long as it likes. The call runs here instead, and the form stops waiting at
# RECAPTCHA_VERIFY_DEADLINE whatever the socket does.
_verifier = ThreadPoolExecutor(max_workers=4, thread_name_prefix="recaptcha-verify")

ACCEPT = "accept"
REVIEW = "review"
REJECT = "reject"


@dataclass(frozen=True)
class Verdict:
    outcome: str
    reason: str = ""
    score: Decimal | None = None


class LazyReCaptchaV3(ReCaptchaV3):
    """A hidden input only: request-form.js (static/js) loads Google's script on first interaction."""

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
        self.client_state = ""

    def validate(self, value):
        """Only the length cap here; ``verify`` runs once the rest of the form is valid.

        django-recaptcha documents no way to check a token and get Google's answer back:
        its field's own ``validate`` asks Google, raises on a failure or a low score and
        returns nothing, and lets every error but ``HTTPError`` escape. ``Field.validate``
        is Django's documented override point, so the check moves to ``verify``, which asks
        the library's client through ``django_recaptcha.fields.client``: the name its
        README tells tests to mock, and the one seam ours mock.
        """

    def verify(self, token):
        if not token:
            # Our script ran but got no token: Google's script did not load.
            return Verdict(REVIEW, "captcha_script_failed" if self.client_state else "no_token")
        call = _verifier.submit(
            recaptcha_fields.client.submit,
            recaptcha_response=token,
            private_key=self.private_key,
            remoteip=self.remote_ip,
        )
        try:
            result = call.result(timeout=settings.RECAPTCHA_VERIFY_DEADLINE)
        except DeadlinePassed:
            call.cancel()
            logger.warning("reCAPTCHA did not answer within the deadline")
            return Verdict(REVIEW, "captcha_timeout")
        except Exception as error:  # noqa: BLE001 - any failure to verify means "a person checks"
            logger.warning("reCAPTCHA unavailable: %s", type(error).__name__)
            return Verdict(REVIEW, "captcha_unavailable")
        try:
            return judge(result, self.action, v3=isinstance(self.widget, ReCaptchaV3))
        except Exception as error:  # noqa: BLE001 - a reply we cannot read is not the patient's fault
            logger.warning("reCAPTCHA reply unreadable: %s", type(error).__name__)
            return Verdict(REVIEW, "captcha_malformed")


def judge(result, action, v3=True):
    data = result.extra_data or {}
    if not isinstance(data, dict):
        return Verdict(REVIEW, "captcha_malformed")
    if not result.is_valid:
        return Verdict(REJECT, "captcha_failed")
    hostname = data.get("hostname", "")
    if not isinstance(hostname, str):
        return Verdict(REVIEW, "captcha_malformed")
    if not hostname or not validate_host(hostname, settings.ALLOWED_HOSTS):
        return Verdict(REJECT, "captcha_hostname")
    if not v3:
        return Verdict(ACCEPT)
    if result.action != action:
        return Verdict(REJECT, "captcha_action")
    score = _score(data.get("score"))
    if score is None:
        # Missing, NaN, infinite or outside 0..1: Google's answer, not a verdict on the patient.
        return Verdict(REVIEW, "captcha_malformed")
    if score < Decimal(str(settings.RECAPTCHA_REQUIRED_SCORE)):
        return Verdict(REJECT, "captcha_score", score)
    return Verdict(ACCEPT, "", score)


def _score(raw):
    """A score as stored (two places, 0.00 to 1.00), or ``None`` if it is not one."""
    if isinstance(raw, bool):
        return None
    try:
        value = float(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(value) or not 0 <= value <= 1:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
