"""WCAG 2.2 AA beyond axe, on every public page in both languages, at 390 and 1366 px.

One browser session walks every page per check: each browser test seeds the whole
bilingual demo, so a test per page would cost a seed per page.
"""

import pytest

from demo.public_pages import EVERY_PAGE
from tests.browser.wcag22 import focus_problems, target_size_problems, text_spacing_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"390": {"width": 390, "height": 844}, "1366": {"width": 1366, "height": 768}}


def walk(page, site_url, check):
    """``check(page)`` on every public page at each width: {(page, width): problems}."""
    found = {}
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        for name, path in EVERY_PAGE.items():
            response = page.goto(site_url + path)
            assert response.status == 200, f"{name}: HTTP {response.status}"
            problems = check(page)
            if problems:
                found[(name, width)] = problems
    return found


def test_every_target_is_24_px_or_spaced_apart(page, site_url):
    assert walk(page, site_url, target_size_problems) == {}


def test_focus_is_always_visible_and_never_hidden_by_sticky_chrome(page, site_url):
    assert walk(page, site_url, focus_problems) == {}


def test_text_spacing_overrides_clip_and_overlap_nothing(page, site_url):
    assert walk(page, site_url, text_spacing_problems) == {}
