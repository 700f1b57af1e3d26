"""Nothing scrolls sideways on a small phone, and the phone menu opens without JavaScript."""

import pytest

from demo.public_pages import EVERY_PAGE as PUBLIC_PAGES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = (320, 390)


def test_every_public_page_fits_small_phones(page, site_url):
    overflowing = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for name, path in PUBLIC_PAGES.items():
            assert page.goto(site_url + path).status == 200, path
            scroll_width, inner = page.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth]"
            )
            if scroll_width > inner:
                overflowing.append((width, name, scroll_width))
    assert overflowing == []


def test_phone_menu_opens_without_javascript(chromium_browser, site_url):
    context = chromium_browser.new_context(
        viewport={"width": 390, "height": 800}, java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.goto(site_url + PUBLIC_PAGES["sot"])
        assert not page.locator("nav.site-nav--wide").is_visible()
        link = page.locator("details.site-nav--narrow a", has_text="Locations")
        assert not link.is_visible()
        page.locator("details.site-nav--narrow summary").click()
        assert link.is_visible()
        link.click()
        page.wait_for_url("**/locations/")
    finally:
        context.close()
