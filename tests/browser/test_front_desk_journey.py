"""A Front desk user (not a superuser) works a new request in real Chromium."""

import csv
import io
import os
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from booking.factories import BookingRequestFactory
from booking.models import BookingRequest, Status

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "quiet-harbour-lantern-42"
# 17:05 UTC in January is 9:05 AM in the clinic's zone (Los Angeles in the test settings).
RECEIVED = datetime(2026, 1, 14, 14, 5, tzinfo=UTC)  # 9:05 AM in New York
SCREENSHOTS = os.environ.get("FRONT_DESK_SCREENSHOTS", "")


def sign_in(page, site_url):
    user = get_user_model().objects.create_user("desk", "desk@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name="Front desk"))
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site_url}/admin/")


def new_request():
    booking = BookingRequestFactory(
        first_name="Ana",
        last_name="Lima",
        email="ana.lima@example.com",
        phone="+19545550177",
        reason="Stiff neck since a car accident",
        staff_notes="Prefers a call after 4 pm",
    )
    BookingRequest.objects.filter(pk=booking.pk).update(created_at=RECEIVED, consented_at=RECEIVED)
    return booking


def screenshot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, name), full_page=True)


def test_front_desk_opens_a_new_request_changes_its_status_and_exports(page, site_url):
    booking = new_request()
    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, site_url)
    assert "New requests (1)" in page.locator("#wagtail-sidebar").inner_text()
    panel = page.locator(".booking-to-do")
    assert "Booking requests: 1 new or needing review" in panel.inner_text()
    screenshot(page, "dashboard-1366.png")

    page.goto(f"{site_url}/admin/bookingrequest/")
    page.get_by_role("link", name="Ana Lima").click()
    page.wait_for_url(f"**/admin/bookingrequest/edit/{booking.pk}/")

    details = page.locator(".request-details")
    phone = details.get_by_role("link", name="(954) 555-0177")
    assert phone.get_attribute("href") == "tel:+19545550177"
    email = details.get_by_role("link", name="ana.lima@example.com")
    assert email.get_attribute("href") == "mailto:ana.lima@example.com"
    assert "Wed 14 Jan 2026, 9:05 AM EST" in details.inner_text()
    assert "Stiff neck since a car accident" in details.inner_text()
    assert page.locator("textarea[name=staff_notes]").input_value() == "Prefers a call after 4 pm"
    screenshot(page, "request-view-1366.png")
    page.locator(".request-history").scroll_into_view_if_needed()
    screenshot(page, "request-view-1366-history.png")

    page.select_option("select[name=status]", "contacted")
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url(f"{site_url}/admin/bookingrequest/")
    booking.refresh_from_db()
    assert booking.status == Status.CONTACTED

    screenshot(page, "request-list-1366.png")
    # Wagtail keeps the downloads in the header's "Actions" menu.
    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path()).read())))  # noqa: SIM115
    assert [(row["Reference"], row["Status"], row["Received"]) for row in rows] == [
        (booking.reference, "Contacted", "2026-01-14 09:05")
    ]


def test_the_request_view_fits_a_phone(page, site_url):
    booking = new_request()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, site_url)
    page.goto(f"{site_url}/admin/bookingrequest/edit/{booking.pk}/")
    phone = page.locator(".request-details").get_by_role("link", name="(954) 555-0177")
    assert phone.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px)"
    screenshot(page, "request-view-390.png")
    page.locator(".request-history").scroll_into_view_if_needed()
    screenshot(page, "request-view-390-history.png")
