from django.db import models
from django.db.models import Exists, F, OuterRef, Subquery
from django.utils.translation import gettext, ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from core.blocks import BaseStreamBlock
from core.pages import BasePage
from practitioners.models import PractitionerPage

# How many technique cards the home page shows.
HOME_TECHNIQUES = 6


class HomePage(BasePage):
    hero_heading = models.CharField(
        max_length=120, help_text="The big headline at the top of the home page."
    )
    hero_text = models.TextField(
        max_length=300, blank=True, help_text="One or two sentences under the headline."
    )
    hero_cta_text = models.CharField(
        max_length=60,
        blank=True,
        verbose_name="Button text",
        help_text="e.g. 'Book an appointment'. Leave blank for no button.",
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Button links to",
        help_text="The page the hero button opens. Defaults to the booking page.",
    )
    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="A short welcome under the hero.",
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text="Optional extra sections below the featured techniques.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_cta_text"),
                FieldPanel("hero_cta_page"),
            ],
            "Hero",
        ),
        FieldPanel("introduction"),
        InlinePanel(
            "featured_techniques",
            label="Featured technique",
            heading="Featured techniques",
            help_text=(
                "The home page lists the newest technique pages by itself, newest first: a "
                f"new page appears there once published (up to {HOME_TECHNIQUES}). Pages "
                "added here are shown first, in this order, then the newest of the rest."
            ),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "technique.TechniqueIndexPage",
        "practitioners.PractitionerIndexPage",
        "locations.LocationIndexPage",
        "patients.NewPatientsPage",
        "faq.FAQIndexPage",
        "booking.BookingPage",
        "booking.ContactPage",
        "booking.PrivacyPage",
        "conditions.ConditionIndexPage",
        "trust.AccessibilityStatementPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "Home page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured_technique_pages()
        team = list(
            PractitionerPage.objects.descendant_of(self).live().public().select_related("photo")
        )
        context["practitioners"] = team
        context["trust"] = trust_facts(team)
        return context

    def schema_departments(self, graph):
        from locations.models import LocationPage
        from locations.schema import clinic_id

        branches = LocationPage.objects.descendant_of(self).live().public()
        return [{"@id": clinic_id(branch, graph)} for branch in branches.order_by("path")]

    def featured_technique_pages(self):
        """Hand-picked pages first, in their order, then the newest; one query."""
        from technique.models import TechniquePage

        # By translation key: a translated home page keeps its source's picks, which are the
        # English technique pages.
        pin = HomeFeaturedTechnique.objects.filter(
            page=self, technique__translation_key=OuterRef("translation_key")
        )
        here = TechniquePage.objects.live().filter(locale=self.locale_id)
        pages = here.public().annotate(
            pinned=Exists(pin), pin_order=Subquery(pin.values("sort_order")[:1])
        )
        ordered = pages.select_related("hero_image").order_by(
            F("pinned").desc(),
            F("pin_order").asc(nulls_last=True),
            F("first_published_at").desc(nulls_last=True),
        )
        return list(ordered[:HOME_TECHNIQUES])


def trust_facts(team):
    """What the trust strip says, worked out from the practitioners' own pages."""
    facts = []
    years = [person.practising_since for person in team if person.practising_since]
    if years:
        facts.append(
            (
                gettext("Since %(year)s") % {"year": min(years)},
                gettext("caring for patients in the community"),
            )
        )
    if team:
        count = ngettext(
            "%(count)s licensed practitioner", "%(count)s licensed practitioners", len(team)
        ) % {"count": len(team)}
        facts.append((gettext("Doctors of Chiropractic"), count))
    credentials = {part.strip(): None for person in team for part in person.credentials.split(",")}
    if credentials:
        facts.append((gettext("Credentials"), " · ".join(credentials)))
    languages = sorted({name for person in team for name in person.language_list})
    if len(languages) > 1:
        facts.append((gettext("Languages"), ", ".join(languages)))
    return facts


class HomeFeaturedTechnique(Orderable):
    page = ParentalKey(HomePage, related_name="featured_techniques", on_delete=models.CASCADE)
    technique = models.ForeignKey(
        "technique.TechniquePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A technique page to feature.",
    )

    panels = [FieldPanel("technique")]
