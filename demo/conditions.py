"""The demo's condition pages, its accessibility statement and the medical review of its
health pages. Finds before it creates, like demo.site."""

import datetime
import json
import uuid

from conditions.models import ConditionIndexPage, ConditionPage
from demo import accessibility_text, conditions_text
from demo.site import ensure_child, ensure_in_menu
from trust.models import AccessibilityStatementPage

# The date shown on the demo's health pages: "Medically reviewed by ... on 3 March 2026".
REVIEWED_ON = datetime.date(2026, 3, 3)
EN = 0


def ensure_condition_pages(home, techniques):
    """``techniques`` maps slugs to the technique pages the demo made."""
    text = conditions_text.INDEX
    index, _ = ensure_child(
        home,
        ConditionIndexPage,
        "conditions",
        title=text["title"][EN],
        intro=f"<p>{text['intro'][EN]}</p>",
        search_description=text["search_description"][EN],
    )
    ensure_in_menu(index)
    pages = []
    for spec in conditions_text.CONDITIONS:
        page, created = ensure_child(
            index,
            ConditionPage,
            spec["slug"][EN],
            title=spec["title"][EN],
            summary=spec["summary"][EN],
            search_description=spec["search_description"][EN],
            body=json.dumps(_condition_body(spec)),
        )
        if created:
            page.treatments = [techniques[slug] for slug in spec["techniques"]]
            page.save_revision().publish()
        pages.append(page)
    return index, pages


def _condition_body(spec):
    headings = conditions_text.HEADINGS
    blocks = []
    for key in ("what", "assess", "help"):
        blocks += [_heading(headings[key][EN]), _paragraphs(spec[key])]
    blocks += [
        _heading(headings["red_flags"][EN]),
        _list(conditions_text.EMERGENCY, spec["emergency"]),
        _list(conditions_text.SEE_DOCTOR, spec["doctor"]),
        _heading(headings["results"][EN]),
        _paragraphs([conditions_text.RESULTS_VARY]),
        {
            "type": "cta",
            "value": {"text": "Book online", "action": "book", "page": None, "link_url": ""},
        },
    ]
    return [{**block, "id": str(uuid.uuid4())} for block in blocks]


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _paragraphs(pairs):
    return {"type": "rich_text", "value": "".join(f"<p>{pair[EN]}</p>" for pair in pairs)}


def _list(lead, items):
    listed = "".join(f"<li>{item[EN]}</li>" for item in items)
    return {"type": "rich_text", "value": f"<p>{lead[EN]}</p><ul>{listed}</ul>"}


def ensure_accessibility_statement(home):
    text = accessibility_text.PAGE
    blocks = []
    for heading, paragraphs in accessibility_text.SECTIONS:
        blocks += [_heading(heading[EN]), _paragraphs(paragraphs)]
    page, _ = ensure_child(
        home,
        AccessibilityStatementPage,
        "accessibility",
        title=text["title"][EN],
        intro_plain=text["intro_plain"][EN],
        search_description=text["search_description"][EN],
        body=json.dumps([{**block, "id": str(uuid.uuid4())} for block in blocks]),
    )
    return page


def ensure_reviews(pages, reviewer):
    """Record ``reviewer``'s review of each page that has none, as an editor would."""
    for page in pages:
        if page.reviewed_by_id is None:
            page.reviewed_by = reviewer
            page.last_reviewed = REVIEWED_ON
            page.save_revision().publish()
