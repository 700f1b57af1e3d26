"""axe-core on every public page, at phone and desktop widths."""

import pytest

from demo.public_pages import EVERY_PAGE as PUBLIC_PAGES
from tests.browser.axe import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def open_page(page, url, name):
    response = page.goto(url)
    assert response.status == 200, f"{name}: HTTP {response.status}"


# One walk over every page in both languages per check: each browser test seeds the whole
# bilingual demo, so a test per page would cost a seed per page.
def test_no_public_page_has_axe_violations(page, site_url):
    found = {}
    for name, path in PUBLIC_PAGES.items():
        page.set_viewport_size(PHONE)
        open_page(page, site_url + path, name)
        for width, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            page.set_viewport_size(viewport)
            violations = axe_violations(page)
            if violations:
                found[(name, width)] = violations
    assert found == {}


def test_no_public_page_requests_anything_from_other_origins(page, browser_context, site_url):
    for name, path in PUBLIC_PAGES.items():
        open_page(page, site_url + path, name)
        page.wait_for_load_state("networkidle")
    assert browser_context.outside_requests == []
