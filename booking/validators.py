"""Validators for what patients type. Each rejects input rather than silently rewriting it."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Apostrophes, hyphens, dots and spaces join the parts of real names: O'Brien, Jean-Luc, St. John.
NAME_JOINERS = set(" '’-.")
# Bidi overrides and isolates can make a stored value display differently from what it is.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def validate_person_name(value):
    """Any script's letters (with their combining marks), joined by name punctuation."""
    if not value or not unicodedata.category(value[0]).startswith("L"):
        raise ValidationError(_("Enter a name using letters."), code="invalid_name")
    for char in value:
        category = unicodedata.category(char)
        if not (category.startswith("L") or category.startswith("M") or char in NAME_JOINERS):
            raise ValidationError(
                _("Names may contain letters, spaces, apostrophes, hyphens and full stops."),
                code="invalid_name",
            )


def validate_free_text(value):
    """Multi-line text: line breaks and tabs are fine, other control characters are not."""
    for char in value:
        if char in "\n\r\t":
            continue
        if char in BIDI_CONTROLS or unicodedata.category(char) in {"Cc", "Cs"}:
            raise ValidationError(
                _("Remove the hidden control characters from this text."), code="control_characters"
            )
