"""`seed_demo` builds the whole demo site and is safe to run again."""

import pytest
from django.apps import apps
from django.core.management import call_command

from demo.site import SOT_SLUG
from home.models import HomePage
from technique.models import TechniquePage

pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_second_run_changes_nothing(bilingual_site):
    first = row_counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert row_counts() == first


def test_builds_the_expected_tree(demo_site):
    home = HomePage.objects.get()
    assert demo_site.root_page_id == home.pk
    sot = TechniquePage.objects.get(slug=SOT_SLUG)
    assert sot.url_path == "/home/techniques/sacro-occipital-technique/"
    used = {block.block_type for block in sot.body}
    assert used >= {"heading", "rich_text", "benefits", "cta", "image", "quote", "faq"}
    actions = [b.value["action"] for b in sot.body if b.block_type == "cta"]
    assert set(actions) == {"book", "call"}


def test_builds_a_clinic_worth_showing(demo_site):
    from locations.models import LocationPage
    from practitioners.models import PractitionerPage

    assert TechniquePage.objects.live().count() >= 3
    practitioners = PractitionerPage.objects.live()
    assert practitioners.count() == 2
    for practitioner in practitioners:
        assert practitioner.photo and practitioner.photo_alt
        assert practitioner.techniques.exists() and practitioner.clinic_days.exists()
    locations = LocationPage.objects.live()
    assert locations.count() == 2
    assert any(location.upcoming_special_hours for location in locations)
    menu = [page.slug for page in HomePage.objects.get().get_children().live().in_menu()]
    assert {"techniques", "practitioners", "locations", "new-patients", "faq", "contact"} <= set(
        menu
    )


def test_a_second_run_keeps_one_of_each_request_page_and_book_online_on_it(demo_site):
    from booking.models import BookingPage, ContactPage, PrivacyPage
    from core.models import ClinicSettings

    # Seeded as demo_site was, English only: the Spanish translation adds a twin of each.
    call_command("seed_demo", "--english-only", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert BookingPage.objects.count() == ContactPage.objects.count() == 1
    assert PrivacyPage.objects.count() == 1
    clinic = ClinicSettings.for_site(demo_site)
    assert clinic.booking_page.specific == BookingPage.objects.get()
