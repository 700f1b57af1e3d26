"""Practitioner pages: where they live, how an editor builds one, what patients and crawlers see."""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from locations.models import LocationPage
from practitioners.factories import PractitionerIndexPageFactory, PractitionerPageFactory
from practitioners.models import PractitionerIndexPage, PractitionerPage
from technique.models import TechniquePage
from tests.html import soup, text
from tests.jsonld import SOT_URL, nodes_of_type


class PractitionerTreeTests(WagtailPageTestCase):
    def test_index_under_home_and_people_under_the_index(self):
        self.assertCanCreateAt(HomePage, PractitionerIndexPage)
        self.assertAllowedParentPageTypes(PractitionerIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PractitionerIndexPage, {PractitionerPage})
        self.assertCanCreateAt(PractitionerIndexPage, PractitionerPage)
        self.assertCanNotCreateAt(HomePage, PractitionerPage)
        self.assertAllowedSubpageTypes(PractitionerPage, set())


@pytest.fixture
def editor_client(client, django_user_model, practitioner_index, sot_page, hillside):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editor_adds_a_practitioner_who_then_appears_on_the_technique_page(editor_client):
    index = PractitionerIndexPage.objects.get()
    sot = TechniquePage.objects.get(url_path__endswith="/sacro-occipital-technique/")
    hillside = LocationPage.objects.get(slug="hillside")
    data = nested_form_data(
        {
            "title": "Dr. Ada Lee",
            "slug": "dr-ada-lee",
            "credentials": "DC",
            "summary": "Ada sees families and runners.",
            "biography": rich_text("<p>Ada trained in Toronto.</p>"),
            "languages": "English, Korean",
            "accepting_new_patients": "on",
            "photo_alt": "",
            "qualifications": "",
            "clinic_days": inline_formset([{"location": hillside.pk, "days": "Fridays"}]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    data["techniques"] = [sot.pk]
    url = reverse("wagtailadmin_pages:add", args=("practitioners", "practitionerpage", index.pk))
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    page = soup(editor_client.get("/practitioners/dr-ada-lee/"))
    assert text(page.find("h1")) == "Dr. Ada Lee"
    assert [a["href"] for a in page.select("main .chip")] == [SOT_URL]
    assert page.select_one("main .where li").get_text() == "Hillside clinic: Fridays"

    offered = soup(editor_client.get(SOT_URL)).select(".offered-by .card__title a")
    assert "/practitioners/dr-ada-lee/" in [a["href"] for a in offered]


@pytest.mark.django_db
def test_admin_preview_of_a_new_practitioner_shows_their_techniques(editor_client):
    index = PractitionerIndexPage.objects.get()
    sot = TechniquePage.objects.get(url_path__endswith="/sacro-occipital-technique/")
    data = nested_form_data(
        {
            "title": "Dr. Preview",
            "slug": "dr-preview",
            "credentials": "DC",
            "summary": "Not saved yet.",
            "biography": rich_text("<p>Draft.</p>"),
            "languages": "English",
            "clinic_days": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["techniques"] = [sot.pk]
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("practitioners", "practitionerpage", index.pk)
    )
    assert editor_client.post(url, data).json()["is_valid"]
    html = editor_client.get(url).content.decode()
    (physician,) = nodes_of_type(html, "Physician")
    assert physician["knowsAbout"] == ["Sacro Occipital Technique (SOT)"]


@pytest.mark.django_db
def test_sot_page_links_to_its_practitioners(client, team):
    offered = soup(client.get(SOT_URL)).select(".offered-by .card__title a")
    hrefs = [a["href"] for a in offered]
    assert hrefs == ["/practitioners/dr-maya-okafor/", "/practitioners/dr-tomas-lindqvist/"]
    for href in hrefs:
        assert client.get(href).status_code == 200


@pytest.mark.django_db
def test_physician_markup_is_tied_to_the_clinic(client, site, team):
    root = site.root_url + "/"
    html = client.get("/practitioners/dr-maya-okafor/").content.decode()
    (physician,) = nodes_of_type(html, "Physician")
    assert physician["name"] == "Dr. Maya Okafor"
    assert physician["memberOf"][0] == {"@id": root + "#organization"}
    assert physician["medicalSpecialty"] == "https://schema.org/Musculoskeletal"
    assert physician["knowsAbout"] == ["Sacro Occipital Technique (SOT)", "Flexion-Distraction"]
    assert physician["knowsLanguage"] == ["English", "Spanish"]
    assert physician["isAcceptingNewPatients"] is True
    assert {"@id": root + "locations/harbour-road/#clinic"} in physician["location"]
    (profile,) = nodes_of_type(html, "ProfilePage")
    assert profile["about"] == {"@id": physician["@id"]}


@pytest.mark.django_db
def test_a_practitioner_not_taking_patients_says_so(client, practitioner_index):
    index = practitioner_index
    PractitionerPageFactory(parent=index, slug="dr-busy", accepting_new_patients=False)
    page = soup(client.get("/practitioners/dr-busy/"))
    assert text(page.select_one("main .badge")) == "Not taking new patients at present"
    (physician,) = nodes_of_type(str(page), "Physician")
    assert physician["isAcceptingNewPatients"] is False


@pytest.mark.django_db
def test_index_lists_only_live_practitioners(client, practitioner_index, team):
    index = practitioner_index
    draft = PractitionerPageFactory(parent=index, slug="dr-draft", title="Dr. Draft")
    draft.unpublish()
    titles = [text(a) for a in soup(client.get("/practitioners/")).select(".card__title a")]
    assert titles == ["Dr. Maya Okafor", "Dr. Tomas Lindqvist"]


def test_factory_builds_a_tree(db):
    from wagtail.models import Page

    from home.factories import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node())
    person = PractitionerPageFactory(parent=PractitionerIndexPageFactory(parent=home))
    assert person.get_parent().specific_class is PractitionerIndexPage


@pytest.mark.django_db
def test_credentials_and_memberships_are_shown_and_marked_up(client, site, team):
    maya, _tomas = team
    maya.qualifications = "Doctor of Chiropractic (DC), 2009\nWebster Technique certificate"
    maya.memberships = "American Chiropractic Association\nFlorida Chiropractic Association"
    maya.save_revision().publish()
    response = client.get("/practitioners/dr-maya-okafor/")
    facts = {
        text(item.find("dt")): [text(li) for li in item.select("dd li")]
        for item in soup(response).select(".facts__item")
    }
    memberships = ["American Chiropractic Association", "Florida Chiropractic Association"]
    assert facts["Memberships"] == memberships
    (physician,) = nodes_of_type(response.content.decode(), "Physician")
    assert physician["memberOf"][1:] == [
        {"@type": "Organization", "name": name} for name in memberships
    ]
    credentials = [credential["name"] for credential in physician["hasCredential"]]
    assert credentials == facts["Qualifications"]
    assert {c["@type"] for c in physician["hasCredential"]} == {"EducationalOccupationalCredential"}
