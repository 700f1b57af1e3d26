from django.core.exceptions import ValidationError
from django.db import models
from django.utils.dateformat import time_format
from django.utils.functional import cached_property
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from core import phone

WEEKDAYS = [
    ("Monday", pgettext_lazy("weekday", "Monday")),
    ("Tuesday", pgettext_lazy("weekday", "Tuesday")),
    ("Wednesday", pgettext_lazy("weekday", "Wednesday")),
    ("Thursday", pgettext_lazy("weekday", "Thursday")),
    ("Friday", pgettext_lazy("weekday", "Friday")),
    ("Saturday", pgettext_lazy("weekday", "Saturday")),
    ("Sunday", pgettext_lazy("weekday", "Sunday")),
]


def weekday_label(value):
    """The stored (English) weekday as patients read it, in the active language."""
    return dict(WEEKDAYS).get(value, value)


class OpeningHoursBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, help_text="The day these hours apply to.")
    opens = blocks.TimeBlock(help_text="When the front door opens, e.g. 08:30.")
    closes = blocks.TimeBlock(help_text="When the last patient leaves, e.g. 17:00.")

    class Meta:
        icon = "time"
        label = "Opening hours"
        form_classname = "opening-hours"

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] and value["closes"] and value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError("Closing time must be after opening time.")}
            )
        return value


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    """The clinic's contact details: the one source for header, footer and calls to action."""

    name = models.CharField(
        max_length=120,
        help_text="The clinic's name as patients know it. Shown in the header and footer.",
    )
    phone = models.CharField(
        max_length=32,
        help_text="The number patients call, written as you want it shown, e.g. (954) 555-0142.",
    )
    email = models.EmailField(
        blank=True, help_text="The front desk's address, shown in the footer."
    )
    street_address = models.CharField(
        max_length=200, blank=True, help_text="Street and number, e.g. 120 Harbour Road, Suite 4."
    )
    locality = models.CharField(max_length=100, blank=True, help_text="Town or city.")
    region = models.CharField(max_length=100, blank=True, help_text="State or region.")
    postal_code = models.CharField(max_length=20, blank=True, help_text="ZIP or postal code.")
    country = models.CharField(
        max_length=2, default="US", help_text="Two-letter country code, e.g. US."
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text="One entry per day the clinic is open. Leave a day out if it is closed.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinic's logo, for search engines (a square image of 112 px or more).",
    )
    booking_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where every 'Book online' button leads.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("phone"), FieldPanel("email")], "Contact"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("locality"),
                FieldPanel("region"),
                FieldPanel("postal_code"),
                FieldPanel("country"),
            ],
            "Address",
        ),
        FieldPanel("opening_hours"),
        FieldPanel("logo"),
        FieldPanel("booking_page"),
    ]

    # Every page's footer links to the booking page: join it rather than query again.
    select_related = ["booking_page"]

    class Meta:
        verbose_name = "Clinic details"

    def __str__(self):
        return self.name

    @cached_property
    def localized_booking_page(self):
        """The booking page in the language being served (settings are per request)."""
        return self.booking_page.localized if self.booking_page else None

    def clean(self):
        super().clean()
        if self.phone and not phone.is_plausible(self.phone):
            raise ValidationError({"phone": "Enter a phone number patients can dial."})

    # Worked out once per request: for_request keeps this row on the request.
    @cached_property
    def phone_e164(self):
        return phone.to_e164(self.phone)

    @cached_property
    def opening_hours_display(self):
        """``(weekday, "8:30 AM", "5:00 PM")`` for each entry, as the footer lists them."""
        return [
            (
                weekday_label(hours["weekday"]),
                time_format(hours["opens"], "g:i A"),
                time_format(hours["closes"], "g:i A"),
            )
            for hours in (block.value for block in self.opening_hours)
        ]

    @property
    def address_lines(self):
        town = " ".join(p for p in [self.locality, self.region, self.postal_code] if p)
        return [line for line in [self.street_address, town] if line]
