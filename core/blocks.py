"""
Blocks every page type may use, and the one shared ``BaseStreamBlock``.

App streams (technique, faq) extend ``BaseStreamBlock`` rather than redefining
its children, so editors see the same blocks, in the same groups, everywhere.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.faq_blocks import FAQBlock

# Body copy may link and list, but never embed media or raw HTML.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="A short section heading.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Sub-section (H3)")],
        default="h2",
        help_text="Use 'Section' for main topics and 'Sub-section' inside them.",
    )

    class Meta:
        icon = "title"
        group = "Text"
        description = "A heading that starts a new section of the page."
        template = "components/streamfield/blocks/heading.html"
        preview_value = {"text": "How SOT works", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        group = "Text"
        description = "Paragraphs with bold, italic, links and lists."
        template = "components/streamfield/blocks/rich_text.html"
        preview_value = "<p>Gentle, low-force care that works with your body.</p>"


class BenefitItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=100, help_text="Who or what benefits, in a few words.")
    description = blocks.TextBlock(max_length=400, help_text="One or two sentences of plain text.")

    class Meta:
        icon = "tick"
        label = "Benefit"


class BenefitListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="e.g. 'Who SOT suits'.")
    intro = blocks.TextBlock(
        required=False, max_length=400, help_text="Optional sentence shown above the list."
    )
    items = blocks.ListBlock(BenefitItemBlock(), min_num=1, label="Benefits")

    class Meta:
        icon = "list-ul"
        group = "Structured content"
        description = "A heading and a list of benefits, each with a title and description."
        template = "components/streamfield/blocks/benefit_list.html"
        preview_value = {
            "heading": "Who it suits",
            "intro": "",
            "items": [
                {"title": "Sensitive nervous systems", "description": "Low-force care."},
                {"title": "Acute pain", "description": "No twisting or thrusting."},
            ],
        }


class CallToActionValue(blocks.StructValue):
    """Answers what the template needs, so the template holds no logic."""

    @cached_property
    def is_call(self):
        return self.get("action") == CallToActionBlock.CALL

    @cached_property
    def is_booking(self):
        return self.get("action") == CallToActionBlock.BOOK

    @cached_property
    def url(self):
        if self.is_call or self.is_booking:
            return ""
        page = self.get("page")
        if page:
            return page.url
        return self.get("link_url") or ""

    @cached_property
    def is_external(self):
        return bool(self.url) and not self.get("page")


class CallToActionBlock(blocks.StructBlock):
    LINK = "link"
    CALL = "call"
    BOOK = "book"

    text = blocks.CharBlock(max_length=80, help_text="The button text, e.g. 'Book online'.")
    action = blocks.ChoiceBlock(
        choices=[
            (LINK, "Go to a page or web address"),
            (BOOK, "Book online"),
            (CALL, "Call the clinic"),
        ],
        default=LINK,
        help_text=(
            "'Book online' and 'Call the clinic' use the booking page and phone number "
            "from Settings > Clinic details, so they stay right when those change."
        ),
    )
    page = blocks.PageChooserBlock(
        required=False, help_text="A page on this site. Choose this or a web address, not both."
    )
    link_url = blocks.URLBlock(
        required=False,
        label="Web address",
        help_text="A full address such as https://example.org. Choose this or a page, not both.",
    )

    class Meta:
        icon = "pick"
        group = "Calls to action"
        label = "Call to action"
        description = "A prominent button that books, calls or links somewhere."
        template = "components/streamfield/blocks/call_to_action.html"
        value_class = CallToActionValue
        preview_value = {"text": "Call the clinic", "action": "call"}

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        has_page, has_url = bool(value.get("page")), bool(value.get("link_url"))
        if value.get("action") in (self.CALL, self.BOOK):
            if has_page or has_url:
                message = (
                    "This button uses the clinic's details from Settings; "
                    "remove the page and web address."
                )
                errors["action"] = ValidationError(message)
        elif has_page and has_url:
            message = "Choose a page or a web address, not both."
            errors["page"] = ValidationError(message)
            errors["link_url"] = ValidationError(message)
        elif not (has_page or has_url):
            errors["page"] = ValidationError("Choose a page or enter a web address.")
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=200,
        help_text="Describe the image for people who cannot see it. Required for accessibility.",
    )
    caption = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional caption shown below."
    )

    class Meta:
        icon = "image"
        group = "Media"
        description = "An image with a text alternative and an optional caption."
        template = "components/streamfield/blocks/image.html"

    def get_preview_value(self):
        # The picker preview shows the newest library image, if there is one.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        return self.to_python({"image": image.pk if image else None, "alt_text": "Example image"})


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600, help_text="The quote or the note to highlight.")
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text="Who said it. Leave blank for a callout."
    )
    style = blocks.ChoiceBlock(
        choices=[("quote", "Quote"), ("callout", "Highlighted note")],
        default="quote",
        help_text="A quote shows its source; a highlighted note stands out in a box.",
    )

    class Meta:
        icon = "openquote"
        group = "Text"
        label = "Quote or callout"
        description = "A quotation or a highlighted note."
        template = "components/streamfield/blocks/quote.html"
        preview_value = {
            "text": "The pelvis is the foundation the whole spine stands on.",
            "attribution": "",
            "style": "callout",
        }


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = RichTextBlock()
    benefits = BenefitListBlock()
    cta = CallToActionBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
