from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from sitecore.pages import BasePage, exclude_private
from technique.blocks import TechniqueStreamBlock


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

    def route(self, request, path_components):
        # Every child is a technique page: load it in full, with its hero image, in one
        # query rather than Wagtail's two (the base row, then the specific one).
        if path_components:
            children = TechniquePage.objects.child_of(self).select_related("hero_image")
            child = children.filter(slug=path_components[0]).first()
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["techniques"] = (
            exclude_private(TechniquePage.objects.child_of(self).live())
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )
        return context


class TechniquePage(BasePage):
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
    ]
    parent_page_types = ["technique.TechniqueIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Technique page"

    @property
    def hero_alt(self):
        """The editor's alt text, else the image's own (Wagtail's default: description or title).

        A file-like title such as "IMG_2041" is what the editor's Checks panel flags.
        """
        if self.hero_image_alt or not self.hero_image:
            return self.hero_image_alt
        return self.hero_image.default_alt_text
