"""Demo booking, contact and privacy pages. Finds before it creates, like demo.site."""

import json

from booking.models import BookingPage, ContactPage, PrivacyPage
from demo.site import ensure_child

THANK_YOU = "<p>We reply within one working day, usually by phone, to agree a time with you.</p>"
CONTACT_THANK_YOU = (
    "<p>Thank you for your question. We reply within one working day, by e-mail or by phone "
    "if you gave us a number.</p>"
)
PRIVACY_BODY = [
    {
        "type": "rich_text",
        "value": "<p>We use what you send through our booking and contact forms only to "
        "reply to you and arrange your care. We keep requests for 180 days and then delete "
        "them. We never sell or share them. Ask the front desk to see or delete yours.</p>",
    }
]


def ensure_request_pages(home, clinic):
    privacy, _ = ensure_child(
        home,
        PrivacyPage,
        "privacy",
        title="Privacy notice",
        intro_plain="How we handle what you send us.",
        body=json.dumps(PRIVACY_BODY),
    )
    booking, _ = ensure_child(
        home,
        BookingPage,
        "book",
        title="Book an appointment",
        intro="<p>Tell us when suits you and we will call to confirm a time.</p>",
        thank_you=THANK_YOU,
    )
    contact, _ = ensure_child(
        home,
        ContactPage,
        "contact",
        title="Contact us",
        intro="<p>Questions about care, fees or parking? Send us a message.</p>",
        thank_you=CONTACT_THANK_YOU,
    )
    if clinic.booking_page_id != booking.id:
        clinic.booking_page = booking
        clinic.save(update_fields=["booking_page"])
    return booking, contact, privacy
