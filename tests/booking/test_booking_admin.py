"""The admin's "Requests" section: Front desk and superusers only, audit-logged status."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from booking.factories import BookingRequestFactory
from booking.models import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking(db):
    return BookingRequestFactory(first_name="Ana", last_name="Lima", reason="Migraines")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "ed@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def urls(booking):
    return {
        "list": reverse("bookingrequest:index"),
        "detail": reverse("bookingrequest:inspect", args=[booking.pk]),
        "edit": reverse("bookingrequest:edit", args=[booking.pk]),
        "export": reverse("bookingrequest:index") + "?export=csv",
        "contact list": reverse("contactmessage:index"),
    }


def test_the_migration_creates_front_desk_with_only_request_rights():
    group = Group.objects.get(name="Front desk")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "view_bookingrequest",
        "change_bookingrequest",
        "view_contactmessage",
        "change_contactmessage",
        "delete_bookingrequest",
        "delete_contactmessage",
    } <= codenames
    # Wagtail's own migrations may add choosers; nothing that edits the site.
    beyond = {code for code in codenames if code.startswith(("add_", "delete_", "publish_"))}
    assert beyond == {"delete_bookingrequest", "delete_contactmessage"}


@pytest.mark.parametrize("view", ["list", "detail", "edit", "export", "contact list"])
def test_editors_outside_front_desk_are_refused(client, editor, booking, view):
    client.force_login(editor)
    assert client.get(urls(booking)[view]).status_code in (403, 404)


def test_editors_do_not_see_the_menu(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Booking requests" not in html


def test_front_desk_sees_the_menu_list_and_detail(client, front_desk, booking):
    client.force_login(front_desk)
    assert "Booking requests" in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(urls(booking)["list"]).content.decode()
    assert "Ana Lima" in listing and "New" in listing
    detail = client.get(urls(booking)["detail"]).content.decode()
    assert "Migraines" in detail


def test_nobody_adds_requests_by_hand(admin_client):
    assert admin_client.get(reverse("bookingrequest:add")).status_code == 403


def test_list_filters_and_search(admin_client, booking):
    BookingRequestFactory(first_name="Bo", last_name="Berg", status=Status.SPAM)
    url = urls(booking)["list"]
    spam_only = admin_client.get(url, {"status": "spam"}).content.decode()
    assert "Bo Berg" in spam_only and "Ana Lima" not in spam_only
    found = admin_client.get(url, {"q": "Lima"}).content.decode()
    assert "Ana Lima" in found and "Bo Berg" not in found


def test_a_status_change_is_audit_logged_with_who_and_when(client, front_desk, booking):
    client.force_login(front_desk)
    response = client.post(urls(booking)["edit"], {"status": Status.SCHEDULED, "staff_notes": ""})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == Status.SCHEDULED
    entry = ModelLogEntry.objects.get(action="booking.status_change")
    assert entry.user == front_desk and entry.timestamp
    assert entry.data == {"from": "New", "to": "Scheduled"}
    history = client.get(reverse("bookingrequest:history", args=[booking.pk])).content.decode()
    assert "Status changed from New to Scheduled" in history


def test_front_desk_has_no_rights_beyond_requests(front_desk):
    assert not front_desk.has_perm("wagtailcore.add_page")
    assert front_desk.has_perm("booking.change_bookingrequest")
    assert front_desk.has_perm("booking.delete_bookingrequest")
    assert not front_desk.has_perm("wagtailimages.add_image")


def test_retention_defaults_to_180_days():
    from config.settings import base

    assert base.BOOKING_RETENTION_DAYS == 180
