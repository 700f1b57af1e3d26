"""Phone numbers: one place that knows the clinic's country."""

import phonenumbers
from django.conf import settings


def parse(raw):
    """Parse ``raw`` for the clinic's region; ``None`` when it is not a number."""
    try:
        return phonenumbers.parse(raw or "", settings.CLINIC_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None


def is_plausible(raw):
    number = parse(raw)
    return number is not None and phonenumbers.is_possible_number(number)


def to_e164(raw):
    """The dialable form for ``tel:`` links, or an empty string."""
    number = parse(raw)
    if number is None:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
