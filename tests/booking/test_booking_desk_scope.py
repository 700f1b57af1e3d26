"""What the front desk finds and sees: references, counts that match their lists, and a
menu that holds only their work."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from booking.factories import BookingRequestFactory, ContactMessageFactory
from booking.models import Status

pytestmark = pytest.mark.django_db


def listed_names(client, model_name, **params):
    response = client.get(reverse(f"{model_name}:index"), params)
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        cell.get_text(" ", strip=True)
        for cell in soup.select("table.listing td.title .title-wrapper a")
    }


def sidebar_items(client):
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    props = json.loads(soup.find(id="wagtail-sidebar-props").string)

    def walk(node):
        # Telepath writes a value seen twice as {"_val": ...} the first time.
        if isinstance(node, dict):
            if str(node.get("_type", "")).endswith("MenuItem"):
                item = node["_args"][0]
                yield {
                    key: value.get("_val", value) if isinstance(value, dict) else value
                    for key, value in item.items()
                }
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return {item["name"]: item for item in walk(props)}, soup


@pytest.mark.parametrize(
    "typed", ["{ref}", "{ref_lower}", " {ref} ", "{prefix} {code}", "{prefix}{code}"]
)
def test_a_reference_finds_its_booking_request(desk_client, typed):
    wanted = BookingRequestFactory(first_name="Ana", last_name="Lima")
    for _ in range(5):
        BookingRequestFactory(first_name="Other", last_name="Patient")
    prefix, code = wanted.reference.split("-")
    query = typed.format(
        ref=wanted.reference, ref_lower=wanted.reference.lower(), prefix=prefix, code=code
    )
    assert listed_names(desk_client, "bookingrequest", q=query) == {"Ana Lima"}


def test_a_reference_finds_its_contact_message_and_not_the_other_kind(desk_client):
    message = ContactMessageFactory(name="Bo Chen")
    booking = BookingRequestFactory(first_name="Ana", last_name="Lima")
    assert listed_names(desk_client, "contactmessage", q=message.reference) == {"Bo Chen"}
    assert listed_names(desk_client, "contactmessage", q=booking.reference) == set()
    assert listed_names(desk_client, "bookingrequest", q=message.reference) == set()


def test_an_unknown_reference_finds_nothing_and_names_still_search(desk_client):
    BookingRequestFactory(first_name="Ana", last_name="Lima")
    taken = {BookingRequestFactory().reference for _ in range(3)}
    unused = next(f"BR-{c * 5}" for c in "ABCDEFGH" if f"BR-{c * 5}" not in taken)
    assert "Ana Lima" not in listed_names(desk_client, "bookingrequest", q=unused)
    assert listed_names(desk_client, "bookingrequest", q="Lima") == {"Ana Lima"}


def test_each_sidebar_count_is_the_length_of_the_list_it_opens(desk_client):
    for status in (Status.NEW, Status.NEW, Status.NEEDS_REVIEW, Status.SCHEDULED):
        BookingRequestFactory(status=status)
    ContactMessageFactory(status=Status.NEW)
    items, _soup = sidebar_items(desk_client)
    for name, model_name, expected in [
        ("booking-to-do", "bookingrequest", 3),
        ("contact-to-do", "contactmessage", 1),
    ]:
        item = items[name]
        assert item["label"].endswith(f"({expected})")
        path, query = item["url"].split("?")
        assert path == reverse(f"{model_name}:index")
        response = desk_client.get(item["url"])
        rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
        assert len(rows) == expected


def test_front_desk_menu_holds_requests_only(desk_client):
    items, soup = sidebar_items(desk_client)
    assert "translations" not in items and "reports" not in items
    assert {"booking-to-do", "contact-to-do", "requests"} <= set(items)
    main = soup.find("main")
    assert main.find("form", role="search") is None
    assert "Search all pages" not in main.get_text()


def test_editors_keep_the_translations_report_and_page_search(editors_client):
    items, soup = sidebar_items(editors_client)
    assert "translations" in items
    assert soup.find("main").find("form", role="search") is not None


def test_contact_messages_cannot_be_marked_scheduled(desk_client):
    message = ContactMessageFactory(status=Status.NEW)
    url = reverse("contactmessage:edit", args=[message.pk])
    soup = BeautifulSoup(desk_client.get(url).content, "html.parser")
    offered = {option["value"] for option in soup.select("select[name=status] option")}
    assert Status.SCHEDULED not in offered and {Status.NEW, Status.CONTACTED} <= offered
    filters = BeautifulSoup(desk_client.get(reverse("contactmessage:index")).content, "html.parser")
    assert not filters.select(f"input[name=status][value={Status.SCHEDULED}]")
    response = desk_client.post(url, {"status": Status.SCHEDULED, "staff_notes": ""})
    message.refresh_from_db()
    assert message.status == Status.NEW and response.status_code == 200


def test_bookings_keep_scheduled(desk_client):
    booking = BookingRequestFactory()
    url = reverse("bookingrequest:edit", args=[booking.pk])
    soup = BeautifulSoup(desk_client.get(url).content, "html.parser")
    assert soup.select(f"select[name=status] option[value={Status.SCHEDULED}]")


def test_the_list_marks_the_columns_a_phone_can_drop(desk_client):
    BookingRequestFactory()
    soup = BeautifulSoup(desk_client.get(reverse("bookingrequest:index")).content, "html.parser")
    headings = {
        th.get_text(" ", strip=True): th.get("class") or []
        for th in soup.select("table.listing thead th")
    }
    kept = [label for label, classes in headings.items() if "request-list__extra" not in classes]
    assert kept[:3] == ["Name", "Status", "Received"]
    assert "request-list__extra" in headings["Preferred days"]
