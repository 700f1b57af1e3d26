"""Spam layers that need no third party: honeypot, minimum fill time and rate limits.

Every rejection is logged with its reason only. Nothing a visitor typed reaches the log.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger("booking.spam")

TIMESTAMP_SALT = "booking.form-rendered-at"


class Rejected(Exception):  # noqa: N818 - reads as "raise Rejected(reason)"
    """A submission we will not store. ``reason`` is a short code safe to log."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class Honeypot(Rejected):
    """A bot filled the hidden field: it is shown the thank-you page, and nothing is stored."""


class RateLimited(Rejected):
    """Too many attempts: answered with 429 and the clinic's phone."""


def log_rejection(form_name, reason):
    logger.warning("Rejected %s submission: %s", form_name, reason)


def sign_render_time(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=TIMESTAMP_SALT)


def check_fill_time(signed_value):
    """A review reason for a post that came too fast, or without its timestamp; else "".

    Bots post within a second of loading the page, but so does a patient whose browser
    autofills the form: such a post is kept for a person to check, never refused.
    """
    try:
        rendered_at = signing.loads(signed_value or "", salt=TIMESTAMP_SALT)
    except signing.BadSignature:
        return "bad_timestamp"
    if not isinstance(rendered_at, int):
        return "bad_timestamp"
    if time.time() - rendered_at < settings.BOOKING_MIN_FILL_SECONDS:
        return "too_fast"
    return ""


def check_honeypot(value):
    if value:
        raise Honeypot("honeypot")


def client_ip(request):
    """The visitor's address. X-Forwarded-For counts only behind a proxy we trust."""
    if settings.BOOKING_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        # The proxy appends the address it saw; earlier entries are client-supplied.
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_key(kind, value):
    # Hashed so the cache never holds an address or e-mail in the clear.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"booking:rate:{kind}:{digest}"


def count_attempt(key, window):
    """One more attempt on ``key``; ``None`` when the cache cannot count.

    ``add`` starts the window only for the first attempt, so it does not slide. A cache
    that is down (an exception, or ``None`` from django-redis with IGNORE_EXCEPTIONS)
    fails open: a patient is never turned away because the counter is unavailable.
    """
    try:
        cache.add(key, 0, window)
        try:
            return cache.incr(key)
        except ValueError:
            # The key expired between add and incr: this attempt starts a new window.
            cache.add(key, 1, window)
            return 1
    except Exception as error:  # noqa: BLE001 - any cache failure means "do not limit"
        logger.warning("Rate limit not counted, cache unavailable: %s", type(error).__name__)
        return None


def hit_rate_limit(kind, value):
    """Count one attempt; raise once ``value`` has exceeded its limit in the window.

    The count lives in the shared cache, so it holds across worker processes.
    """
    limit, window = settings.BOOKING_RATE_LIMITS[kind]
    count = count_attempt(rate_limit_key(kind, value.strip().lower()), window)
    if count is not None and count > limit:
        raise RateLimited(f"rate_limit_{kind}")
