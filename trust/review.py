"""Medical review: who among the clinic's practitioners last reviewed a health page, and when.

Health content earns trust by showing who checked it. A page type that carries clinical
claims mixes in ``MedicallyReviewed``; the page shows the line "Medically reviewed by ...",
its ``MedicalWebPage`` says ``reviewedBy`` and ``lastReviewed``, the editor is warned on save
when the review is missing or stale, and the "Due for review" report lists it.
"""

import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# A review older than this is stale: the editor is warned and the report lists the page.
REVIEW_INTERVAL = datetime.timedelta(days=365)
PRACTITIONER_PAGE = "practitioners.PractitionerPage"


class MedicallyReviewed(models.Model):
    """Abstract fields and behaviour for a page a practitioner reviews."""

    reviewed_by = models.ForeignKey(
        PRACTITIONER_PAGE,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Medically reviewed by",
        help_text="The chiropractor who checked this page is accurate and safe.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name="Last reviewed on",
        help_text="When they last reviewed it. Review health pages at least once a year.",
    )

    review_panels = [
        MultiFieldPanel([FieldPanel("reviewed_by"), FieldPanel("last_reviewed")], "Medical review")
    ]

    class Meta:
        abstract = True

    @cached_property
    def reviewer_here(self):
        """The reviewer's live page in this page's language (else theirs), or None. Once per
        page instance: the visible line and the JSON-LD both ask."""
        if self.reviewed_by_id is None:
            return None
        reviewer = self.reviewed_by
        if reviewer.locale_id != self.locale_id:
            translated = reviewer.get_translation_or_none(self.locale_id)
            reviewer = translated if translated is not None and translated.live else reviewer
        return reviewer if reviewer.live else None

    def review_problem(self, today=None):
        """Why the review needs attention ("missing" or "stale"), or None when it is current."""
        if self.reviewed_by_id is None or self.last_reviewed is None:
            return "missing"
        today = today or timezone.localdate()
        if self.last_reviewed < today - REVIEW_INTERVAL:
            return "stale"
        return None

    def schema_review_properties(self, graph):
        """``reviewedBy`` (the reviewer's Physician ``@id``) and ``lastReviewed``."""
        reviewer = self.reviewer_here
        if reviewer is None or self.last_reviewed is None:
            return {}
        # The practitioner page says which node it is about; this app never imports it.
        return {
            "reviewedBy": reviewer.schema_about(graph),
            "lastReviewed": self.last_reviewed.isoformat(),
        }


def reviewed_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, MedicallyReviewed) and not model._meta.abstract
    ]


def due_for_review(today=None):
    """Ids of the pages whose review is missing or older than ``REVIEW_INTERVAL``."""
    cutoff = (today or timezone.localdate()) - REVIEW_INTERVAL
    due = models.Q(reviewed_by__isnull=True) | models.Q(last_reviewed__isnull=True)
    due |= models.Q(last_reviewed__lt=cutoff)
    ids = []
    for model in reviewed_page_models():
        ids += model.objects.filter(due).values_list("pk", flat=True)
    return ids
