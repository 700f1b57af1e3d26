"""Every 429 says when to try again (RFC 6585, RFC 9110 section 10.2.3).

Two things answer 429: the booking forms' rate limits and django-axes' sign-in lockout.
Neither sets ``Retry-After``; this adds it to any 429 that lacks one, from the same
settings that decide when the limit lifts.
"""

from datetime import timedelta

from django.conf import settings

DEFAULT_SECONDS = 3600


def seconds_until_retry(request):
    if request.path.startswith(f"/{settings.WAGTAIL_ADMIN_PATH}"):
        return _axes_cool_off_seconds()
    windows = [window for _, window in getattr(settings, "BOOKING_RATE_LIMITS", {}).values()]
    return max(windows, default=DEFAULT_SECONDS)


def _axes_cool_off_seconds():
    cool_off = getattr(settings, "AXES_COOLOFF_TIME", None)
    if isinstance(cool_off, timedelta):
        return int(cool_off.total_seconds())
    if isinstance(cool_off, int | float):
        return int(cool_off * 3600)  # axes reads a number as hours
    return DEFAULT_SECONDS


class RetryAfterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 429 and not response.has_header("Retry-After"):
            response["Retry-After"] = str(seconds_until_retry(request))
        return response
