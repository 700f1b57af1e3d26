from django.db import models
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from core.pages import BasePage
from technique.blocks import TechniqueStreamBlock
from trust.review import MedicallyReviewed


class TechniqueIndexPage(BasePage):
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction shown above the list of techniques.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["technique.TechniquePage"]
    max_count = 1

    class Meta:
        verbose_name = "Technique index page"

    # The reviewer too: a technique page names them on every view.
    child_select_related = ["hero_image", "reviewed_by"]
    child_listing_name = "techniques"

    def child_listing(self):
        return super().child_listing().prefetch_related("hero_image__renditions")


class TechniquePage(MedicallyReviewed, BasePage):
    summary = models.TextField(
        max_length=300,
        help_text=(
            "Two or three sentences about the technique. Shown on the techniques list "
            "and in search results when no search description is set."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional wide image shown at the top of the page and on the techniques list.",
    )
    hero_image_alt = models.CharField(
        max_length=200,
        blank=True,
        help_text="Describe the image for people who cannot see it.",
    )
    body = StreamField(
        TechniqueStreamBlock(),
        help_text="The page content, built from blocks: text, benefit lists, FAQs and buttons.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("body"),
        *MedicallyReviewed.review_panels,
    ]
    parent_page_types = ["technique.TechniqueIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Technique page"

    def default_description(self):
        return gettext(
            "%(title)s at %(site)s: what it involves, who it suits, what a visit feels like "
            "and which of our chiropractors offer it."
        ) % {"title": self.title, "site": self.seo_sitename}

    @property
    def hero_alt(self):
        """The editor's alt text, else the image's own (Wagtail's default: description or title).

        A file-like title such as "IMG_2041" is what the editor's Checks panel flags.
        """
        if self.hero_image_alt or not self.hero_image:
            return self.hero_image_alt
        return self.hero_image.default_alt_text

    schema_webpage_type = "MedicalWebPage"
    seo_image_sources = ["og_image", "hero_image"]

    def therapy_id(self, graph):
        return graph.url_of(self) + "#therapy"

    def schema_about(self, graph):
        return {
            "@type": "MedicalTherapy",
            "@id": self.therapy_id(graph),
            "name": self.title,
            "description": self.summary,
            "medicineSystem": "https://schema.org/Chiropractic",
        }

    def schema_webpage_properties(self, graph):
        return self.schema_review_properties(graph)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conditions"] = self.conditions_addressed() if self.pk else []
        # Who offers this technique: the practitioner pages, in this page's language, that
        # chose it or its translation (a translated practitioner keeps its source's choices).
        # A page being previewed before its first save has nothing to look them up by.
        context["practitioners"] = self.practitioners_offering() if self.pk else []
        return context

    def practitioners_offering(self):
        # The practitioners app links its pages to techniques; this app never imports it.
        practitioner_page = self._meta.get_field("practitioners").related_model
        practitioners = practitioner_page.objects.filter(
            techniques__translation_key=self.translation_key, locale=self.locale_id
        )
        return practitioners.live().public().select_related("photo").order_by("path")

    def conditions_addressed(self):
        """The live condition pages, in this page's language, that name this technique among
        their possible treatments (a translated condition keeps its source's choices)."""
        # The conditions app links its pages to techniques; this app never imports it.
        condition_page = self._meta.get_field("conditions").related_model
        conditions = condition_page.objects.filter(
            treatments__translation_key=self.translation_key, locale=self.locale_id
        )
        return conditions.live().public().distinct().order_by("path")


TechniqueIndexPage.child_page_model = TechniquePage
