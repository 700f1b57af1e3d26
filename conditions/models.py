"""Conditions we treat: the complaint a patient searches for, and the techniques that may help."""

from django.db import models
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from core.blocks import BaseStreamBlock
from core.pages import BasePage
from technique.models import TechniquePage
from trust.review import MedicallyReviewed

# schema.org has no chiropractic specialty; its treatments say Chiropractic (medicineSystem).
SPECIALTY = "https://schema.org/Musculoskeletal"


class ConditionIndexPage(BasePage):
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction shown above the list of conditions.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.ConditionPage"]
    max_count = 1

    class Meta:
        verbose_name = "Conditions index page"

    child_listing_name = "conditions"
    # A condition page names its reviewer on every view.
    child_select_related = ["reviewed_by"]


class ConditionPage(MedicallyReviewed, BasePage):
    summary = models.TextField(
        max_length=300,
        help_text="Two or three sentences: what the condition is and how we can help. Shown "
        "on the conditions list and in search results when no search description is set.",
    )
    body = StreamField(
        BaseStreamBlock(),
        help_text="What it is, how we assess it, which techniques may help, the warning signs "
        "that need a doctor instead, and that results vary. No promises of a cure.",
    )
    treatments = ParentalManyToManyField(
        "technique.TechniquePage",
        blank=True,
        related_name="conditions",
        verbose_name="Techniques that may help",
        help_text="Each technique page lists this condition in return.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("treatments"),
        *MedicallyReviewed.review_panels,
    ]
    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []
    schema_webpage_type = "MedicalWebPage"

    class Meta:
        verbose_name = "Condition page"

    @cached_property
    def live_treatments(self):
        # By translation key, in this page's language: a translated condition keeps its
        # source's choices, which are the English technique pages. Through the ids, so an
        # unsaved page in the admin's preview is answered the same way.
        chosen = self.treatments.values_list("translation_key", flat=True)
        techniques = TechniquePage.objects.filter(translation_key__in=chosen, locale=self.locale_id)
        return list(techniques.live().public().select_related("hero_image").order_by("path"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatments"] = self.live_treatments
        return context

    def schema_about(self, graph):
        node = {
            "@type": "MedicalCondition",
            "@id": graph.url_of(self) + "#condition",
            "name": self.title,
            "description": self.summary,
            "relevantSpecialty": SPECIALTY,
        }
        treatments = [
            {
                "@type": "MedicalTherapy",
                "@id": technique.therapy_id(graph),
                "name": technique.title,
                "url": graph.url_of(technique),
            }
            for technique in self.live_treatments
        ]
        if treatments:
            node["possibleTreatment"] = treatments
        return node

    def schema_webpage_properties(self, graph):
        return self.schema_review_properties(graph)


ConditionIndexPage.child_page_model = ConditionPage
