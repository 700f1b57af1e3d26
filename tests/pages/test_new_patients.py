"""The new-patients page: fixed sections an editor fills in, and its questions."""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from patients.factories import NewPatientsPageFactory
from patients.models import NewPatientsPage
from tests.html import heading_outline, soup
from tests.jsonld import nodes_of_type


class NewPatientsTreeTests(WagtailPageTestCase):
    def test_one_page_under_home(self):
        self.assertCanCreateAt(HomePage, NewPatientsPage)
        self.assertAllowedParentPageTypes(NewPatientsPage, {HomePage})
        self.assertAllowedSubpageTypes(NewPatientsPage, set())


@pytest.mark.django_db
def test_editor_builds_the_page_and_empty_sections_are_left_out(client, django_user_model, home):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.com", "pw"))
    data = nested_form_data(
        {
            "title": "First visit",
            "slug": "first-visit",
            "first_visit": rich_text("<p>We talk first.</p>"),
            "what_to_bring": rich_text(""),
            "insurance": rich_text("<p>We bill most insurers.</p>"),
            "cancellation": rich_text("<p>24 hours' notice, please.</p>"),
            "body": streamfield(
                [
                    (
                        "faq",
                        {
                            "heading": "Questions",
                            "items": streamfield(
                                [
                                    (
                                        "item",
                                        {
                                            "question": "Is parking free?",
                                            "answer": rich_text("<p>Yes.</p>"),
                                        },
                                    )
                                ]
                            ),
                        },
                    )
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("patients", "newpatientspage", home.pk))
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    page = NewPatientsPage.objects.get(slug="first-visit")
    html = client.get(page.url)
    headings = [title for level, title in heading_outline(soup(html)) if level == 2]
    assert headings[:4] == [
        "On this page",
        "Your first visit",
        "Insurance and payment",
        "Cancellations and missed appointments",
    ]
    (faq,) = nodes_of_type(html.content.decode(), "FAQPage")
    assert [q["name"] for q in faq["mainEntity"]] == ["Is parking free?"]


@pytest.mark.django_db
def test_the_page_answers_what_new_patients_ask(client, home):
    NewPatientsPageFactory(
        parent=home,
        what_to_bring="<p>Your insurance card and a list of medicines.</p>",
        insurance="<p>We bill most insurers.</p>",
    )
    headings = [t for level, t in heading_outline(soup(client.get("/new-patients/"))) if level == 2]
    for expected in ["Your first visit", "What to bring", "Insurance and payment"]:
        assert expected in headings
