"""The search-engine checks the admin runs when an editor saves a page."""

from django.utils.text import capfirst

from core.faq_entries import faq_block_values
from core.pages import DESCRIPTION_LENGTH

TITLE_MAX = 60
DESCRIPTION_RANGE = DESCRIPTION_LENGTH


def field_label(page, name):
    """The label the editor sees on the field, e.g. "Title tag"."""
    return capfirst(page._meta.get_field(name).verbose_name)


def seo_warnings(page):
    """What search results will make of this page's title and description, if it is poor."""
    warnings = []
    title_label = field_label(page, "seo_title")
    description_label = field_label(page, "search_description")
    title = getattr(page, "seo_title", "") or ""
    if len(title) > TITLE_MAX:
        warnings.append(
            f"{title_label} is {len(title)} characters; search results cut it off "
            f"after about {TITLE_MAX}."
        )
    description = page.search_description or ""
    low, high = DESCRIPTION_RANGE
    if description and not low <= len(description) <= high:
        warnings.append(
            f"{description_label} is {len(description)} characters; "
            f"{low} to {high} shows best in search results."
        )
    elif not description:
        # The whole fallback, as search results would show it: the editor judges it.
        fallback = page.seo_description
        fit = "" if low <= len(fallback) <= high else f" ({len(fallback)} characters)"
        warnings.append(
            f"{description_label} is empty, so search engines will show "
            f"'{fallback}'{fit} instead. {low} to {high} characters shows best."
        )
    return warnings


def faq_answer_warnings(page):
    """Inline FAQ answers that will lose content when sanitised for display and markup."""
    return [
        f"The answer to '{entry.question}' contains {', '.join(entry.dropped)}, which "
        "the page leaves out: FAQ answers keep only paragraphs, headings, lists, links, "
        "bold and italic."
        for entry in page.faq_entries()
        if entry.snippet is None and entry.dropped
    ]


def draft_faq_warnings(page):
    """Reusable questions chosen on ``page`` that it cannot show, because they are drafts."""
    return [
        f"The reusable FAQ '{child.value.question}' is a draft, so this page leaves it "
        "out. Publish it under FAQs to show it."
        for value in faq_block_values(page)
        for child in value.get("items") or []
        if child.block_type == "snippet" and child.value is not None and not child.value.live
    ]
