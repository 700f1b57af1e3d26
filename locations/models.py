"""Where patients come: each location's address, hours, holiday hours, parking and directions."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin

from core import phone
from core.models import OpeningHoursBlock, weekday_label
from core.pages import BasePage
from locations import schema

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LocationIndexPage(BasePage):
    intro = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="A sentence or two above the list."
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["locations.LocationPage"]
    max_count = 1

    class Meta:
        verbose_name = "Locations index page"

    child_listing_name = "locations"


class LocationPage(BasePage):
    street_address = models.CharField(max_length=200, help_text="e.g. 120 Harbour Road, Suite 4.")
    locality = models.CharField(max_length=100, help_text="Town or city.")
    region = models.CharField(max_length=100, blank=True, help_text="State or region.")
    postal_code = models.CharField(max_length=20, blank=True, help_text="ZIP or postal code.")
    country = models.CharField(max_length=2, default="US", help_text="Two-letter code, e.g. US.")
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, help_text="e.g. 44.6365."
    )
    longitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, help_text="e.g. -124.0535."
    )
    phone = models.CharField(
        max_length=32,
        blank=True,
        help_text="This location's number as shown. Leave blank to use the clinic's.",
    )
    summary = models.TextField(
        max_length=300, blank=True, help_text="A sentence about this location for the list."
    )
    picture = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The building, its entrance or a map: what a patient looks for on arrival.",
    )
    picture_alt = models.CharField(
        max_length=200, blank=True, help_text="Describe the picture for people who cannot see it."
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text="One entry per day this location is open. Leave a day out if it is closed.",
    )
    parking = models.TextField(blank=True, help_text="Where to park, and what it costs.")
    accessibility = models.TextField(
        blank=True, help_text="Step-free access, lifts, accessible toilets, hearing loops."
    )
    directions = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="How to find the door: buses, landmarks."
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("picture"), FieldPanel("picture_alt")], "Picture"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("phone"),
            ],
            "Address and phone",
        ),
        FieldPanel("opening_hours"),
        InlinePanel(
            "special_hours",
            label="Holiday or special hours",
            heading="Holiday and special hours",
            help_text="Closed days and changed times. Past dates stop showing by themselves.",
        ),
        MultiFieldPanel(
            [FieldPanel("parking"), FieldPanel("accessibility"), FieldPanel("directions")],
            "Getting here",
        ),
    ]
    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Location page"

    def clean(self):
        super().clean()
        if self.phone and not phone.is_plausible(self.phone):
            raise ValidationError({"phone": "Enter a phone number patients can dial."})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": "Enter both latitude and longitude, or neither."})

    def default_description(self):
        return gettext(
            "%(title)s, %(site)s: %(address)s. Opening hours, holiday closures, parking "
            "and directions."
        ) % {
            "title": self.title,
            "site": self.seo_sitename,
            "address": ", ".join(self.address_lines),
        }

    @property
    def address_lines(self):
        town = " ".join(p for p in [self.locality, self.region, self.postal_code] if p)
        return [line for line in [self.street_address, town] if line]

    @cached_property
    def phone_e164(self):
        return phone.to_e164(self.phone) if self.phone else ""

    @property
    def hours_display(self):
        return [
            (
                weekday_label(h["weekday"]),
                time_format(h["opens"], "g:i A"),
                time_format(h["closes"], "g:i A"),
            )
            for h in (block.value for block in self.opening_hours)
        ]

    def answer_summary(self):
        hours = "; ".join(f"{day} {opens}–{closes}" for day, opens, closes in self.hours_display)
        facts = [", ".join(self.address_lines), self.phone, hours]
        return ". ".join(fact for fact in facts if fact) or super().answer_summary()

    @cached_property
    def upcoming_special_hours(self):
        """Entries that have not yet ended, counted in the clinic's time zone."""
        today = timezone.localdate()
        entries = [entry for entry in self.special_hours.all() if entry.last_day >= today]
        return sorted(entries, key=lambda entry: entry.start_date)

    @property
    def has_geo(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def map_url(self):
        # A plain link: no map tiles or scripts load until the visitor follows it.
        if not self.has_geo:
            return "https://www.openstreetmap.org/search?" + urlencode(
                {"query": ", ".join(self.address_lines)}
            )
        lat, lon = self.latitude, self.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    @property
    def directions_url(self):
        destination = (
            f"{self.latitude},{self.longitude}" if self.has_geo else ", ".join(self.address_lines)
        )
        return "https://www.google.com/maps/dir/?" + urlencode(
            {"api": "1", "destination": destination}
        )

    def schema_graph_nodes(self, graph):
        return [schema.clinic_node(self, graph)]

    def schema_about(self, graph):
        return {"@id": schema.clinic_id(self, graph)}


class SpecialHours(TranslatableMixin, Orderable):
    """A dated exception to the weekly hours: a closure or changed times."""

    page = ParentalKey(LocationPage, related_name="special_hours", on_delete=models.CASCADE)
    label = models.CharField(
        max_length=80, help_text="What patients will see, e.g. 'Thanksgiving'."
    )
    start_date = models.DateField(help_text="The first day these hours apply.")
    end_date = models.DateField(
        null=True, blank=True, help_text="The last day, for a closure over several days."
    )
    closed = models.BooleanField(default=True, help_text="Closed all day.")
    opens = models.TimeField(null=True, blank=True, help_text="If open: the changed opening time.")
    closes = models.TimeField(null=True, blank=True, help_text="If open: the changed closing time.")

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("closed"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "holiday or special hours"
        verbose_name_plural = "holiday and special hours"

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The last day cannot be before the first."})
        if self.closed:
            if self.opens or self.closes:
                raise ValidationError({"closed": "Untick 'closed' to give changed times."})
        elif not (self.opens and self.closes):
            raise ValidationError({"opens": "Give opening and closing times, or tick 'closed'."})
        elif self.opens >= self.closes:
            raise ValidationError({"closes": "Closing time must be after opening time."})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def times_display(self):
        if self.closed:
            return gettext("Closed")
        return f"{time_format(self.opens, 'g:i A')} – {time_format(self.closes, 'g:i A')}"


LocationIndexPage.child_page_model = LocationPage
