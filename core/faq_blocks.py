"""
The FAQ block: a heading and questions, each written inline or chosen from a ``FAQ`` snippet.

Rendering and JSON-LD both read ``FAQBlockValue.entries``, so an answer's rich text is
expanded and sanitised once per request (see ``core/faq_entries.py``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import slugify
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.faq_entries import entries_for_block, expand_answers

# What Google accepts inside an FAQ answer: paragraphs, lists, links, bold,
# italic and headings. Nothing that could embed media or scripts.
ANSWER_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class FAQItemValue(blocks.StructValue):
    @cached_property
    def anchor(self):
        return slugify(self.get("anchor") or self.get("question") or "")[:80]


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        min_length=5,
        max_length=300,
        help_text="The question as a patient would ask it, in plain words.",
    )
    answer = blocks.RichTextBlock(
        features=ANSWER_FEATURES,
        help_text="A short, direct answer. Lists, links, bold and italic are allowed.",
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=(
            "Optional link name, e.g. 'is-sot-safe' for #is-sot-safe. "
            "Leave blank to make one from the question."
        ),
    )

    class Meta:
        icon = "help"
        label = "Question"
        value_class = FAQItemValue
        template = "components/streamfield/blocks/faq_item.html"
        preview_value = {
            "question": "Is the treatment gentle?",
            "answer": "<p>Yes. It uses padded blocks and your own body weight.</p>",
        }


class FAQSnippetChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "A reusable question. Search engines see it only on its canonical page "
            "(shown in the FAQs list as 'Marked up on'); here it is shown without markup.",
        )
        # The project names the reusable-question model (REUSABLE_FAQ_MODEL); it provides
        # ``faq_entry(block)``, so core never reads its fields.
        super().__init__(settings.REUSABLE_FAQ_MODEL, **kwargs)

    class Meta:
        icon = "snippet"
        label = "Reusable question"


class FAQItemsBlock(blocks.StreamBlock):
    item = FAQItemBlock()
    snippet = FAQSnippetChooserBlock()

    class Meta:
        min_num = 1


class FAQBlockValue(blocks.StructValue):
    @cached_property
    def entries(self):
        """The block's entries on their own, for a render with no page (a block preview)."""
        return expand_answers(entries_for_block(self))


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Frequently asked questions",
        help_text="Shown above the questions.",
    )
    items = FAQItemsBlock(label="Questions")

    class Meta:
        icon = "help"
        label = "FAQ"
        group = "Structured content"
        description = (
            "Questions and answers shown as an accordion and marked up for search engines."
        )
        template = "components/streamfield/blocks/faq.html"
        value_class = FAQBlockValue
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                (
                    "item",
                    {
                        "question": "Is the treatment gentle?",
                        "answer": "<p>Yes. It uses padded blocks and your own body weight.</p>",
                    },
                )
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page_entries = (parent_context or {}).get("faq_entries")
        if page_entries is None:
            context["entries"] = value.entries
        else:
            context["entries"] = [entry for entry in page_entries if entry.block is value]
        return context

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for child in value["items"]:
            question = _question_of(child)
            if question and question.casefold() in seen:
                raise blocks.StructBlockValidationError(
                    block_errors={
                        "items": ValidationError(f"'{question}' is asked twice in this block.")
                    }
                )
            seen.add((question or "").casefold())
        return value


def _question_of(child):
    if child.block_type == "snippet":
        return child.value.question if child.value else ""
    return child.value.get("question", "")
