"""Two more demo technique pages beside SOT. Finds before it creates, like demo.site."""

import json

from demo import images as demo_images
from demo.site import ensure_child, list_items
from technique.models import TechniquePage

TECHNIQUES = [
    {
        "slug": "activator-technique",
        "title": "Activator Method",
        "image": ("Soft blue hills at dawn", "activator.jpg", "waves", "sea"),
        "hero_image_alt": "",
        "summary": (
            "A hand-held instrument delivers a small, quick impulse to one precise point, "
            "so joints can be adjusted without twisting or manual force."
        ),
        "search_description": (
            "The Activator Method at Harbourview Chiropractic: precise, instrument-assisted "
            "adjustments without twisting. What to expect and who it suits."
        ),
        "sections": [
            (
                "How the instrument works",
                "<p>The Activator is a small spring-loaded tool. Your chiropractor places "
                "its rubber tip on the joint to be adjusted and releases a light, fast "
                "impulse. It is over before the surrounding muscles can tense, which is "
                "why the force needed is so small.</p>",
            ),
            (
                "What a visit looks like",
                "<p>You lie face down, fully clothed. We compare the length of your legs "
                "as we ask you to move your head or arms: a change hints at where the body "
                "is compensating. Each adjustment is a single click, and we re-check after "
                "each one.</p>",
            ),
        ],
        "benefits": [
            ("Older adults", "No twisting, which suits joints affected by age or osteoporosis."),
            ("Nervous first-timers", "There is no 'crack', only a light tap you can feel."),
            ("Small, precise problems", "A wrist, an ankle or a rib can be treated on its own."),
        ],
    },
    {
        "slug": "flexion-distraction",
        "title": "Flexion-Distraction",
        "image": ("Stacked stones in sage green", "flexion.jpg", "circles", "sage"),
        "hero_image_alt": "",
        "summary": (
            "A gentle, rhythmic stretch on a special table that opens the spaces between "
            "the vertebrae of the lower back, used often for disc-related pain."
        ),
        "search_description": (
            "Flexion-distraction at Harbourview Chiropractic: a gentle, rhythmic stretch "
            "for the lower back on a moving table. How it feels and who it helps."
        ),
        "sections": [
            (
                "A table that moves with you",
                "<p>You lie face down on a table whose lower half hinges downwards. While "
                "one hand steadies the vertebra being treated, your chiropractor lowers the "
                "table slowly in short, repeated cycles. The movement bends (flexes) and "
                "gently lengthens (distracts) the low back.</p>",
            ),
            (
                "Why the rhythm matters",
                "<p>The repeated, pain-free cycles let the joints and discs move through a "
                "range they have been guarding. Most people find it relaxing, and we "
                "stop whenever you ask.</p>",
            ),
        ],
        "benefits": [
            ("Low back and leg pain", "Often chosen when pain travels from the back to a leg."),
            ("People who dislike thrusts", "The motion is slow, steady and easy to stop."),
            ("Stiffness after sitting", "The stretch eases joints that have stayed still."),
        ],
    },
]


def ensure_more_techniques(index):
    pages = []
    for spec in TECHNIQUES:
        title, filename, drawing, palette = spec["image"]
        image = demo_images.ensure_image(
            title, filename, lambda d=drawing, p=palette: getattr(demo_images, d)(p)
        )
        page, _ = ensure_child(
            index,
            TechniquePage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            search_description=spec["search_description"],
            hero_image=image,
            hero_image_alt=spec["hero_image_alt"],
            body=json.dumps(_body(spec)),
        )
        pages.append(page)
    return pages


def _body(spec):
    blocks = []
    for heading, html in spec["sections"]:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.append({"type": "rich_text", "value": html})
    blocks.append(
        {
            "type": "benefits",
            "value": {
                "heading": f"Who {spec['title']} suits",
                "intro": "",
                "items": list_items(
                    {"title": title, "description": description}
                    for title, description in spec["benefits"]
                ),
            },
        }
    )
    blocks.append(
        {
            "type": "cta",
            "value": {"text": "Book online", "action": "book", "page": None, "link_url": ""},
        }
    )
    return blocks
