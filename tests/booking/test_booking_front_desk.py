"""The request view the front desk works in: everything on one screen, in clinic time."""

import csv
import io
from datetime import UTC, datetime

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import BookingRequest, Status

pytestmark = pytest.mark.django_db

# 14:05 UTC on a winter day is 9:05 AM in New York, the clinic's time zone.
RECEIVED = datetime(2026, 1, 14, 14, 5, 42, 123456, tzinfo=UTC)


@pytest.fixture
def booking(db):
    row = BookingRequestFactory(
        first_name="Ana",
        last_name="Lima",
        email="ana@example.com",
        phone="+19545550177",
        reason="Migraines",
        status=Status.NEEDS_REVIEW,
        review_reason="too_fast",
        staff_notes="Left a voicemail",
    )
    BookingRequest.objects.filter(pk=row.pk).update(created_at=RECEIVED, consented_at=RECEIVED)
    row.refresh_from_db()
    return row


def edit_url(row):
    return reverse(f"{row._meta.model_name}:edit", args=[row.pk])


def details(html):
    soup = BeautifulSoup(html, "html.parser")
    rows = soup.select(".request-details__row")
    return {row.dt.get_text(strip=True): row.dd for row in rows}, soup


def test_the_list_opens_the_request_view(desk_client, booking):
    soup = BeautifulSoup(desk_client.get(reverse("bookingrequest:index")).content, "html.parser")
    assert soup.find("a", string=lambda text: text and "Ana Lima" in text)["href"] == edit_url(
        booking
    )


def test_the_request_view_shows_everything_in_clinic_time(desk_client, booking):
    response = desk_client.get(edit_url(booking))
    assert response.status_code == 200
    rows, soup = details(response.content)
    assert rows["Name"].get_text(strip=True) == "Ana Lima"
    assert rows["Phone"].a["href"] == "tel:+19545550177"
    assert rows["Phone"].get_text(strip=True) == "(954) 555-0177"
    assert rows["E-mail"].a["href"] == "mailto:ana@example.com"
    assert rows["Preferred days"].get_text(strip=True) == "Monday, Wednesday"
    assert rows["Preferred times"].get_text(strip=True) == "Morning"
    assert rows["Reason for visit"].get_text(strip=True) == "Migraines"
    assert rows["Received"].get_text(strip=True) == "Wed 14 Jan 2026, 9:05 AM EST"
    assert rows["Consent to store"].get_text(strip=True) == "Given Wed 14 Jan 2026, 9:05 AM EST"
    assert "autofill" in rows["Why it needs review"].get_text()
    assert soup.find("textarea", {"name": "staff_notes"}).get_text().strip() == "Left a voicemail"
    assert soup.find("select", {"name": "status"}).find("option", selected=True)["value"] == (
        "needs_review"
    )
    assert soup.title.get_text().count("Ana") == 0  # the tab title carries the reference


