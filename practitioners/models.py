"""The clinic's chiropractors: who they are, what they offer, where and when."""

from collections import namedtuple

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from core.pages import BasePage
from locations.models import LocationPage
from practitioners import schema
from technique.models import TechniquePage

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


# A location (a page) and the days a practitioner is there.
ClinicDays = namedtuple("ClinicDays", ["location", "days"])


class PractitionerIndexPage(BasePage):
    intro = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="A sentence or two above the team."
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practitioners.PractitionerPage"]
    max_count = 1

    child_select_related = ["photo"]

    class Meta:
        verbose_name = "Practitioners index page"

    child_listing_name = "practitioners"


class PractitionerPage(BasePage):
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A friendly head-and-shoulders photo.",
    )
    photo_alt = models.CharField(
        max_length=200, blank=True, help_text="Describe the photo for people who cannot see it."
    )
    credentials = models.CharField(
        max_length=120,
        help_text="Letters after the name, as patients see them, e.g. 'DC, SOT Certified'.",
    )
    role = models.CharField(
        max_length=120, blank=True, help_text="e.g. 'Clinic director' or 'Associate chiropractor'."
    )
    summary = models.TextField(
        max_length=300, help_text="Two sentences about them, shown on cards and in search results."
    )
    biography = RichTextField(features=TEXT_FEATURES, help_text="Their story, training and care.")
    qualifications = models.TextField(
        blank=True,
        help_text="One per line, e.g. 'Doctor of Chiropractic (DC), 2009' or 'SOT Certified'.",
    )
    memberships = models.TextField(
        blank=True,
        help_text="Professional bodies they belong to, one per line, e.g. "
        "'American Chiropractic Association'.",
    )
    practising_since = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year they started practising, e.g. 2009."
    )
    languages = models.CharField(
        max_length=200, default="English", help_text="Separated by commas, e.g. 'English, Spanish'."
    )
    accepting_new_patients = models.BooleanField(default=True)
    techniques = ParentalManyToManyField(
        "technique.TechniquePage",
        blank=True,
        related_name="practitioners",
        help_text="The techniques they offer. Each technique page lists them in return.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt")],
            "Photo",
        ),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("summary"),
        FieldPanel("biography"),
        MultiFieldPanel(
            [
                FieldPanel("qualifications"),
                FieldPanel("memberships"),
                FieldPanel("practising_since"),
                FieldPanel("languages"),
                FieldPanel("accepting_new_patients"),
            ],
            "Trust and availability",
        ),
        FieldPanel("techniques"),
        InlinePanel("clinic_days", label="Location and days", heading="Where and when"),
    ]
    parent_page_types = ["practitioners.PractitionerIndexPage"]
    subpage_types = []
    seo_image_sources = ["og_image", "photo"]
    schema_webpage_type = "ProfilePage"

    class Meta:
        verbose_name = "Practitioner page"

    def default_description(self):
        return gettext(
            "%(name)s, %(credentials)s, at %(site)s: training, techniques offered, languages "
            "spoken, clinic days and how to book."
        ) % {"name": self.title, "credentials": self.credentials, "site": self.seo_sitename}

    @property
    def language_list(self):
        return [name.strip() for name in self.languages.split(",") if name.strip()]

    @property
    def qualification_list(self):
        return [line.strip() for line in self.qualifications.splitlines() if line.strip()]

    @property
    def membership_list(self):
        return [line.strip() for line in self.memberships.splitlines() if line.strip()]

    @cached_property
    def live_techniques(self):
        # Through the ids, so an unsaved page in the admin's preview (whose choices are
        # held in memory, not yet in the database) is answered the same way.
        # By translation key, in this page's language: a translated practitioner page keeps
        # its source's choices, which are the English technique pages.
        chosen = self.techniques.values_list("translation_key", flat=True)
        techniques = TechniquePage.objects.filter(translation_key__in=chosen, locale=self.locale_id)
        return list(techniques.live().public().order_by("path"))

    @cached_property
    def live_clinic_days(self):
        """Where and when they practise, each location in this page's language. A translated
        practitioner page keeps its source's rows, which name the English location pages."""
        rows = list(self.clinic_days.select_related("location"))
        here = {}
        if any(row.location.locale_id != self.locale_id for row in rows):
            keys = [row.location.translation_key for row in rows]
            translated = LocationPage.objects.filter(
                translation_key__in=keys, locale=self.locale_id
            )
            here = {page.translation_key: page for page in translated}
        days = [
            ClinicDays(here.get(row.location.translation_key, row.location), row.days)
            for row in rows
        ]
        return [day for day in days if day.location.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["techniques"] = self.live_techniques
        context["clinic_days"] = self.live_clinic_days
        return context

    def schema_graph_nodes(self, graph):
        return [schema.physician_node(self, graph)]

    def schema_about(self, graph):
        return {"@id": schema.physician_id(self, graph)}


class PractitionerClinicDays(TranslatableMixin, Orderable):
    """Where a practitioner sees patients, and on which days."""

    page = ParentalKey(PractitionerPage, related_name="clinic_days", on_delete=models.CASCADE)
    location = models.ForeignKey(
        "locations.LocationPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="One of the clinic's locations.",
    )
    days = models.CharField(max_length=120, help_text="e.g. 'Monday, Wednesday and Friday'.")

    panels = [FieldPanel("location"), FieldPanel("days")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "location and days"
        verbose_name_plural = "locations and days"


PractitionerIndexPage.child_page_model = PractitionerPage
