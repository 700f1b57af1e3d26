"""
Factories for location pages and their holiday hours.

    index = LocationIndexPageFactory(parent=home)
    clinic = LocationPageFactory(parent=index, title="Harbour Road")
    SpecialHoursFactory(page=clinic, label="Thanksgiving", start_date=date(2026, 11, 26))
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from locations.models import LocationIndexPage, LocationPage, SpecialHours


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Locations"
    slug = "locations"

    class Meta:
        model = LocationIndexPage


class LocationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Clinic {n}")
    slug = factory.Sequence(lambda n: f"clinic-{n}")
    street_address = factory.Faker("street_address")
    locality = "Seaport"
    region = "OR"
    postal_code = "97000"

    class Meta:
        model = LocationPage


class SpecialHoursFactory(DjangoModelFactory):
    label = "Public holiday"
    start_date = factory.Faker("future_date")
    closed = True

    class Meta:
        model = SpecialHours