def test_status_and_notes_are_changed_in_the_request_view(desk_client, booking):
    response = desk_client.post(
        edit_url(booking), {"status": "contacted", "staff_notes": "Called, calling back Friday"}
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == Status.CONTACTED
    assert booking.staff_notes == "Called, calling back Friday"
    history = BeautifulSoup(desk_client.get(edit_url(booking)).content, "html.parser")
    entries = [li.get_text(" ", strip=True) for li in history.select(".request-history li")]
    assert any("Status changed from Needs review to Contacted" in text for text in entries)
    assert any("Staff notes changed" in text for text in entries)


def test_contact_messages_get_the_same_view(desk_client):
    message = ContactMessageFactory(name="Sam Ortiz", phone="+15417543010")
    rows, _ = details(desk_client.get(edit_url(message)).content)
    assert rows["Phone"].a["href"] == "tel:+15417543010"
    assert "parking" in rows["Message"].get_text()


@pytest.mark.parametrize("typed", ["555-0177", "(954) 555-0177", "+1 954 555 0177", "9545550177"])
def test_search_finds_a_phone_however_it_is_typed(desk_client, booking, typed):
    BookingRequestFactory(first_name="Bo", last_name="Berg", phone="+15417543010")
    html = desk_client.get(reverse("bookingrequest:index"), {"q": typed}).content.decode()
    assert "Ana Lima" in html and "Bo Berg" not in html


def export(client, fmt, url_name="bookingrequest:index"):
    response = client.get(reverse(url_name), {"export": fmt})
    assert response.status_code == 200
    if fmt == "csv":
        body = b"".join(response.streaming_content).decode()
        return list(csv.DictReader(io.StringIO(body)))
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = list(sheet.values)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_csv_export_is_readable_local_and_guarded(desk_client, booking):
    BookingRequestFactory(email="=cmd@example.com", phone="+442079460958")
    rows = {row["Reference"]: row for row in export(desk_client, "csv")}
    ana = rows[booking.reference]
    assert ana["Received"] == "2026-01-14 09:05"
    assert ana["Status"] == "Needs review"
    assert ana["Patient type"] == "New patient"
    assert ana["Phone"] == "(954) 555-0177"
    assert ana["Preferred days"] == "Monday, Wednesday"
    assert "Migraines" not in str(rows)
    other = next(row for ref, row in rows.items() if ref != booking.reference)
    assert other["E-mail"] == "'=cmd@example.com"
    assert other["Phone"] == "011 44 20 7946 0958"  # as the clinic dials it: no formula


def test_xlsx_export_has_local_times_and_plain_text(desk_client, booking):
    BookingRequestFactory(email="=cmd@example.com")
    rows = {row["Reference"]: row for row in export(desk_client, "xlsx")}
    ana = rows[booking.reference]
    assert ana["Received"] == datetime(2026, 1, 14, 9, 5)
    assert ana["Status"] == "Needs review" and ana["Phone"] == "(954) 555-0177"
    assert "=cmd@example.com" in [row["E-mail"] for row in rows.values()]


def test_dashboard_panel_and_menu_count_new_and_review(desk_client, booking):
    BookingRequestFactory(status=Status.NEW)
    BookingRequestFactory(status=Status.SCHEDULED)
    ContactMessageFactory(status=Status.NEW)
    html = desk_client.get(reverse("wagtailadmin_home")).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    panel = [li.get_text(" ", strip=True) for li in soup.select(".booking-to-do li")]
    assert panel == [
        "Booking requests: 2 new or needing review",
        "Contact messages: 1 new or needing review",
    ]
    props = soup.find(id="wagtail-sidebar-props").string
    # Each count is the length of the list its item opens.
    assert '"label": "New requests (2)"' in props and '"label": "New messages (1)"' in props


def test_the_to_do_link_lists_new_and_review_only(desk_client, booking):
    BookingRequestFactory(first_name="Cy", last_name="New", status=Status.NEW)
    BookingRequestFactory(first_name="Di", last_name="Done", status=Status.SCHEDULED)
    url = reverse("bookingrequest:index") + "?status=new&status=needs_review"
    html = desk_client.get(url).content.decode()
    assert "Ana Lima" in html and "Cy New" in html and "Di Done" not in html


def test_front_desk_can_delete_a_request(desk_client, booking, front_desk):
    from wagtail.models import ModelLogEntry

    delete_url = reverse("bookingrequest:delete", args=[booking.pk])
    assert desk_client.post(delete_url).status_code == 302
    assert not BookingRequest.objects.exists()
    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert entry.user == front_desk and entry.label == str(booking)


def test_inspect_shows_clinic_time_too(desk_client, booking):
    soup = BeautifulSoup(
        desk_client.get(reverse("bookingrequest:inspect", args=[booking.pk])).content,
        "html.parser",
    )
    text = soup.find("main").get_text(" ", strip=True)
    assert "Wed 14 Jan 2026, 9:05 AM EST" in text and "2:05" not in text
