"""The small trees the page-type tests share: locations, practitioners, the SOT page."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from locations.factories import LocationIndexPageFactory, LocationPageFactory, SpecialHoursFactory
from practitioners.factories import PractitionerIndexPageFactory, PractitionerPageFactory
from practitioners.models import PractitionerClinicDays
from technique.factories import TechniquePageFactory


@pytest.fixture
def location_index(home):
    return LocationIndexPageFactory(parent=home)


@pytest.fixture
def harbour(location_index):
    """The main clinic, with a closure and a short day coming up."""
    page = LocationPageFactory(
        parent=location_index,
        slug="harbour-road",
        title="Harbour Road clinic",
        street_address="120 Harbour Road, Suite 4",
        latitude="26.119700",
        longitude="-80.137600",
        opening_hours=[("hours", {"weekday": "Monday", "opens": time(8, 30), "closes": time(18)})],
    )
    start = timezone.localdate() + timedelta(days=21)
    SpecialHoursFactory(
        page=page, label="Staff training days", start_date=start, end_date=start + timedelta(days=1)
    )
    SpecialHoursFactory(
        page=page,
        label="Early closing",
        start_date=start + timedelta(days=7),
        closed=False,
        opens=time(8, 30),
        closes=time(13),
    )
    return page


@pytest.fixture
def hillside(location_index):
    return LocationPageFactory(parent=location_index, slug="hillside", title="Hillside clinic")


@pytest.fixture
def practitioner_index(home):
    return PractitionerIndexPageFactory(parent=home)


def add_practitioner(index, techniques, days, **fields):
    page = PractitionerPageFactory(parent=index, **fields)
    page.techniques = techniques
    page.clinic_days = [PractitionerClinicDays(location=place, days=when) for place, when in days]
    page.save_revision().publish()
    return page


@pytest.fixture
def team(practitioner_index, sot_page, harbour, hillside):
    """Two chiropractors offering SOT, the first at both clinics and one more technique."""
    flexion = TechniquePageFactory(
        parent=sot_page.get_parent(), title="Flexion-Distraction", slug="flexion-distraction"
    )
    maya = add_practitioner(
        practitioner_index,
        [sot_page, flexion],
        [(harbour, "Monday, Wednesday and Friday"), (hillside, "Tuesday")],
        title="Dr. Maya Okafor",
        slug="dr-maya-okafor",
        languages="English, Spanish",
    )
    tomas = add_practitioner(
        practitioner_index,
        [sot_page],
        [(hillside, "Thursday")],
        title="Dr. Tomas Lindqvist",
        slug="dr-tomas-lindqvist",
    )
    return maya, tomas
