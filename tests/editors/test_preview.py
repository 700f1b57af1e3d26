"""The page editor's previews can be framed by the admin and carry the admin's rules."""

import pytest
from django.urls import reverse

from technique.models import TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import soup, text
from tests.security_helpers import csp_directives

pytestmark = pytest.mark.django_db


@pytest.fixture
def sot(sot_page):
    return sot_page


def assert_frameable_by_the_admin(response):
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = csp_directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    # The admin's policy: wagtail-seo's inline <style> and the checker's scripts may run.
    assert "'unsafe-inline'" in policy["style-src"]


def test_view_draft_is_frameable_and_shows_the_page(editors_client, sot):
    response = editors_client.get(reverse("wagtailadmin_pages:view_draft", args=[sot.pk]))
    assert_frameable_by_the_admin(response)
    assert text(soup(response).h1) == sot.title


def test_the_preview_panel_shows_unsaved_edits_in_every_mode(editors_client, sot):
    data = new_technique_form("<p>No.</p>")
    post_technique(editors_client, data)
    page = TechniquePage.objects.get(slug="activator-method")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = {k: v for k, v in data.items() if k != "action-publish"}
    data["title"] = "Activator Method, as edited"
    # What the preview panel does as the editor types: post the form, then load the frame.
    assert editors_client.post(url, data).json()["is_valid"] is True
    for mode, _ in page.preview_modes:
        response = editors_client.get(url, {"mode": mode})
        assert_frameable_by_the_admin(response)
        shown = soup(response)
        heading = shown.h1 or shown.select_one(".seo-title")
        assert "Activator Method, as edited" in text(heading)


def test_the_seo_preview_is_styled_and_names_the_public_address(editors_client, sot, site):
    url = reverse("wagtailadmin_pages:view_draft", args=[sot.pk])
    response = editors_client.get(url, {"mode": "wagtail-seo"})
    assert_frameable_by_the_admin(response)
    page = soup(response)
    assert page.find("style") is not None
    shown_url = text(page.select_one(".seo-url"))
    assert shown_url == site.root_url + sot.url


def test_public_pages_keep_the_strict_policy(client, sot):
    response = client.get(sot.url)
    assert response["X-Frame-Options"] == "DENY"
    assert csp_directives(response)["frame-ancestors"] == ["'none'"]
