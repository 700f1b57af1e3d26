"""
Words and structure for the demo site: a fictional clinic, a 555-01xx number.

The technique copy describes what Sacro Occipital Technique is and how it is
practised. It deliberately promises no cure.
"""

CLINIC = {
    "name": "Harbourview Chiropractic",
    "phone": "(954) 555-0142",
    "email": "frontdesk@harbourview-chiro.example",
    "street_address": "120 Harbour Road, Suite 4",
    "locality": "Fort Lauderdale",
    "region": "FL",
    "postal_code": "33301",
    "country": "US",
}

OPENING_HOURS = [
    ("Monday", "08:30", "18:00"),
    ("Tuesday", "08:30", "18:00"),
    ("Wednesday", "10:00", "19:00"),
    ("Thursday", "08:30", "18:00"),
    ("Friday", "08:30", "15:00"),
    ("Saturday", "09:00", "12:30"),
]

HOME = {
    "title": "Home",
    "hero_heading": "Gentle chiropractic care in Fort Lauderdale",
    "hero_text": (
        "Low-force techniques for people who want careful, unhurried care, "
        "including those who are sensitive, sore or new to chiropractic."
    ),
    "hero_cta_text": "Book an appointment",
    "introduction": (
        "<p>At Harbourview we take time to understand how your whole body is "
        "moving before we treat. Many of our patients come to us because they "
        "prefer a gentle approach without twisting or cracking.</p>"
    ),
    "search_description": (
        "Harbourview Chiropractic in Fort Lauderdale offers gentle, low-force care, "
        "including Sacro Occipital Technique (SOT). Book online or call us."
    ),
}

INDEX = {
    "title": "Techniques",
    "slug": "techniques",
    "intro": "<p>The approaches we use, what they involve and who they tend to suit.</p>",
    "search_description": (
        "The chiropractic techniques used at Harbourview Chiropractic, "
        "explained in plain language: what they involve and who they suit."
    ),
}

SOT_SUMMARY = (
    "Sacro Occipital Technique (SOT) is a gentle chiropractic method that looks at "
    "the pelvis as the body's foundation and uses padded wedge-shaped blocks, "
    "rather than a thrust, to help it settle into better balance."
)

SOT_BENEFITS = [
    (
        "Have a sensitive nervous system",
        "The low-force approach avoids the quick thrust some people find overwhelming.",
    ),
    ("Are in acute pain", "Blocks let the body shift without twisting a sore back."),
    (
        "Want a holistic approach",
        "Care can include gentle cranial work alongside the pelvis and spine.",
    ),
    (
        "Want lasting change",
        "Repeated, gentle corrections help the body re-pattern over time.",
    ),
]

SOT_FAQS = [
    (
        "What is SOT care?",
        "<p>Sacro Occipital Technique is a system of chiropractic analysis and "
        "treatment. It looks at how the pelvis (the sacrum) and the base of the "
        "skull (the occiput) work together, and uses gentle methods such as "
        "padded blocks and light hand contacts to help the body rebalance.</p>",
    ),
    (
        "Is SOT safe for sensitive patients?",
        "<p>SOT is one of the gentlest approaches in chiropractic. There is no "
        "twisting or sudden thrust: your own body weight and gravity do most of "
        "the work. We check your health history first and adapt the pressure to "
        "you, so it is often chosen by people who find other adjustments "
        "uncomfortable.</p>",
    ),
    (
        "Which conditions is SOT used for?",
        "<p>Chiropractors commonly use SOT when caring for:</p>"
        "<ul><li>low back pain</li><li>pelvic imbalance</li>"
        "<li>whole-body alignment and posture concerns</li></ul>"
        "<p>Everyone responds differently, and we will tell you honestly whether "
        "we think it suits you.</p>",
    ),
    (
        "How is SOT different from a traditional manual adjustment?",
        "<p>A traditional manual adjustment uses a quick, controlled thrust, "
        "often with an audible release. SOT instead places wedge-shaped blocks "
        "under the pelvis while you lie still, and lets gravity and your own "
        "weight make a slow correction. Many patients describe it as "
        "<strong>relaxing</strong> rather than abrupt.</p>",
    ),
]
