"""A plain Editors-group user does marketing's whole job, and nothing else."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import ClinicSettings
from faq.factories import FAQFactory
from faq.models import FAQ
from technique.models import TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(editors_client):
    return editors_client


def form_values(response):
    """What the browser would post back: every named field in the admin's edit form."""
    form = soup(response).select_one("form[method=post]:has([name=csrfmiddlewaretoken])")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.name == "input" and field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[field["name"]] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[field["name"]] = chosen["value"] if chosen else ""
        elif field.name == "textarea":
            data[field["name"]] = field.text
        else:
            data[field["name"]] = field.get("value", "")
    return data


def test_editors_can_add_and_publish_a_faq(editor_client):
    url = reverse("wagtailsnippets_faq_faq:add")
    assert editor_client.get(url).status_code == 200
    data = {
        "question": "Can I bring a friend?",
        "answer": rich_text("<p>Yes, anyone you like.</p>"),
        "category": "Your first visit",
        "anchor": "",
        "marked_up_on": "",
        "action-publish": "action-publish",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert FAQ.objects.get(question="Can I bring a friend?").live


def test_editors_can_edit_and_save_a_faq(editor_client):
    faq = FAQFactory(category="General")
    url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    data = form_values(response)
    data["category"] = "Changed by marketing"
    data["action-publish"] = "action-publish"
    assert editor_client.post(url, data).status_code == 302
    faq.refresh_from_db()
    assert faq.category == "Changed by marketing"


def test_editors_can_open_and_save_clinic_details(editor_client, site, request_pages):
    url = reverse("wagtailsettings:edit", args=["sitecore", "clinicsettings", site.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    clinic = ClinicSettings.for_site(site)
    data = form_values(response)
    data.update(
        nested_form_data(
            {
                "phone": "(541) 555-0199",
                "opening_hours": streamfield(
                    [("hours", dict(block.value)) for block in clinic.opening_hours]
                ),
                "booking_page": clinic.booking_page_id,
            }
        )
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    assert ClinicSettings.for_site(site).phone == "(541) 555-0199"


def test_editors_can_open_seo_settings(editor_client, site):
    url = reverse("wagtailsettings:edit", args=["wagtailseo", "seosettings", site.pk])
    assert editor_client.get(url).status_code == 200


def test_editors_create_and_publish_a_technique_page(editor_client, client, sot_page):
    assert post_technique(editor_client, new_technique_form("<p>Light.</p>")).status_code == 302
    page = TechniquePage.objects.get(slug="activator-method")
    assert page.live
    editor_client.logout()
    assert client.get(page.url).status_code == 200


def test_editors_can_upload_images_and_manage_redirects(editor_client):
    assert editor_client.get(reverse("wagtailimages:add")).status_code == 200
    assert editor_client.get(reverse("wagtaildocs:add")).status_code == 200
    assert editor_client.get(reverse("wagtailredirects:add")).status_code == 200


@pytest.mark.parametrize(
    "url_name", ["bookingrequest:index", "contactmessage:index", "wagtailusers_users:index"]
)
def test_editors_do_not_see_requests_or_users(editor_client, url_name):
    response = editor_client.get(reverse(url_name))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert reverse(url_name) not in response["Location"]


def test_front_desk_does_not_edit_pages(client, django_user_model, home):
    user = django_user_model.objects.create_user("desk", "d@example.com", "pw")
    user.groups.add(Group.objects.get(name="Front desk"))
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).status_code in (302, 403)
    assert client.get(reverse("bookingrequest:index")).status_code == 200


def test_avatars_need_no_third_party(editor_client):
    page = soup(editor_client.get(reverse("wagtailadmin_account")))
    avatars = [img["src"] for img in page.select("img.avatar, .avatar img")]
    assert avatars
    assert not [src for src in avatars if urlsplit(src).netloc], avatars
