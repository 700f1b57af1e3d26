"""Small page trees built from the apps' factories: only what a test needs, in milliseconds.

site = build_site()
sot = add_sot(TechniqueIndexPageFactory(parent=site.root_page))
"""

import json
from datetime import time

from wagtail.models import Page, Site
from wagtailseo.models import SeoSettings

from booking.factories import BookingPageFactory, ContactPageFactory, PrivacyPageFactory
from booking.models import BookingPage, ContactPage, PrivacyPage
from core.factories import ClinicSettingsFactory
from core.siteurl import apply_site_url
from demo.site import SOT_SLUG
from faq.factories import FAQFactory
from home.factories import HomePageFactory
from technique.factories import TechniquePageFactory
from technique.models import TechniqueIndexPage
from tests.jsonld import snippet_block

CLINIC_HOURS = [
    ("Monday", time(8, 30), time(18, 0)),
    ("Tuesday", time(8, 30), time(18, 0)),
    ("Wednesday", time(10, 0), time(19, 0)),
    ("Thursday", time(8, 30), time(18, 0)),
    ("Friday", time(8, 30), time(15, 0)),
]
REQUEST_PAGES = (BookingPage, ContactPage, PrivacyPage)
SOT_TITLE = "Sacro Occipital Technique (SOT)"
SOT_SAFE = "Is SOT safe for sensitive patients?"


def build_site(**clinic):
    """The default Site rooted at a live home page, with the clinic's details set."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Home")
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.site_name = clinic.get("name", "Test Clinic")
    site.save()
    # Wagtail's migration leaves a welcome page; deleted only now, as the Site cascades from it.
    welcome.delete()
    apply_site_url(site)
    # Created here, as seed_demo does, rather than by the first visitor, whose view would
    # then purge every cached page.
    SeoSettings.for_site(site)
    hours = [
        ("hours", {"weekday": day, "opens": opens, "closes": closes})
        for day, opens, closes in CLINIC_HOURS
    ]
    ClinicSettingsFactory(site=site, opening_hours=hours, **clinic)
    return site


def add_sot(index):
    """The SOT page, whose FAQ block shows a reusable question marked up on it."""
    safe = FAQFactory(
        question=SOT_SAFE,
        answer="<p>Yes. SOT uses gravity and padded blocks rather than a thrust.</p>",
        anchor="is-sot-safe",
        category=SOT_TITLE,
    )
    page = TechniquePageFactory(
        parent=index,
        title=SOT_TITLE,
        slug=SOT_SLUG,
        summary="A gentle technique that uses padded blocks and gravity to level the pelvis.",
        search_description=(
            "Sacro Occipital Technique (SOT): gentle pelvic blocking that uses gravity "
            "instead of a thrust. Learn how it works."
        ),
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "How it works", "level": "h2"}},
                snippet_block("SOT questions", [safe]),
            ]
        ),
    )
    safe.marked_up_on = page
    safe.save()
    return page


def add_technique(slug, body):
    """A published technique page with the given stored body, under the technique index."""
    page = TechniquePageFactory.build(
        title=slug.title(), slug=slug, summary="A gentle technique.", body=json.dumps(body)
    )
    TechniqueIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def add_request_pages(home, clinic):
    """Booking, contact and privacy pages, the booking page chosen in the clinic's details."""
    privacy = PrivacyPageFactory(parent=home)
    booking = BookingPageFactory(parent=home)
    contact = ContactPageFactory(parent=home)
    clinic.booking_page = booking
    clinic.save(update_fields=["booking_page"])
    return booking, contact, privacy


def add_one_page_of_each_kind(home, sot):
    """A page of every public type, at the addresses demo.public_pages names."""
    from faq.factories import FAQIndexPageFactory
    from locations.factories import LocationIndexPageFactory, LocationPageFactory
    from patients.factories import NewPatientsPageFactory
    from practitioners.factories import PractitionerIndexPageFactory, PractitionerPageFactory

    team = PractitionerIndexPageFactory(parent=home)
    places = LocationIndexPageFactory(parent=home)
    location = LocationPageFactory(parent=places, slug="harbour-road", title="Harbour Road clinic")
    person = PractitionerPageFactory(parent=team, slug="dr-maya-okafor", title="Dr. Maya Okafor")
    person.techniques = [sot]
    person.save_revision().publish()
    pages = [team, places, location, NewPatientsPageFactory(parent=home)]
    pages.append(FAQIndexPageFactory(parent=home))
    pages += add_condition_and_statement(home, sot)
    publish(home, sot, sot.get_parent(), *pages, *home.get_children().type(*REQUEST_PAGES))
    return location, person


def add_condition_and_statement(home, sot):
    """The conditions index, sciatica (treated by SOT) and the accessibility statement."""
    from conditions.factories import ConditionIndexPageFactory, ConditionPageFactory
    from trust.factories import AccessibilityStatementPageFactory

    conditions = ConditionIndexPageFactory(parent=home)
    sciatica = ConditionPageFactory(parent=conditions, slug="sciatica", title="Sciatica")
    sciatica.treatments = [sot]
    return [conditions, sciatica, AccessibilityStatementPageFactory(parent=home)]


def publish(*pages):
    """Publish a revision of each page, as an editor would: a factory page is live without
    one, so it has no publication date for the sitemap's lastmod."""
    for page in pages:
        page.specific.save_revision().publish()
