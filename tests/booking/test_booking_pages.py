"""Booking, contact and privacy pages: where editors may put them, and what patients load."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from booking.models import BookingPage, ContactPage, PrivacyPage
from faq.factories import FAQIndexPageFactory
from home.models import HomePage
from tests.html import soup
from tests.trees import build_site

REQUEST_PAGES = [BookingPage, ContactPage]


class RequestPageTreeTests(WagtailPageTestCase):
    def test_pages_live_once_under_home_and_have_no_children(self):
        for model in [*REQUEST_PAGES, PrivacyPage]:
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanCreateAt(HomePage, model)
            self.assertAllowedSubpageTypes(model, set())
            assert model.max_count == 1

    def test_only_form_pages_load_recaptcha(self):
        assert BookingPage.uses_recaptcha and ContactPage.uses_recaptcha
        assert not getattr(PrivacyPage, "uses_recaptcha", False)
        assert not getattr(HomePage, "uses_recaptcha", False)


class EditorCreatesBookingPageTests(WagtailPageTestCase):
    def setUp(self):
        self.home = build_site().root_page
        self.login()

    def test_editor_sets_intro_thank_you_and_recipients(self):
        data = nested_form_data(
            {
                "title": "Book a visit",
                "slug": "book",
                "intro": rich_text("<p>Pick a time.</p>"),
                "thank_you": rich_text("<p>Talk soon.</p>"),
                "staff_recipients": "a@example.com, b@example.com",
            }
        )
        self.assertCanCreate(self.home, BookingPage, data)
        page = BookingPage.objects.get()
        assert page.recipient_list == ["a@example.com", "b@example.com"]

    def test_recipients_must_be_addresses(self):
        data = nested_form_data(
            {
                "title": "Book a visit",
                "slug": "book",
                "thank_you": rich_text("<p>Talk soon.</p>"),
                "staff_recipients": "a@example.com, not an address",
            }
        )
        with pytest.raises(AssertionError):
            self.assertCanCreate(self.home, BookingPage, data)


@pytest.mark.django_db
class TestWhatPatientsLoad:
    def test_no_page_but_the_forms_references_google(
        self, client, home, technique_index, request_pages
    ):
        FAQIndexPageFactory(parent=home)
        for path in ["/", "/techniques/", "/privacy/", "/faq/"]:
            html = client.get(path).content.decode()
            assert "recaptcha" not in html.lower(), path
            assert "request-form.js" not in html, path

    @pytest.mark.parametrize("path", ["/book/", "/contact/"])
    def test_form_pages_load_google_only_through_the_static_script(
        self, client, request_pages, path
    ):
        page = soup(client.get(path))
        scripts = page.find_all("script")
        external = [s for s in scripts if s.get("src")]
        assert [s["src"] for s in external if "request-form" in s["src"]]
        assert not [s for s in external if "google" in s["src"]]
        assert not [
            s for s in scripts if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        form = page.find("form", class_="request-form")
        assert form["data-recaptcha-src"].startswith("https://www.google.com/recaptcha/api.js")

    def test_honeypot_is_hidden_by_class_not_inline_style(self, client, request_pages):
        page = soup(client.get("/book/"))
        trap = page.find("input", attrs={"name": "website"})
        wrapper = trap.find_parent(class_="form__hp")
        assert wrapper is not None and not wrapper.get("style") and not trap.get("style")
        assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
        css = open(finders.find("css/site.css")).read()
        assert re.search(r"(^|[\s}])\.form__hp\s*\{", css), "the stylesheet hides .form__hp"

    def test_script_loads_google_on_first_interaction(self):
        js = open(finders.find("js/request-form.js")).read()
        assert 'createElement("script")' in js
        for event in ["focusin", "pointerdown", "keydown"]:
            assert event in js
        assert "grecaptcha.execute" in js and "form.submit()" in js

    def test_form_pages_are_never_cached(self, client, request_pages):
        response = client.get("/book/")
        assert "no-store" in response.get("Cache-Control", "") or "private" in response.get(
            "Cache-Control", ""
        )

    def test_recaptcha_settings_are_production_safe(self):
        assert settings.RECAPTCHA_VERIFY_REQUEST_TIMEOUT <= 3
        assert 0 < settings.RECAPTCHA_REQUIRED_SCORE < 1
