"""Condition pages: what they are about in JSON-LD, and the links between them and techniques."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from conditions.models import ConditionIndexPage, ConditionPage
from home.models import HomePage
from tests.html import soup, text
from tests.jsonld import nodes_of_type

pytestmark = pytest.mark.django_db


def test_the_editor_can_build_conditions_under_home_only():
    case = WagtailPageTestCase()
    case.assertAllowedSubpageTypes(ConditionIndexPage, {ConditionPage})
    case.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
    case.assertAllowedParentPageTypes(ConditionPage, {ConditionIndexPage})


def test_a_condition_is_a_medical_condition_treated_by_its_techniques(client, sciatica):
    technique = sciatica.treatments.get()
    html = client.get(sciatica.url).content.decode()
    (webpage,) = nodes_of_type(html, "MedicalWebPage")
    condition = webpage["about"]
    assert condition["@type"] == "MedicalCondition"
    assert condition["name"] == "Sciatica"
    assert condition["relevantSpecialty"] == "https://schema.org/Musculoskeletal"
    (therapy,) = condition["possibleTreatment"]
    # The same node the technique page says it is about.
    (technique_page,) = nodes_of_type(client.get(technique.url).content.decode(), "MedicalWebPage")
    assert therapy["@id"] == technique_page["about"]["@id"]
    assert technique_page["about"]["medicineSystem"] == "https://schema.org/Chiropractic"


def test_the_condition_and_its_techniques_link_each_other(client, sciatica):
    technique = sciatica.treatments.get()
    condition_page = soup(client.get(sciatica.url))
    treatments = condition_page.select("section.treatments a")
    assert [text(a) for a in treatments] == [technique.title]
    technique_page = soup(client.get(technique.url))
    addressed = technique_page.select("section.conditions-addressed a")
    assert [(text(a), a["href"]) for a in addressed] == [("Sciatica", sciatica.url)]


def test_an_unpublished_condition_is_not_linked_from_its_techniques(client, sciatica):
    technique = sciatica.treatments.get()
    sciatica.unpublish()
    assert not soup(client.get(technique.url)).select("section.conditions-addressed")


def test_the_conditions_index_lists_each_condition_in_the_menu(client, demo_site):
    home = soup(client.get("/"))
    menu = [text(a) for a in home.select("header nav a")]
    assert "Conditions we treat" in menu
    index = soup(client.get("/conditions/"))
    listed = [text(a) for a in index.select("main .card__title a")]
    assert listed == ["Low back pain", "Sciatica", "Tension headaches"]


@pytest.mark.parametrize("slug", ["low-back-pain", "sciatica", "tension-headaches"])
def test_each_demo_condition_has_red_flags_and_no_cure_claim(client, demo_site, slug):
    page = soup(client.get(f"/conditions/{slug}/"))
    headings = [text(h) for h in page.select("main h2")]
    assert "When to see a doctor instead" in headings
    words = text(page.find("main")).lower()
    assert "911" in words
    assert "everyone responds differently" in words
    assert not {"cure", "cures", "cured", "guarantee"} & set(words.replace(",", " ").split())
