"""
FAQ entries: one question and its answer, ready for the accordion and for JSON-LD.

A page gathers every entry it shows (``page_faq_entries``), expands all their rich text in
one pass, and hands the same objects to the templates and to the structured data through
the template context. That keeps the visible text equal to the markup.
"""

import secrets
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from core.sanitise import sanitise_answer


@dataclass(eq=False)
class FAQEntry:
    question: str
    source: str
    anchor: str
    # Set for a reusable question: the snippet, and the page that carries its markup.
    snippet: object = None
    marked_up_on_id: int | None = None
    # The FAQ block value the entry was written or chosen in; None for the FAQ page's list.
    block: object = None
    answer_html: str | None = None
    dropped: tuple = ()
    marked_up: bool = False

    @property
    def has_content(self):
        return bool(self.question.strip() and strip_tags(self.answer_html or "").strip())


def entries_for_block(value):
    entries = []
    for child in value.get("items") or []:
        if child.block_type == "snippet":
            # A deleted or unpublished snippet shows nothing, anywhere.
            if child.value is not None and getattr(child.value, "live", True):
                entries.append(child.value.faq_entry(block=value))
        elif child.value.get("question"):
            answer = child.value.get("answer")
            source = answer.source if answer is not None else ""
            entries.append(
                FAQEntry(child.value["question"], source, child.value.anchor, block=value)
            )
    return entries


def expand_answers(entries, base_url=""):
    """Expand and sanitise every unexpanded answer in a single rich-text pass."""
    pending = [entry for entry in entries if entry.answer_html is None]
    if not pending:
        return entries
    # A random comment cannot collide with editor content, and the link rewriter skips it.
    token = f"<!--faq-{secrets.token_hex(8)}-->"
    parts = expand_db_html(token.join(entry.source or "" for entry in pending)).split(token)
    if len(parts) != len(pending):
        parts = [expand_db_html(entry.source or "") for entry in pending]
    for entry, html in zip(pending, parts, strict=True):
        cleaned = sanitise_answer(html, base_url)
        entry.answer_html = mark_safe(cleaned.html)  # noqa: S308 - nh3 output, allowed tags only
        entry.dropped = cleaned.dropped
    return entries


def faq_block_values(page):
    """Every FAQ block value on ``page``, top-level stream blocks in field order."""
    for model_field in page._meta.concrete_fields:
        if isinstance(model_field, StreamField):
            stream = getattr(page, model_field.name) or []
            # By index, so only FAQ blocks are turned into values here.
            for index, raw in enumerate(stream.raw_data if stream else ()):
                if raw.get("type") == "faq":
                    yield stream[index].value


def page_faq_entries(page, request=None):
    """Every entry ``page`` shows, in visible order: expanded, anchored, and marked up or not.

    A page computes this once per render (``BasePage.get_context``) and hands the same list
    to the accordion and to the JSON-LD, which is what keeps the two equal.
    """
    entries = [entry for group in getattr(page, "faq_groups", ()) for entry in group.entries]
    for value in faq_block_values(page):
        entries.extend(entries_for_block(value))
    expand_answers(entries, base_url=_root_url(page, request))
    _assign_anchors(entries)
    _mark_up(entries, page)
    return entries


def _root_url(page, request):
    parts = page.get_url_parts(request)
    return (parts[1] + "/") if parts else ""


def _assign_anchors(entries):
    seen = set()
    for entry in entries:
        base = slugify(entry.anchor or entry.question)[:80] or "question"
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        entry.anchor = anchor
        seen.add(anchor)


def _mark_up(entries, page):
    """A question is marked up once per page, and a reusable one only on its canonical page:
    the one an editor chose (in whichever language: a translated page stands for its
    source), else the page that lists every reusable question."""
    default_canonical = page.pk if getattr(page, "lists_reusable_faqs", False) else None
    this_page = {page.pk} | _translations_among(entries, page)
    seen = set()
    for entry in entries:
        canonical = page.pk
        if entry.snippet is not None:
            canonical = entry.marked_up_on_id or default_canonical
        key = entry.question.strip().casefold()
        entry.marked_up = canonical in this_page and entry.has_content and key not in seen
        if entry.marked_up:
            seen.add(key)


def _translations_among(entries, page):
    """Which of the pages the reusable questions are marked up on are ``page`` in another
    language. wagtail-localize keeps a translated FAQ's page link pointing at the source
    page; one query, and only when a question is marked up somewhere else."""
    elsewhere = {e.marked_up_on_id for e in entries if e.snippet is not None}
    elsewhere -= {None, page.pk}
    if not elsewhere:
        return set()
    same_page = Page.objects.filter(pk__in=elsewhere, translation_key=page.translation_key)
    return set(same_page.values_list("pk", flat=True))
