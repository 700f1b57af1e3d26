"""An editor, alone in one window, publishes and schedules a page after Wagtail has
autosaved it: no "You saved a new version in another window", and the action happens."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from technique.models import TechniquePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CONFLICT = "saved a new version"


def sot():
    return TechniquePage.objects.get(slug="sacro-occipital-technique", locale__language_code="en")


def autosave_after_typing(page, text):
    edit_url = f"/pages/{sot().pk}/edit/"
    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith(edit_url), timeout=20_000
    ) as autosaved:
        summary = page.locator("#id_summary")
        summary.click()
        summary.press("Control+End")
        summary.press_sequentially(text)
        # What Wagtail's unsaved-changes watcher dispatches after an edit, which starts the
        # autosave; headless Chromium's watcher does not always get there by itself.
        page.locator("#page-edit-form").dispatch_event(
            "w-unsaved:add", {"cancelable": True, "detail": {"type": "edits"}}
        )
    assert autosaved.value.json()["success"] is True
    # The editing-session ping that follows is what would raise the conflict dialog.
    with page.expect_response(lambda r: "/editing-sessions/" in r.url, timeout=20_000):
        pass


def open_actions(page):
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def assert_no_conflict(page):
    dialog = page.locator("#w-save-confirmation-dialog")
    if dialog.count():
        expect(dialog).to_be_hidden()
    assert CONFLICT not in page.locator("body").inner_text()


def test_publish_after_an_autosave_publishes_without_a_conflict(editor_page, site_url, shots):
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    autosave_after_typing(page, " Now on Saturdays too.")
    assert_no_conflict(page)
    open_actions(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()
    shots(page, "autosave-then-publish")
    assert_no_conflict(page)
    assert sot().summary.endswith("Now on Saturdays too.")
    assert not sot().has_unpublished_changes


def test_schedule_after_an_autosave_schedules_without_a_conflict(editor_page, site_url, shots):
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{sot().pk}/edit/")
    autosave_after_typing(page, " From next month.")
    go_live = timezone.localtime() + datetime.timedelta(days=7)
    page.locator("[data-side-panel-toggle='status']").first.click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    expect(dialog).to_be_visible()
    dialog.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    save = dialog.get_by_role("button", name="Save schedule")
    shots(page, "schedule-dialog")
    # With the date picker still open, the dialog's own button takes the click.
    save.click(timeout=5_000)
    expect(dialog).to_be_hidden()
    open_actions(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Schedule to publish").click()
    shots(page, "autosave-then-schedule")
    assert_no_conflict(page)
    page_now = sot()
    revision = page_now.scheduled_revision
    assert revision is not None, "nothing was scheduled"
    scheduled = timezone.localtime(revision.approved_go_live_at)
    assert scheduled.strftime("%Y-%m-%d %H:%M") == go_live.strftime("%Y-%m-%d %H:%M")
    assert revision.as_object().summary.endswith("From next month.")
