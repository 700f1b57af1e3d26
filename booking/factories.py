"""Factories for booking tests.

>>> request = BookingRequestFactory(first_name="Ana")
>>> request.status
'new'
"""

import factory
import wagtail_factories
from django.utils import timezone

from booking.models import BookingPage, BookingRequest, ContactMessage, ContactPage, PrivacyPage


class BookingRequestFactory(factory.django.DjangoModelFactory):
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Faker("safe_email")
    phone = "+15417543010"
    patient_type = BookingRequest.PatientType.NEW
    preferred_days = factory.LazyFunction(lambda: ["mon", "wed"])
    preferred_times = factory.LazyFunction(lambda: ["morning"])
    reason = "Lower back pain after gardening"
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = BookingRequest


class ContactMessageFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name")
    email = factory.Faker("safe_email")
    message = "Do you have parking near the clinic?"

    class Meta:
        model = ContactMessage


class BookingPageFactory(wagtail_factories.PageFactory):
    title = "Book an appointment"
    slug = "book"
    thank_you = "<p>We will call you soon.</p>"
    staff_recipients = "frontdesk@example.com"

    class Meta:
        model = BookingPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    thank_you = "<p>Thanks for your message.</p>"

    class Meta:
        model = ContactPage


class PrivacyPageFactory(wagtail_factories.PageFactory):
    title = "Privacy notice"
    slug = "privacy"
    body = "[]"

    class Meta:
        model = PrivacyPage
