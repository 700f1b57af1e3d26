"""Build the pages a new clinic starts from, without the demo's people or content.

A fresh database serves Wagtail's "Welcome to your new Wagtail site!" at / and /es/.
This replaces it with the clinic's home page and the pages every clinic needs, sets
the Clinic details the header, footer and outage page show, and points the Site at
SITE_URL. Safe to run again: it finds before it creates and never overwrites an edit.
"""

import json

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from booking.models import BookingPage, ContactPage, PrivacyPage
from core import phone as phones
from core.models import ClinicSettings
from core.siteurl import apply_site_url
from faq.models import FAQIndexPage
from home.models import HomePage
from locations.models import LocationIndexPage
from patients.models import NewPatientsPage
from practitioners.models import PractitionerIndexPage
from technique.models import TechniqueIndexPage

THANK_YOU = "<p>Thank you. We reply within one working day to agree a time with you.</p>"

# Live from the start: a patient can book, write and read the privacy notice.
LIVE = [
    (BookingPage, "book", {"title": "Book an appointment", "thank_you": THANK_YOU}),
    (ContactPage, "contact", {"title": "Contact us", "thank_you": THANK_YOU}),
]
# Drafts until the clinic has written them: an empty listing helps no patient.
DRAFTS = [
    (TechniqueIndexPage, "techniques", {"title": "Techniques"}),
    (PractitionerIndexPage, "practitioners", {"title": "Our chiropractors"}),
    (LocationIndexPage, "locations", {"title": "Locations"}),
    (NewPatientsPage, "new-patients", {"title": "New patients"}),
    (FAQIndexPage, "faq", {"title": "Questions"}),
]


class Command(BaseCommand):
    help = (
        "Build a new clinic's starting pages (home, booking, contact, privacy live; techniques, "
        "practitioners, locations, new patients and FAQ as drafts) and its Clinic details."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="the clinic's name as patients know it")
        parser.add_argument("--phone", required=True, help="the number patients call")

    @transaction.atomic
    def handle(self, *args, name, phone, **options):
        if not phones.is_plausible(phone):
            raise CommandError(f"{phone!r} is not a number patients can dial.")
        home = _ensure_home(name)
        site = _ensure_site(home, name)
        clinic = _ensure_clinic(site, name, phone)
        for model, slug, fields in LIVE:
            _ensure_child(home, model, slug, live=True, **fields)
        _ensure_child(home, PrivacyPage, "privacy", live=True, **_privacy_notice())
        for model, slug, fields in DRAFTS:
            _ensure_child(home, model, slug, live=False, **fields)
        booking = BookingPage.objects.child_of(home).first()
        if clinic.booking_page_id is None:
            clinic.booking_page = booking
            clinic.save(update_fields=["booking_page"])
        self.stdout.write(
            self.style.SUCCESS(
                f"{name} is live at {site.root_url}/; fill in the drafts in the admin."
            )
        )


def _ensure_home(name):
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's migration leaves a placeholder welcome page (its default Site goes with it).
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    home = root.add_child(instance=HomePage(title=name, slug="home", hero_heading=name))
    home.save_revision().publish()
    return home


def _ensure_site(home, name):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80, site_name=name)
    if site.root_page_id != home.id:
        site.root_page = home
        site.save()
    try:
        apply_site_url(site)
    except ImproperlyConfigured as error:
        raise CommandError(str(error)) from error
    return site


def _ensure_clinic(site, name, number):
    clinic = ClinicSettings.objects.filter(site=site).first() or ClinicSettings(site=site)
    if not clinic.name:
        clinic.name, clinic.phone = name, number
        try:
            clinic.full_clean(exclude=["site"])
        except ValidationError as error:
            raise CommandError(str(error)) from error
        clinic.save()
    return clinic


def _ensure_child(parent, model, slug, live, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, live=live, **fields))
    revision = page.save_revision()
    if live:
        revision.publish()
    return page


def _privacy_notice():
    days = settings.BOOKING_RETENTION_DAYS
    text = (
        "<p>We use what you send through our booking and contact forms only to reply to you "
        f"and arrange your care. We delete requests after {days} days. We never sell or "
        "share them. Ask the front desk to see or delete yours.</p>"
    )
    return {
        "title": "Privacy notice",
        "intro_plain": "How we handle what you send us.",
        "body": json.dumps([{"type": "rich_text", "value": text}]),
    }
