"""Every demo page's JSON-LD parses, has what Google and schema.org require, and tells the truth."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.html import text
from tests.jsonld import SOT_URL, graph_nodes, ld_scripts, nodes_of_type

pytestmark = pytest.mark.django_db

TIME = re.compile(r"^\d\d:\d\d$")
DAY = re.compile(r"^https://schema\.org/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def check_org(node, root):
    assert node["@type"] in {"MedicalClinic", "MedicalBusiness"}
    assert node["@id"] == root + "#organization"
    assert node["name"] and node["url"] == root
    assert node["telephone"].startswith("+")
    address = node["address"]
    assert address["@type"] == "PostalAddress"
    for key in ("streetAddress", "addressLocality", "postalCode", "addressCountry"):
        assert address[key]
    # The demo clinic has branch pages: their nodes give the hours, with closures.
    assert "openingHoursSpecification" not in node
    assert node["department"] and all(dep["@id"].endswith("#clinic") for dep in node["department"])
    for spec in node.get("openingHoursSpecification", []):
        assert spec["@type"] == "OpeningHoursSpecification"
        assert DAY.match(spec["dayOfWeek"])
        assert TIME.match(spec["opens"]) and TIME.match(spec["closes"])
        assert spec["opens"] < spec["closes"]


def check_breadcrumbs(node, page_url):
    items = node["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert len(items) >= 2
    for item in items:
        assert item["@type"] == "ListItem" and item["name"]
        assert item["item"].startswith("http://")
    assert items[-1]["item"] == page_url


def check_faq_page(node):
    assert node["mainEntity"]
    for question in node["mainEntity"]:
        assert question["@type"] == "Question" and question["name"]
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert text(BeautifulSoup(question["acceptedAnswer"]["text"], "html.parser"))


def demo_paths():
    return [page.url for page in Page.objects.live().filter(depth__gte=2).specific()]


def test_every_demo_page_has_one_valid_graph(client, demo_site):
    root = demo_site.root_url + "/"
    for path in demo_paths():
        html = client.get(path).content.decode()
        assert len(ld_scripts(html)) == 1, path
        nodes = graph_nodes(html)
        page_url = root + path.lstrip("/")
        ids = {node["@id"] for node in nodes}
        assert len(ids) == len(nodes), f"{path}: duplicate @id"
        assert len(nodes_of_type(html, "FAQPage")) <= 1, path
        webpage = next((n for n in nodes if n["@id"] == page_url + "#webpage"), None)
        assert webpage, (path, sorted(ids))
        assert webpage["url"] == page_url and webpage["name"] and webpage["description"]
        assert webpage["publisher"] == {"@id": root + "#organization"}
        if path == "/":
            check_org(nodes_of_type(html, "MedicalClinic")[0], root)
            website = nodes_of_type(html, "WebSite")[0]
            assert website["url"] == root and website["name"]
            assert not nodes_of_type(html, "BreadcrumbList")
        else:
            org_id = root + "#organization"
            assert org_id not in ids, "organisation only in full on home"
            # A location is a branch of the organisation, which it names by @id.
            for branch in nodes_of_type(html, "MedicalClinic"):
                assert branch["parentOrganization"] == {"@id": org_id}
            assert not nodes_of_type(html, "WebSite")
            check_breadcrumbs(nodes_of_type(html, "BreadcrumbList")[0], page_url)
        for faq in nodes_of_type(html, "FAQPage"):
            check_faq_page(faq)


def test_technique_page_is_a_medical_web_page_about_a_chiropractic_therapy(client, demo_site):
    html = client.get(SOT_URL).content.decode()
    (webpage,) = nodes_of_type(html, "MedicalWebPage")
    therapy = webpage["about"]
    assert therapy["@type"] == "MedicalTherapy"
    assert therapy["medicineSystem"] == "https://schema.org/Chiropractic"
    assert therapy["name"] == "Sacro Occipital Technique (SOT)"
    assert therapy["description"].startswith("Sacro Occipital Technique (SOT) is a gentle")
    crumbs = nodes_of_type(html, "BreadcrumbList")[0]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Home", "Techniques", "Sacro Occipital Technique (SOT)"]


def visible_questions(html):
    soup = BeautifulSoup(html, "html.parser")
    return {
        text(details.summary): text(details.select_one(".faq__answer"))
        for details in soup.select("details.faq__item")
    }


@pytest.mark.parametrize("path", [SOT_URL, "/faq/"])
def test_faq_markup_says_what_the_page_shows(client, demo_site, path):
    html = client.get(path).content.decode()
    (faq,) = nodes_of_type(html, "FAQPage")
    shown = visible_questions(html)
    for question in faq["mainEntity"]:
        answer = text(BeautifulSoup(question["acceptedAnswer"]["text"], "html.parser"))
        assert shown[question["name"]] == answer
        anchor = question["url"].split("#")[1]
        assert BeautifulSoup(html, "html.parser").find(id=anchor).name == "details"


def test_organisation_is_referenced_not_repeated(client, demo_site):
    home = client.get("/").content.decode()
    (org,) = nodes_of_type(home, "MedicalClinic")
    sot = graph_nodes(client.get(SOT_URL).content.decode())
    references = [n["publisher"] for n in sot if "publisher" in n]
    assert references == [{"@id": org["@id"]}]
