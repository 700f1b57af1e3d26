from itertools import groupby

from django.core.validators import MinLengthValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.faq_blocks import ANSWER_FEATURES
from core.faq_entries import FAQEntry
from core.pages import BasePage


class FAQ(TranslatableMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    """A reusable question: kept up to date in one place, shown wherever it is chosen."""

    question = models.CharField(
        max_length=300,
        validators=[MinLengthValidator(5)],
        help_text="The question as a patient would ask it, in plain words.",
    )
    answer = RichTextField(
        features=ANSWER_FEATURES,
        help_text="A short, direct answer. Lists, links, bold and italic are allowed.",
    )
    category = models.CharField(
        max_length=80,
        blank=True,
        help_text="Groups questions on the FAQ page, e.g. 'Your first visit'.",
    )
    anchor = models.SlugField(
        max_length=80,
        blank=True,
        help_text=(
            "The link name, e.g. 'is-sot-safe' for /faq/#is-sot-safe. Made from the "
            "question on first save and then kept, so links keep working."
        ),
    )
    marked_up_on = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Marked up on",
        help_text=(
            "The one page whose structured data carries this question. Leave blank for "
            "the FAQ page. Elsewhere the question is shown but not marked up, so search "
            "engines do not see duplicate FAQs."
        ),
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        MultiFieldPanel(
            [
                HelpPanel("Search engines read this question's structured data on one page only."),
                FieldPanel("marked_up_on"),
                FieldPanel("anchor"),
            ],
            "Search engines",
        ),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"
        ordering = ["category", "question"]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if not self.anchor:
            self.anchor = slugify(self.question)[:80]
        super().save(*args, **kwargs)

    @property
    def anchor_id(self):
        return self.anchor or slugify(self.question)[:80]

    def faq_entry(self, block=None):
        """This question as core's accordion and JSON-LD take it: the hook by which core
        shows a reusable question without knowing this model's fields."""
        return FAQEntry(
            self.question,
            self.answer,
            self.anchor_id,
            snippet=self,
            block=block,
            marked_up_on_id=self.marked_up_on_id,
        )

    @cached_property
    def markup_page(self):
        """The page that carries this question's markup: the one chosen, else the FAQ page."""
        if self.marked_up_on_id:
            return self.marked_up_on
        return FAQIndexPage.objects.live().filter(locale=self.locale_id).first()

    markup_page.short_description = "Marked up on"


class FAQGroup:
    def __init__(self, heading, entries):
        self.heading = heading
        self.entries = entries


class FAQIndexPage(BasePage):
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction shown above the questions.",
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text="Extra sections after the reusable questions, such as page-only FAQs.",
    )

    content_panels = BasePage.content_panels + [
        HelpPanel("Every published question under FAQs is listed here, grouped by category."),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    # Reusable questions with no "Marked up on" page are marked up here.
    lists_reusable_faqs = True

    class Meta:
        verbose_name = "FAQ page"

    @cached_property
    def faq_groups(self):
        faqs = FAQ.objects.filter(live=True, locale=self.locale_id).order_by("category", "question")
        return [
            FAQGroup(category or gettext("General questions"), [f.faq_entry() for f in items])
            for category, items in groupby(faqs, key=lambda faq: faq.category)
        ]
