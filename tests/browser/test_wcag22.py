"""WCAG 2.2 AA beyond axe, on every public page in both languages, at 390 and 1366 px.

One browser session walks every page per width and makes the three checks on each: each
browser test seeds the whole bilingual demo, so a test per page would cost a seed per page.
"""

import pytest

from demo.public_pages import EVERY_PAGE
from tests.browser.wcag22 import focus_problems, target_size_problems, text_spacing_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"390": {"width": 390, "height": 844}, "1366": {"width": 1366, "height": 768}}


# Checks made on one load of a page, in order: tabbing leaves focus on the page, and the
# text-spacing check restyles it, so that one gets a load of its own.
LOADS = [
    {
        "target size (2.5.8)": target_size_problems,
        "focus visible and not hidden (2.4.7, 2.4.11)": focus_problems,
    },
    {"text spacing (1.4.12)": text_spacing_problems},
]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_meets_the_checks_axe_cannot_make(page, site_url, width):
    """Target size, focus and text spacing on every public page in both languages, one walk
    per width (each browser test seeds the bilingual demo, so a walk does all three)."""
    page.set_viewport_size(WIDTHS[width])
    found = {}
    for name, path in EVERY_PAGE.items():
        for checks in LOADS:
            response = page.goto(site_url + path)
            assert response.status == 200, f"{name}: HTTP {response.status}"
            for check, problems_on in checks.items():
                problems = problems_on(page)
                if problems:
                    found[(name, check)] = problems
    assert found == {}
