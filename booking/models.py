"""The booking app's models, as Django finds them: the requests and the pages that collect them.

The requests live in ``booking.records`` and the page types in ``booking.pages``; the
modules inside the app import one way only (``tests/test_layout.py``).
"""

from booking.pages import BookingPage, ContactPage, PrivacyPage
from booking.records import BookingRequest, ContactMessage, Status

__all__ = [
    "BookingPage",
    "BookingRequest",
    "ContactMessage",
    "ContactPage",
    "PrivacyPage",
    "Status",
]
