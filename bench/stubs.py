"""
Google's siteverify, answered locally for the benchmark (``BENCH_RECAPTCHA_STUB``).

Replaces ``django_recaptcha.client.submit``, the seam the tests mock too, so the booking
form still runs its whole verdict logic (action, hostname, score). A token passes only
when it reads ``bench-pass:<action>``; anything else fails as Google would fail it.
"""

from django.conf import settings
from django_recaptcha.client import RecaptchaResponse

ACCEPTED_PREFIX = "bench-pass:"


def submit(recaptcha_response, private_key, remoteip):
    if not getattr(settings, "BENCH_RECAPTCHA_STUB", False):
        raise RuntimeError("The reCAPTCHA stub answers only under bench.settings.")
    if not recaptcha_response.startswith(ACCEPTED_PREFIX):
        return RecaptchaResponse(is_valid=False, error_codes=["invalid-input-response"])
    return RecaptchaResponse(
        is_valid=True,
        extra_data={"hostname": "127.0.0.1", "score": 0.9},
        action=recaptcha_response.removeprefix(ACCEPTED_PREFIX),
    )
