"""The accessibility statement: the standard the site meets, its known limits and how to ask
for help. Medical review lives in ``trust.review``."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from core.blocks import BaseStreamBlock
from core.pages import BasePage


class AccessibilityStatementPage(BasePage):
    intro_plain = models.TextField(
        blank=True, max_length=300, help_text="One or two sentences summarising the statement."
    )
    body = StreamField(
        BaseStreamBlock(),
        help_text="The standard (WCAG 2.2 AA), known limits, how to ask for help or another "
        "format, and how soon the clinic answers.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro_plain"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Accessibility statement page"
