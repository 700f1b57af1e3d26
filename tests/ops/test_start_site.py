"""A production database starts as the clinic's own site, never Wagtail's welcome page."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from core.models import ClinicSettings

NAME, PHONE = "Bayside Spine Clinic", "(305) 555-0110"


def start(**options):
    call_command("start_site", stdout=open("/dev/null", "w"), **options)  # noqa: SIM115


@pytest.fixture
def started(db):
    start(name=NAME, phone=PHONE)
    return Site.objects.get(is_default_site=True)


def visible(client, path):
    response = client.get(path)
    return response.status_code, BeautifulSoup(response.content.decode(), "html.parser")


def test_a_fresh_database_serves_the_clinics_home_in_both_languages(client, started):
    for path in ("/", "/es/"):
        status, page = visible(client, path)
        assert status == 200, path
        assert page.h1.get_text(strip=True) == NAME
        assert "Welcome to your new Wagtail site" not in page.get_text()
        assert page.find("a", href=lambda href: href and href.startswith("tel:+13055550110"))


def test_a_patient_can_book_write_and_read_the_privacy_notice(client, started):
    for path in ("/book/", "/contact/"):
        status, page = visible(client, path)
        assert status == 200 and page.find("form"), path
    status, page = visible(client, "/privacy/")
    assert status == 200
    assert "180 days" in page.main.get_text()
    clinic = ClinicSettings.objects.get(site=started)
    assert (clinic.name, clinic.booking_page.url) == (NAME, "/book/")


def test_the_rest_waits_as_drafts_and_no_demo_people_appear(client, started):
    for path in ("/techniques/", "/practitioners/", "/locations/", "/new-patients/", "/faq/"):
        assert client.get(path).status_code == 404, path
    drafts = Page.objects.filter(live=False).values_list("slug", flat=True)
    assert set(drafts) == {"techniques", "practitioners", "locations", "new-patients", "faq"}
    assert started.root_url == "http://localhost"


def test_running_it_again_changes_nothing_an_editor_did(started):
    home = started.root_page.specific
    home.hero_heading = "Edited by the clinic"
    home.save_revision().publish()
    pages = Page.objects.count()
    start(name="Another Name", phone=PHONE)
    assert Page.objects.count() == pages
    assert started.root_page.specific.hero_heading == "Edited by the clinic"
    assert ClinicSettings.objects.get().name == NAME


def test_a_number_nobody_can_dial_is_refused(db):
    with pytest.raises(CommandError, match="dial"):
        start(name=NAME, phone="call us")
