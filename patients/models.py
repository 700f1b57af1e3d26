"""The page a first-time patient reads before booking."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from core.blocks import BaseStreamBlock
from core.pages import BasePage

SECTION_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


def _section(help_text):
    return RichTextField(blank=True, features=SECTION_FEATURES, help_text=help_text)


class NewPatientsPage(BasePage):
    """Fixed sections, so every answer a new patient looks for has its place and its heading."""

    # Each section's heading, in the order the page shows them.
    SECTIONS = [
        ("first_visit", _("Your first visit")),
        ("what_to_bring", _("What to bring")),
        ("insurance", _("Insurance and payment")),
        ("cancellation", _("Cancellations and missed appointments")),
    ]

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text="A welcome above the sections."
    )
    first_visit = _section("What happens, step by step, and how long it takes.")
    what_to_bring = _section("Forms, referral letters, scans, comfortable clothes.")
    insurance = _section("Which insurers you bill, fees for those paying themselves, how to pay.")
    cancellation = _section("How much notice you need and what a late cancellation costs.")
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text="Anything else, such as a FAQ block of new-patient questions.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel(name) for name, _heading in SECTIONS],
            "Sections (an empty one is left out)",
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "New patients page"

    @property
    def sections(self):
        """``(anchor, heading, rich text)`` for each section that has content."""
        return [
            (name.replace("_", "-"), heading, getattr(self, name))
            for name, heading in self.SECTIONS
            # A section the editor emptied may still hold an empty paragraph.
            if strip_tags(getattr(self, name)).strip()
        ]
