"""
Factories for site-wide pieces.

    clinic = ClinicSettingsFactory(site=site, name="Bayside Chiropractic")
"""

import factory

from core.models import ClinicSettings


class ClinicSettingsFactory(factory.django.DjangoModelFactory):
    name = "Test Clinic"
    phone = "(541) 555-0199"
    email = "desk@clinic.example"
    street_address = "1 Test Street"
    locality = "Testville"
    region = "OR"
    postal_code = "97001"

    class Meta:
        model = ClinicSettings
        django_get_or_create = ("site",)
