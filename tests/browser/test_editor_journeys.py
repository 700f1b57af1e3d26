"""A marketing editor (Editors group, not a superuser) works in the page editor, in Chromium."""

import pytest
from playwright.sync_api import expect

from technique.models import TechniquePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1366, "height": 900}
LONG_TITLE = "Sacro Occipital Technique (SOT): gentle pelvic blocking at Harbourview"


def sot():
    return TechniquePage.objects.get(slug="sacro-occipital-technique")


def open_side_panel(page, name):
    page.locator(f"[data-side-panel-toggle='{name}']").first.click()
    panel = page.locator(f"[data-side-panel='{name}']")
    expect(panel).to_be_visible()
    return panel


def test_the_preview_panel_shows_the_page(editor_page, site_url, shots):
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    open_side_panel(page, "preview")
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.locator("h1")).to_have_text(sot().title)
    shots(page, "01-preview-panel")

    # wagtail-seo's "SEO Preview", as its new-tab link opens it: styled, with the Site's address.
    page.goto(f"{site_url}/admin/pages/{sot().pk}/view_draft/?mode=wagtail-seo")
    title = page.locator(".seo-title")
    expect(title).to_be_visible()
    assert title.evaluate("node => getComputedStyle(node).fontSize") != "16px"
    expect(page.locator(".seo-url")).to_contain_text(sot().get_site().root_url)
    shots(page, "01b-seo-preview")


def test_the_checks_panel_reports_an_added_image_without_alt_text(editor_page, site_url, shots):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    # As a phone names its photos; with no alt text the page falls back to this title.
    get_image_model().objects.create(title="IMG_2041", file=get_test_image_file())
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    hero = page.locator("[data-contentpath='hero_image']")
    hero.get_by_role("button", name="Actions").click()
    shots(page, "02-hero-actions")
    hero.get_by_role("button", name="Change image").click()
    page.locator(".modal").get_by_role("link", name="IMG_2041").click()
    expect(hero).to_contain_text("IMG_2041")
    page.fill("#id_hero_image_alt", "")
    shots(page, "03-image-chosen")
    checks = open_side_panel(page, "checks")
    expect(checks).to_contain_text("Image alt text has inappropriate pattern")
    shots(page, "04-checks-panel")


def test_the_block_picker_shows_a_preview(editor_page, site_url, shots):
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    page.locator("[data-contentpath='body'] button[title='Insert a block']").first.click()
    picker = page.get_by_role("listbox")
    expect(picker).to_be_visible()
    row = picker.locator(".w-combobox__option-row").filter(has_text="Quote or callout")
    row.get_by_role("button", name="Preview").click()
    preview = page.frame_locator("iframe[src*='block-preview']")
    callout = preview.get_by_text("The pelvis is the foundation the whole spine stands on.")
    expect(callout).to_be_visible()
    # Drawn with the site's stylesheet, loaded and applied inside the preview.
    assert callout.evaluate(
        "node => [...node.ownerDocument.styleSheets].some("
        "sheet => sheet.href && sheet.href.includes('/css/site.css') && sheet.cssRules.length)"
    )
    shots(page, "05-block-picker-preview")


def warnings_shown(page):
    return page.locator(".messages li.warning").all_inner_texts()


def save_draft(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()


def test_a_long_title_tag_warns_once_per_save_and_never_from_autosave(editor_page, site_url, shots):
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_seo_title", LONG_TITLE)
    save_draft(page)
    shots(page, "06-first-save")
    assert sum("Title tag" in w for w in warnings_shown(page)) == 1, warnings_shown(page)

    save_draft(page)
    shots(page, "07-second-save")
    assert sum("Title tag" in w for w in warnings_shown(page)) == 1, warnings_shown(page)

    # An autosave: Wagtail posts the form in the background a moment after an edit.
    page.get_by_role("tab", name="Promote").click()
    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith(f"/pages/{sot().pk}/edit/"),
    ) as autosaved:
        page.locator("#id_seo_title").press_sequentially("!")
        # What Wagtail's unsaved-changes watcher dispatches after an edit, which starts
        # the autosave; headless Chromium's watcher does not always get there by itself.
        page.locator("#page-edit-form").dispatch_event(
            "w-unsaved:add", {"cancelable": True, "detail": {"type": "edits"}}
        )
    assert autosaved.value.json()["success"] is True
    shots(page, "08-after-autosave")
    assert sum("Title tag" in w for w in warnings_shown(page)) == 1, warnings_shown(page)

    home = sot().get_parent().get_parent()
    page.goto(f"{site_url}/admin/pages/{home.pk}/edit/")
    shots(page, "09-another-page")
    assert not [w for w in warnings_shown(page) if "Title tag" in w or "Sacro" in w]


def test_faqs_and_clinic_details_open_and_save(editor_page, site_url, shots):
    from core.models import ClinicSettings
    from faq.models import FAQ

    page = editor_page
    page.get_by_role("link", name="FAQs").click()
    faq = FAQ.objects.filter(live=True).first()
    page.get_by_role("link", name=faq.question).click()
    page.fill("#id_category", "Asked at the front desk")
    shots(page, "10-faq-edit")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()
    shots(page, "11-faq-published")
    expect(page.locator(".messages li.success")).to_contain_text("published")
    faq.refresh_from_db()
    assert faq.category == "Asked at the front desk"

    page.goto(f"{site_url}/admin/settings/sitecore/clinicsettings/")
    page.fill("#id_phone", "(541) 555-0199")
    shots(page, "12-clinic-details")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    shots(page, "13-clinic-details-saved")
    expect(page.locator(".messages li.success")).to_be_visible()
    assert ClinicSettings.objects.get().phone == "(541) 555-0199"
