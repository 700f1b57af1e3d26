"""Every JSON-LD node on the demo site uses schema.org terms we have checked by hand.

The allow-list holds, for each type we emit, the properties whose schema.org domain includes
that type (directly or through a supertype), as listed on schema.org. Enumeration members
must be written as URLs, which is how they expand to schema.org terms.
"""

import pytest
from wagtail.models import Page

from tests.jsonld import graph_nodes

pytestmark = pytest.mark.django_db

THING = {"@type", "@id", "name", "url", "description", "image", "sameAs", "alternateName"}
CREATIVE_WORK = THING | {
    "about", "isPartOf", "publisher", "dateModified", "mainEntity", "inLanguage",
}  # fmt: skip
WEB_PAGE = CREATIVE_WORK | {"breadcrumb", "lastReviewed", "reviewedBy"}
ORGANIZATION = THING | {
    "logo", "telephone", "email", "address", "parentOrganization", "memberOf",
    "knowsAbout", "knowsLanguage", "hasCredential", "location", "department",
}  # fmt: skip
# Physician and MedicalClinic are both a MedicalOrganization and a LocalBusiness (so a Place).
MEDICAL_BUSINESS = ORGANIZATION | {
    "openingHoursSpecification", "specialOpeningHoursSpecification", "geo",
    "medicalSpecialty", "isAcceptingNewPatients",
}  # fmt: skip
ALLOWED = {
    "MedicalClinic": MEDICAL_BUSINESS,
    "Physician": MEDICAL_BUSINESS,
    "WebSite": CREATIVE_WORK,
    "WebPage": WEB_PAGE,
    "MedicalWebPage": WEB_PAGE,
    "ProfilePage": WEB_PAGE,
    "FAQPage": WEB_PAGE,
    "BreadcrumbList": THING | {"itemListElement"},
    "ListItem": THING | {"position", "item"},
    "Question": CREATIVE_WORK | {"acceptedAnswer"},
    "Answer": CREATIVE_WORK | {"text"},
    "MedicalTherapy": THING | {"medicineSystem"},
    "MedicalCondition": THING | {"possibleTreatment", "relevantSpecialty"},
    "Organization": THING,
    "PostalAddress": THING
    | {"streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"},
    "GeoCoordinates": THING | {"latitude", "longitude"},
    "OpeningHoursSpecification": THING
    | {"dayOfWeek", "opens", "closes", "validFrom", "validThrough"},
    "EducationalOccupationalCredential": THING,
}
SCHEMA = "https://schema.org/"
ENUMERATIONS = {
    "dayOfWeek": {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "PublicHolidays",
    },
    "medicineSystem": {
        "Ayurvedic", "Chiropractic", "Homeopathic", "Osteopathic", "TraditionalChinese",
        "WesternConventional",
    },
    "medicalSpecialty": {"Musculoskeletal", "Physiotherapy", "PrimaryCare", "Neurologic"},
    "relevantSpecialty": {"Musculoskeletal", "Physiotherapy", "PrimaryCare", "Neurologic"},
}  # fmt: skip


def typed_nodes(value):
    """Every dict with a @type, however deeply nested."""
    if isinstance(value, dict):
        if "@type" in value:
            yield value
        for child in value.values():
            yield from typed_nodes(child)
    elif isinstance(value, list):
        for child in value:
            yield from typed_nodes(child)


def test_demo_markup_uses_only_known_types_properties_and_members(client, demo_site):
    seen_types = set()
    for page in Page.objects.live().filter(depth__gte=2).specific():
        for node in typed_nodes(graph_nodes(client.get(page.url).content.decode())):
            kind = node["@type"]
            assert kind in ALLOWED, (page.url, kind)
            unknown = set(node) - ALLOWED[kind]
            assert not unknown, (page.url, kind, unknown)
            seen_types.add(kind)
            for key, members in ENUMERATIONS.items():
                if key in node:
                    values = node[key] if isinstance(node[key], list) else [node[key]]
                    for value in values:
                        assert value.startswith(SCHEMA), (page.url, key, value)
                        assert value.removeprefix(SCHEMA) in members, (page.url, key, value)
    # The demo shows every kind of page: if one stops emitting its node, this test says so.
    assert {
        "Physician", "MedicalClinic", "MedicalTherapy", "ProfilePage", "FAQPage",
        "MedicalCondition", "Organization",
    } <= seen_types  # fmt: skip
