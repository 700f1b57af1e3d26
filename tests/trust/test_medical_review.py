"""The medical review line, its JSON-LD, the editor's warning and the Due for review report."""

import datetime
from urllib.parse import urljoin

import pytest
from django.urls import reverse

from tests.html import soup, text
from tests.jsonld import nodes_of_type
from tests.trust.conftest import REVIEWED_ON
from trust.review import due_for_review

pytestmark = pytest.mark.django_db


def review_line(response):
    """(sentence, absolute link, datetime) of the visible "Medically reviewed by" line."""
    page = soup(response)
    (line,) = page.select("main .medical-review")
    link = line.find("a")
    sentence = " ".join(line.get_text().split())  # as read: no space added around the link
    return sentence, urljoin("http://localhost/", link["href"]), line.find("time")["datetime"]


def physician_id(client, url):
    (physician,) = nodes_of_type(client.get(url).content.decode(), "Physician")
    return physician["@id"]


@pytest.mark.parametrize("fixture", ["reviewed_technique", "sciatica"])
def test_the_markup_names_the_reviewer_and_date_the_page_shows(client, request, fixture):
    page = request.getfixturevalue(fixture)
    response = client.get(page.url)
    sentence, link, reviewed_on = review_line(response)
    assert sentence == "Medically reviewed by Dr. Maya Okafor, DC, on 3 March 2026"
    (webpage,) = nodes_of_type(response.content.decode(), "MedicalWebPage")
    assert webpage["lastReviewed"] == reviewed_on == "2026-03-03"
    # The reviewer's @id is the Physician node their own page writes, at the linked page.
    assert webpage["reviewedBy"] == {"@id": physician_id(client, link)}
    assert webpage["reviewedBy"]["@id"].startswith(link)


def test_a_page_without_a_review_shows_no_line_and_no_markup(client, sot_page):
    response = client.get(sot_page.url)
    assert not soup(response).select(".medical-review")
    (webpage,) = nodes_of_type(response.content.decode(), "MedicalWebPage")
    assert "reviewedBy" not in webpage and "lastReviewed" not in webpage


def test_a_reviewer_whose_page_is_unpublished_is_not_named(client, reviewed_technique, okafor):
    okafor.unpublish()
    response = client.get(reviewed_technique.url)
    assert not soup(response).select(".medical-review")
    (webpage,) = nodes_of_type(response.content.decode(), "MedicalWebPage")
    assert "reviewedBy" not in webpage


def test_the_spanish_line_links_the_spanish_practitioner_page(client, bilingual_site):
    response = client.get("/es/afecciones/ciatica/")
    sentence, link, reviewed_on = review_line(response)
    assert sentence == "Revisado médicamente por Dra. Maya Okafor, DC, el 3 de marzo de 2026"
    assert link.endswith("/es/quiropracticos/dra-maya-okafor/")
    (webpage,) = nodes_of_type(response.content.decode(), "MedicalWebPage")
    assert webpage["reviewedBy"] == {"@id": physician_id(client, link)}
    assert webpage["lastReviewed"] == reviewed_on


def test_due_for_review_lists_missing_and_stale_reviews_only(reviewed_technique, sot_page):
    a_year_later = REVIEWED_ON + datetime.timedelta(days=365)
    assert set(due_for_review(today=a_year_later)) == {sot_page.pk}
    assert set(due_for_review(today=a_year_later + datetime.timedelta(days=1))) == {
        sot_page.pk,
        reviewed_technique.pk,
    }


def test_the_report_shows_editors_the_pages_due(editors_client, reviewed_technique, sot_page):
    reviewed_technique.last_reviewed = datetime.date.today() - datetime.timedelta(days=400)
    reviewed_technique.save_revision().publish()
    response = editors_client.get(reverse("trust_due_for_review"))
    titles = {text(cell) for cell in soup(response).select("td.title a")}
    assert any(title.startswith(reviewed_technique.title) for title in titles)
    assert any(title.startswith(sot_page.title) for title in titles)
    menu = editors_client.get(reverse("wagtailadmin_reports:aging_pages"))
    assert reverse("trust_due_for_review") in menu.content.decode()


def test_the_report_is_empty_when_every_review_is_current(editors_client, reviewed_technique):
    reviewed_technique.last_reviewed = datetime.date.today()
    reviewed_technique.save_revision().publish()
    response = editors_client.get(reverse("trust_due_for_review"))
    assert not soup(response).select("td.title")
