"""A location's ``MedicalClinic`` node: a branch of the clinic, named by its ``@id``."""

from seo.structured_data import opening_hours_specs, postal_address


def clinic_id(page, graph):
    return graph.url_of(page) + "#clinic"


def location_address(page):
    return postal_address(
        {
            "streetAddress": page.street_address,
            "addressLocality": page.locality,
            "addressRegion": page.region,
            "postalCode": page.postal_code,
            "addressCountry": page.country,
        }
    )


def clinic_node(page, graph):
    node = {
        "@type": "MedicalClinic",
        "@id": clinic_id(page, graph),
        "name": page.title,
        "url": graph.url_of(page),
        "parentOrganization": {"@id": graph.org_id},
        "address": location_address(page),
    }
    telephone = page.phone_e164 or graph.clinic.phone_e164
    if telephone:
        node["telephone"] = telephone
    if page.has_geo:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    hours = opening_hours_specs(page.opening_hours)
    if hours:
        node["openingHoursSpecification"] = hours
    special = [_special(entry) for entry in page.upcoming_special_hours]
    if special:
        node["specialOpeningHoursSpecification"] = special
    return node


def _special(entry):
    # Google's documented form for a closed day: opens and closes both at midnight.
    return {
        "@type": "OpeningHoursSpecification",
        "name": entry.label,
        "validFrom": entry.start_date.isoformat(),
        "validThrough": entry.last_day.isoformat(),
        "opens": "00:00" if entry.closed else entry.opens.strftime("%H:%M"),
        "closes": "00:00" if entry.closed else entry.closes.strftime("%H:%M"),
    }
