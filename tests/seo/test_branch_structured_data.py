"""The clinic's hours are given once, with their closures: by each branch where there are
branch pages, by the organisation where there are none. A practitioner has an address."""

import pytest

from locations.models import LocationPage
from practitioners.models import PractitionerPage
from tests.jsonld import graph_nodes, nodes_of_type

pytestmark = pytest.mark.django_db


def by_id(nodes):
    return {node["@id"]: node for node in nodes}


def test_home_names_its_branches_and_leaves_their_hours_to_them(client, bilingual_site):
    for home, locale in (("/", "en"), ("/es/", "es")):
        org = next(
            node
            for node in graph_nodes(client.get(home).content.decode())
            if node["@id"].endswith("#organization")
        )
        assert "openingHoursSpecification" not in org
        branches = LocationPage.objects.live().filter(locale__language_code=locale)
        expected = {page.get_full_url() + "#clinic" for page in branches}
        assert {dep["@id"] for dep in org["department"]} == expected
        for page in branches:
            nodes = by_id(graph_nodes(client.get(page.url).content.decode()))
            branch = nodes[page.get_full_url() + "#clinic"]
            assert branch["openingHoursSpecification"]
            if page.upcoming_special_hours:
                assert branch["specialOpeningHoursSpecification"]


def test_a_clinic_without_branch_pages_gives_its_hours_on_home(client, home, clinic):
    assert not LocationPage.objects.exists()
    (org,) = [
        node
        for node in graph_nodes(client.get("/").content.decode())
        if node["@id"].endswith("#organization")
    ]
    assert org["openingHoursSpecification"] and "department" not in org


def test_each_physician_has_the_address_of_their_main_location(client, bilingual_site):
    for person in PractitionerPage.objects.live():
        (node,) = nodes_of_type(client.get(person.url).content.decode(), "Physician")
        main = person.live_clinic_days[0].location
        address = node["address"]
        assert address["@type"] == "PostalAddress"
        assert address["streetAddress"] == main.street_address
        assert address["postalCode"] == main.postal_code
        assert address["addressLocality"] == main.locality


def test_a_physician_with_no_clinic_days_has_the_clinic_address(client, home, clinic):
    from practitioners.factories import PractitionerIndexPageFactory, PractitionerPageFactory

    index = PractitionerIndexPageFactory(parent=home)
    person = PractitionerPageFactory(parent=index)
    (node,) = nodes_of_type(client.get(person.url).content.decode(), "Physician")
    assert node["address"]["streetAddress"] == clinic.street_address
