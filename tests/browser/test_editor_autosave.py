"""An editor, alone in one window, publishes and schedules a page after Wagtail has
autosaved it: no "You saved a new version in another window", and the action happens."""

import datetime
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from technique.models import TechniquePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1366, "height": 900}
CONFLICT = "saved a new version"


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("EDITOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return lambda page, name: page.screenshot(path=str(folder / f"{name}.png"))


@pytest.fixture
def editor(page, site_url):
    user = get_user_model().objects.create_user("writer", "w@example.com", "writer-pass")
    user.groups.add(Group.objects.get(name="Editors"))
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "writer")
    page.fill("#id_password", "writer-pass")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site_url}/admin/")
    return page


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


def test_publish_after_an_autosave_publishes_without_a_conflict(editor, site_url, shots):
    page = editor
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


def test_schedule_after_an_autosave_schedules_without_a_conflict(editor, site_url, shots):
    page = editor
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
