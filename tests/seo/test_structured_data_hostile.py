"""No editor-supplied string can end a script element, open a comment or break the JSON."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtailseo.models import SeoSettings

from core.models import ClinicSettings
from faq.models import FAQ
from technique.models import TechniquePage
from tests.html import text
from tests.jsonld import HOSTILE, SOT_URL, all_strings, graph_nodes, ld_scripts

pytestmark = pytest.mark.django_db


def sot():
    return TechniquePage.objects.get(slug="sacro-occipital-technique")


def set_page(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def set_settings(model, site, **fields):
    settings = model.for_site(site)
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()


def set_sot_faq(**fields):
    faq = FAQ.objects.get(anchor="is-sot-safe")
    for name, value in fields.items():
        setattr(faq, name, value)
    faq.save()


ESCAPED = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

CASES = {
    "page title": (SOT_URL, lambda site: set_page(sot(), title=HOSTILE)),
    "seo title": (SOT_URL, lambda site: set_page(sot(), seo_title=HOSTILE)),
    "seo description": (SOT_URL, lambda site: set_page(sot(), search_description=HOSTILE)),
    "question": (SOT_URL, lambda site: set_sot_faq(question=HOSTILE)),
    "answer": (SOT_URL, lambda site: set_sot_faq(answer=f"<p>{ESCAPED}</p>")),
    "clinic name": ("/", lambda site: set_settings(ClinicSettings, site, name=HOSTILE)),
    "clinic address": (
        "/",
        lambda site: set_settings(ClinicSettings, site, street_address=HOSTILE),
    ),
}


def hostile_survives(html):
    soup = BeautifulSoup(html, "html.parser")
    in_json = any(HOSTILE in s for n in graph_nodes(html) for s in all_strings(n))
    in_answer = any(
        HOSTILE in text(BeautifulSoup(s, "html.parser"))
        for n in graph_nodes(html)
        for s in all_strings(n)
    )
    in_title = soup.title.string == HOSTILE
    return in_json or in_answer or in_title


@pytest.mark.parametrize("case", CASES)
def test_hostile_value_stays_inside_its_script(
    client, site, sot_page, case, django_capture_on_commit_callbacks
):
    path, apply = CASES[case]
    expected = len(BeautifulSoup(client.get(path).content, "html.parser").find_all("script"))
    # Committed, as the admin's save is: what page views keep is refreshed then.
    with django_capture_on_commit_callbacks(execute=True):
        apply(site)

    html = client.get(path).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("script")) == expected
    assert len(ld_scripts(html)) == 1
    for script in ld_scripts(html):
        assert "<" not in script.string and ">" not in script.string
        assert "&" not in script.string
    assert hostile_survives(html), f"{case}: the value did not round-trip"


def test_wagtail_seo_organisation_fields_are_not_a_second_source(client, site):
    """The clinic's details come from Clinic details only; wagtail-seo's own organisation
    fields (hidden from its settings form) change nothing a search engine reads."""
    set_settings(
        SeoSettings,
        site,
        struct_org_type="Dentist",
        struct_org_name=HOSTILE,
        struct_org_phone="+1 000 000 0000",
        struct_org_address_street=HOSTILE,
        struct_org_extra_json=json.dumps({"slogan": HOSTILE}),
    )
    clinic = ClinicSettings.for_site(site)
    html = client.get("/").content.decode()
    (organisation,) = [node for node in graph_nodes(html) if node["@id"].endswith("#organization")]
    assert organisation["@type"] == "MedicalClinic"
    assert organisation["name"] == clinic.name
    assert organisation["telephone"] == clinic.phone_e164
    assert organisation["address"]["streetAddress"] == clinic.street_address
    assert HOSTILE not in list(all_strings(graph_nodes(html)))
