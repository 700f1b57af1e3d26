"""The FAQ part of the demo site: the FAQ page, the SOT questions as snippets, and their use."""

import uuid

from demo import content
from demo.site import ensure_child
from faq.models import FAQ, FAQIndexPage

SOT_CATEGORY = "Sacro Occipital Technique (SOT)"
# Stable link names for the SOT questions, in the order of demo_content.SOT_FAQS.
SOT_ANCHORS = ["what-is-sot", "is-sot-safe", "sot-conditions", "sot-vs-manual-adjustment"]
GENERAL_FAQS = [
    (
        "Do I need a referral to book?",
        "<p>No. You can book online or call us directly. If you have a referral from "
        "your doctor, bring it to your first visit.</p>",
    ),
]


def ensure_faq_page(home):
    page, created = ensure_child(
        home,
        FAQIndexPage,
        "faq",
        title="Frequently asked questions",
        intro="<p>Straight answers to what patients ask us most.</p>",
        search_description=(
            "Answers to common questions about chiropractic care and Sacro Occipital "
            "Technique (SOT) at Harbourview Chiropractic, from safety to booking."
        ),
        body=[("faq", _inline_faq_block())],
    )
    return page


def ensure_sot_faqs(sot):
    """The SOT questions as snippets, marked up on the SOT page, which shows them."""
    faqs = []
    for (question, answer), anchor in zip(content.SOT_FAQS, SOT_ANCHORS, strict=False):
        faq, _ = FAQ.objects.get_or_create(
            question=question,
            defaults={"answer": answer, "category": SOT_CATEGORY, "anchor": anchor, "live": True},
        )
        if faq.marked_up_on_id is None:
            faq.marked_up_on = sot
            faq.save()
        faqs.append(faq)
    _use_snippets_on(sot, faqs)
    return faqs


def _use_snippets_on(page, faqs):
    """Swap the page's inline SOT questions for the snippets, once."""
    raw = list(page.body.raw_data)
    changed = False
    for block in raw:
        if block["type"] != "faq":
            continue
        items = block["value"]["items"]
        if any(item["type"] == "snippet" for item in items):
            continue
        block["value"]["items"] = [
            {"type": "snippet", "value": faq.pk, "id": str(uuid.uuid4())} for faq in faqs
        ]
        changed = True
    if changed:
        page.body = raw
        page.save_revision().publish()


def _inline_faq_block():
    from core.faq_blocks import FAQBlock

    return FAQBlock().to_python(
        {
            "heading": "General questions",
            "items": [
                {"type": "item", "value": {"question": q, "answer": a, "anchor": ""}}
                for q, a in GENERAL_FAQS
            ],
        }
    )


def ensure_faq_demo(home, sot):
    page = ensure_faq_page(home)
    ensure_sot_faqs(sot)
    return page
