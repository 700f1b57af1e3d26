"""Shared helpers for the booking tests: the one reCAPTCHA seam and valid form posts."""

import time
import uuid
from contextlib import contextmanager
from unittest import mock

from django_recaptcha.client import RecaptchaResponse

from booking import spam

# The address a person on the demo site's hostname gets back from Google.
GOOD_HOSTNAME = "testserver"


def google_says(success=True, action="booking", hostname=GOOD_HOSTNAME, score=0.9):
    extra = {"hostname": hostname, "challenge_ts": "2026-01-01T00:00:00Z"}
    if score is not None:
        extra["score"] = score
    return RecaptchaResponse(is_valid=success, extra_data=extra, action=action)


@contextmanager
def patch_captcha(response=None, raises=None):
    """Replace Google at ``django_recaptcha.fields.client.submit``, the only seam we mock.

    Pass a ``RecaptchaResponse`` (see ``google_says``) or an exception to raise.
    """
    with mock.patch("django_recaptcha.fields.client.submit") as submit:
        if raises is not None:
            submit.side_effect = raises
        else:
            submit.return_value = response if response is not None else google_says()
        yield submit


def booking_post(**overrides):
    data = {
        "first_name": "Ana",
        "last_name": "Lima",
        "email": "ana@example.com",
        "phone": "(541) 754-3010",
        "patient_type": "new",
        "preferred_days": ["mon", "thu"],
        "preferred_times": ["morning"],
        "reason": "Stiff neck since a car accident",
        "consent": "on",
        "website": "",
        "rendered_at": spam.sign_render_time(time.time() - 30),
        "token": str(uuid.uuid4()),
        "captcha": "token-from-google",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def contact_post(**overrides):
    data = {
        "name": "Sam Ortiz",
        "email": "sam@example.com",
        "phone": "",
        "message": "Is there parking at the clinic? My knee hurts on long walks.",
        "website": "",
        "rendered_at": spam.sign_render_time(time.time() - 30),
        "token": str(uuid.uuid4()),
        "captcha": "token-from-google",
    }
    data.update(overrides)
    return data
