"""The demo's page for new patients. Finds before it creates, like demo.site."""

from core.faq_blocks import FAQBlock
from demo.site import ensure_child
from patients.models import NewPatientsPage

FAQS = [
    (
        "How long is the first appointment?",
        "<p>Allow an hour. Later visits usually take 20 to 30 minutes.</p>",
    ),
    (
        "Can I bring someone with me?",
        "<p>Yes. A friend or family member is welcome in the room for any visit.</p>",
    ),
]


def ensure_new_patients_page(home):
    page, _ = ensure_child(
        home,
        NewPatientsPage,
        "new-patients",
        title="New patients",
        show_in_menus=True,
        intro="<p>Coming to see us for the first time? Here is what to expect.</p>",
        first_visit="<ol><li>We talk through your health history and what brings you in.</li>"
        "<li>We examine how you move, including a few simple posture and reflex checks.</li>"
        "<li>We explain what we found and whether we think chiropractic can help.</li>"
        "<li>If you agree, we begin gentle treatment the same day.</li></ol>",
        what_to_bring="<ul><li>A list of any medicines you take</li>"
        "<li>Recent X-rays or scan reports, if you have them</li>"
        "<li>Your referral letter, if your doctor gave you one</li>"
        "<li>Loose, comfortable clothes</li></ul>",
        insurance="<p>We bill most major health insurers directly; please bring your card. "
        "If you pay for yourself, a first visit costs $85 and follow-ups $55. We accept "
        "cards, cash and health savings account cards.</p>",
        cancellation="<p>Please give us 24 hours' notice if you cannot come, so someone "
        "else can have the time. We may charge $30 for a missed appointment without notice, "
        "but never the first time.</p>",
        search_description="Your first visit to Harbourview Chiropractic: what happens, what "
        "to bring, insurance and fees, and our cancellation policy.",
        body=[("faq", _faq_block())],
    )
    return page


def _faq_block():
    return FAQBlock().to_python(
        {
            "heading": "New patient questions",
            "items": [
                {"type": "item", "value": {"question": q, "answer": a, "anchor": ""}}
                for q, a in FAQS
            ],
        }
    )
