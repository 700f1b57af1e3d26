"""axe-core on every public page, at phone and desktop widths."""

import pytest

from demo.public_pages import EVERY_PAGE as PUBLIC_PAGES
from tests.browser.axe import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}


def open_page(page, url, name):
    response = page.goto(url)
    assert response.status == 200, f"{name}: HTTP {response.status}"


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(page, site_url, name):
    open_page(page, site_url + PUBLIC_PAGES[name], name)
    assert axe_violations(page) == []
    page.set_viewport_size(DESKTOP)
    assert axe_violations(page) == []


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_requests_nothing_from_other_origins(page, browser_context, site_url, name):
    open_page(page, site_url + PUBLIC_PAGES[name], name)
    page.wait_for_load_state("networkidle")
    assert browser_context.outside_requests == []
