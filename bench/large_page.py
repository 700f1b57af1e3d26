"""
A synthetic, deliberately heavy technique page for the query budget and the benchmark.

A page with 30 blocks, 40 FAQ items and 20 internal links may cost at most twice the
queries of the SOT page (tests/demo/test_cache_queries.py). Every cost that could grow with content is here: rich-text links
to every page type, page-chooser CTAs, several images, and FAQ blocks mixing inline
questions with reusable ones marked up here, on the FAQ page and on SOT.

    from bench.large_page import build_large_technique_page
    page = build_large_technique_page(TechniqueIndexPage.objects.get())

Needs the demo site (``manage.py seed_demo``); safe to call again.
"""

import json
import uuid
from itertools import cycle

from wagtail.models import Page

from demo.site import ensure_child, ensure_demo_image
from faq.models import FAQ
from technique.models import TechniquePage

SLUG = "large-benchmark-page"
RICH_TEXT_BLOCKS = 7  # two links each: 14 of the 20 rich-text links
LINKED_ANSWERS = 2  # in each inline-only FAQ block (three of them): the other 6
FAQ_BLOCKS = 5
ITEMS_PER_FAQ_BLOCK = 8  # 40 questions in all
NEW_SNIPPETS = 12


def build_large_technique_page(index_page):
    """Build and publish the large page under ``index_page`` (once) and return it."""
    existing = TechniquePage.objects.child_of(index_page).filter(slug=SLUG).first()
    if existing:
        return existing
    targets = cycle(_link_targets(index_page))
    images = [ensure_demo_image(), ensure_demo_image("Benchmark figure: treatment room")]
    snippets = _snippets()
    body = _body(targets, images, snippets)
    page, _ = ensure_child(
        index_page,
        TechniquePage,
        SLUG,
        title="Large benchmark page",
        summary="A synthetic technique page with many blocks, questions and links.",
        hero_image=images[0],
        hero_image_alt="Padded blocks on a treatment table.",
        body=json.dumps(body),
        search_description="A synthetic page that measures what a long technique page costs.",
    )
    # Some reusable questions are marked up here rather than on the FAQ page.
    FAQ.objects.filter(pk__in=[faq.pk for faq in snippets[:4]]).update(marked_up_on=page)
    return page


def _link_targets(index_page):
    """Every live page on the site, so no page type is loaded for free."""
    home = index_page.get_parent()
    pages = Page.objects.live().filter(path__startswith=home.path).order_by("path")
    return list(pages.values_list("id", flat=True))


def _snippets():
    """The SOT snippets (marked up on SOT) and new ones (marked up on the FAQ page or here)."""
    sot = list(FAQ.objects.filter(marked_up_on__slug="sacro-occipital-technique"))
    new = []
    for n in range(1, NEW_SNIPPETS + 1):
        faq, _ = FAQ.objects.get_or_create(
            question=f"Benchmark reusable question {n}?",
            defaults={
                "answer": f"<p>Reusable answer {n}, with <b>bold</b> text.</p>",
                "category": "Benchmark",
                "live": True,
            },
        )
        new.append(faq)
    return new + sot


def _body(targets, images, snippets):
    faq_blocks = [_faq_block(n, targets, snippets) for n in range(FAQ_BLOCKS)]
    rich = [_rich_text(n, targets) for n in range(RICH_TEXT_BLOCKS)]
    body = []
    for n in range(FAQ_BLOCKS):
        body += [_heading(n), rich[n], faq_blocks[n]]
    body += rich[FAQ_BLOCKS:]
    body += [_benefits(n) for n in range(3)]
    body += [_image(image, n) for n, image in enumerate(images)]
    body += [_quote(n) for n in range(3)]
    body += [
        _block("cta", {"text": "Read the FAQ", "action": "link", "page": next(targets)}),
        _block("cta", {"text": "See all techniques", "action": "link", "page": next(targets)}),
        _block("cta", {"text": "Book online", "action": "book", "page": None}),
        _block("cta", {"text": "Call the clinic", "action": "call", "page": None}),
        _block("cta", {"text": "External", "action": "link", "link_url": "https://example.org"}),
    ]
    assert len(body) == 30, len(body)
    return body


def _faq_block(n, targets, snippets):
    """Blocks 1 and 3 mix reusable and inline questions; the rest are inline only."""
    items = []
    reusable = snippets[(n // 2) * 8 : (n // 2) * 8 + 8][:5] if n in (1, 3) else []
    for faq in reusable:
        items.append({"type": "snippet", "value": faq.pk, "id": str(uuid.uuid4())})
    for m in range(ITEMS_PER_FAQ_BLOCK - len(reusable)):
        number = n * ITEMS_PER_FAQ_BLOCK + m
        answer = f"<p>Inline answer {number}: <i>gentle</i> and <b>low-force</b>.</p>"
        if not reusable and m < LINKED_ANSWERS:
            link = f'<a linktype="page" id="{next(targets)}">this page</a>'
            answer = f"<p>Inline answer {number}, see {link}.</p>"
        value = {"question": f"Benchmark inline question {number}?", "answer": answer, "anchor": ""}
        items.append({"type": "item", "value": value, "id": str(uuid.uuid4())})
    return _block("faq", {"heading": f"Questions, part {n + 1}", "items": items})


def _rich_text(n, targets):
    first, second = next(targets), next(targets)
    return _block(
        "rich_text",
        f'<p>Section {n} text. Read <a linktype="page" id="{first}">one page</a> '
        f'and <a linktype="page" id="{second}">another</a>.</p><ul><li>A point</li></ul>',
    )


def _heading(n):
    return _block("heading", {"text": f"Section {n + 1}", "level": "h2"})


def _quote(n):
    return _block("quote", {"text": f"A highlighted note, number {n}.", "style": "callout"})


def _benefits(n):
    items = [
        {"type": "item", "value": {"title": f"Benefit {m}", "description": "Plain text."}}
        for m in range(4)
    ]
    return _block("benefits", {"heading": f"Who it suits, part {n + 1}", "items": items})


def _image(image, n):
    return _block("image", {"image": image.pk, "alt_text": f"Figure {n}", "caption": ""})


def _block(kind, value):
    if kind == "cta":
        value = {"page": None, "link_url": "", **value}
    if kind == "quote":
        value = {"attribution": "", **value}
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}
