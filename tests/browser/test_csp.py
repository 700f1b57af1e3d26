"""Chromium reports no Content Security Policy violation on the public site or in the
admin's preview panel (the preview is framed by the admin, on the admin's policy)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from demo.public_pages import EVERY_PAGE as PUBLIC_PAGES
from technique.models import TechniquePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Runs in every document and frame before the page's own code, outside its policy.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def recording_page(page):
    page.add_init_script(RECORD_VIOLATIONS)
    page.csp_console = []
    page.on(
        "console",
        lambda message: (
            page.csp_console.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return page


def violations(frame):
    return frame.evaluate("window.cspViolations || []")


def test_no_public_page_breaks_the_policy(recording_page, site_url):
    # One walk over both languages: each browser test seeds the whole bilingual demo.
    page = recording_page
    found = {}
    for name, path in PUBLIC_PAGES.items():
        assert page.goto(site_url + path).status == 200, path
        page.wait_for_load_state("networkidle")
        if name.removeprefix("es-") in ("book", "contact"):
            # reCAPTCHA loads when a patient starts typing; Google itself is refused here.
            page.locator("form.request-form input[type=text]").first.fill("A")
            page.wait_for_timeout(300)
        if violations(page.main_frame):
            found[name] = violations(page.main_frame)
    assert found == {}
    assert page.csp_console == []


def test_admin_preview_panel_breaks_no_policy(recording_page, site_url):
    page = recording_page
    # A plain member of the Editors group, as the people who do this every day are.
    user = get_user_model().objects.create_user("lead", "lead@example.com", "a-long-passphrase-1")
    user.groups.add(Group.objects.get(name="Editors"))
    sot = TechniquePage.objects.get(url_path__endswith="/sacro-occipital-technique/")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "lead")
    page.fill("#id_password", "a-long-passphrase-1")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site_url}/admin/")

    page.goto(f"{site_url}/admin/pages/{sot.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[id='w-preview-iframe'], .preview-panel iframe").first
    heading = preview.locator("h1")
    heading.wait_for()
    assert heading.inner_text() == sot.title
    frames = [frame for frame in page.frames if frame != page.main_frame]
    assert frames, "the preview is framed"
    for frame in [page.main_frame, *frames]:
        assert violations(frame) == [], frame.url
    assert page.csp_console == []
