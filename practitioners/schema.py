"""A practitioner's ``Physician`` node, a member of the clinic named by its ``@id``."""

from locations.schema import clinic_id, location_address
from seo.structured_data import clinic_address

# The closest schema.org MedicalSpecialty member to chiropractic care.
SPECIALTY = "https://schema.org/Musculoskeletal"


def physician_id(page, graph):
    return graph.url_of(page) + "#physician"


def physician_node(page, graph):
    node = {
        "@type": "Physician",
        "@id": physician_id(page, graph),
        "name": page.title,
        "url": graph.url_of(page),
        "description": page.summary,
        # The clinic first, then each professional body they belong to.
        "memberOf": [
            {"@id": graph.org_id},
            *({"@type": "Organization", "name": name} for name in page.membership_list),
        ],
        "medicalSpecialty": SPECIALTY,
        "isAcceptingNewPatients": page.accepting_new_patients,
        "knowsLanguage": page.language_list,
        "knowsAbout": [technique.title for technique in page.live_techniques],
        "hasCredential": [
            {"@type": "EducationalOccupationalCredential", "name": name}
            for name in page.qualification_list or [page.credentials]
        ],
    }
    if page.photo:
        node["image"] = graph.image_url(page.photo)
    days = page.live_clinic_days
    locations = [{"@id": clinic_id(day.location, graph)} for day in days]
    if locations:
        node["location"] = locations
    # Google asks a LocalBusiness (a Physician is one) for an address: where they mostly
    # work, the first of their clinic days, or the clinic's own.
    node["address"] = location_address(days[0].location) if days else clinic_address(graph.clinic)
    telephone = graph.clinic.phone_e164
    if telephone:
        node["telephone"] = telephone
    return {key: value for key, value in node.items() if value not in ("", [], None)}
