"""Location pages: address, hours, holiday hours in the clinic's time zone, map links, markup."""

from datetime import time, timedelta
from urllib.parse import urlparse

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from locations.factories import SpecialHoursFactory
from locations.models import LocationIndexPage, LocationPage, SpecialHours
from tests.html import soup, text
from tests.jsonld import nodes_of_type

HARBOUR = "/locations/harbour-road/"


class LocationTreeTests(WagtailPageTestCase):
    def test_index_under_home_and_locations_under_the_index(self):
        self.assertCanCreateAt(HomePage, LocationIndexPage)
        self.assertAllowedSubpageTypes(LocationIndexPage, {LocationPage})
        self.assertCanCreateAt(LocationIndexPage, LocationPage)
        self.assertCanNotCreateAt(HomePage, LocationPage)
        self.assertAllowedSubpageTypes(LocationPage, set())


@pytest.fixture
def editor_client(client, django_user_model, location_index):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editor_adds_a_location_with_a_holiday_closure(editor_client):
    index = LocationIndexPage.objects.get()
    holiday = timezone.localdate() + timedelta(days=10)
    data = nested_form_data(
        {
            "title": "Dockside clinic",
            "slug": "dockside",
            "street_address": "1 Dock Street",
            "locality": "Fort Lauderdale",
            "country": "US",
            "phone": "(541) 555-0199",
            "latitude": "44.6",
            "longitude": "-124.1",
            "opening_hours": streamfield(
                [("hours", {"weekday": "Monday", "opens": "09:00", "closes": "17:00"})]
            ),
            "special_hours": inline_formset(
                [{"label": "Harbour festival", "start_date": holiday.isoformat(), "closed": "on"}]
            ),
            "directions": rich_text("<p>By the ferry.</p>"),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("locations", "locationpage", index.pk))
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    page = soup(editor_client.get("/locations/dockside/"))
    special = text(page.select_one("#special-hours").parent)
    assert "Harbour festival" in special and "Closed" in special
    assert page.select_one("main a[href^='tel:']")["href"] == "tel:+15415550199"
    footer_links = [a["href"] for a in page.select(".site-footer a")]
    assert "/locations/dockside/" in footer_links


@pytest.mark.django_db
def test_past_special_hours_stop_showing(client, harbour):
    location = harbour
    today = timezone.localdate()
    SpecialHoursFactory(page=location, label="Long gone", start_date=today - timedelta(days=3))
    SpecialHoursFactory(
        page=location,
        label="Ends today",
        start_date=today - timedelta(days=1),
        end_date=today,
    )
    page = soup(client.get(HARBOUR))
    shown = text(page.select_one("#special-hours").parent)
    assert "Long gone" not in shown
    assert "Ends today" in shown
    (branch,) = nodes_of_type(str(page), "MedicalClinic")
    names = [spec["name"] for spec in branch["specialOpeningHoursSpecification"]]
    assert "Long gone" not in names and "Ends today" in names


@pytest.mark.django_db
def test_branch_markup_names_the_organisation_by_id(client, site, harbour):
    root = site.root_url + "/"
    html = client.get(HARBOUR).content.decode()
    (branch,) = nodes_of_type(html, "MedicalClinic")
    assert branch["parentOrganization"] == {"@id": root + "#organization"}
    assert branch["address"]["streetAddress"] == "120 Harbour Road, Suite 4"
    assert branch["geo"] == {"@type": "GeoCoordinates", "latitude": 26.1197, "longitude": -80.1376}
    monday = branch["openingHoursSpecification"][0]
    assert monday["dayOfWeek"] == "https://schema.org/Monday"
    closures = [s for s in branch["specialOpeningHoursSpecification"] if s["opens"] == "00:00"]
    assert closures and all(s["closes"] == "00:00" and s["validFrom"] for s in closures)
    short = next(s for s in branch["specialOpeningHoursSpecification"] if s["opens"] != "00:00")
    assert (short["opens"], short["closes"]) == ("08:30", "13:00")


@pytest.mark.django_db
def test_map_and_directions_are_plain_links(client, harbour):
    page = soup(client.get(HARBOUR))
    hosts = {urlparse(a["href"]).hostname for a in page.select("main .location__links a")}
    assert hosts == {"www.google.com", "www.openstreetmap.org"}
    # Nothing on the page loads from another host before the visitor follows a link.
    for tag, attr in [("script", "src"), ("img", "src"), ("iframe", "src"), ("link", "href")]:
        for node in page.find_all(tag):
            if node.get(attr):
                assert urlparse(node[attr]).hostname in (None, "localhost", "testserver")


@pytest.mark.parametrize(
    "fields, field_in_error",
    [
        ({"closed": True, "opens": time(9)}, "closed"),
        ({"closed": False}, "opens"),
        ({"closed": False, "opens": time(12), "closes": time(9)}, "closes"),
        ({"closed": True, "end_date_offset": -1}, "end_date"),
    ],
)
def test_special_hours_must_make_sense(fields, field_in_error):
    start = timezone.localdate()
    offset = fields.pop("end_date_offset", None)
    entry = SpecialHours(label="Holiday", start_date=start, **fields)
    if offset is not None:
        entry.end_date = start + timedelta(days=offset)
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert field_in_error in error.value.message_dict
