"""Meta descriptions: every demo page, in both languages, has one search results can show
whole; a page type without one gets its own; the editor's warning quotes all of it."""

import pytest

from booking.factories import BookingPageFactory, ContactPageFactory, PrivacyPageFactory
from demo.public_pages import EVERY_PAGE
from seo.warnings import seo_warnings
from tests.html import soup

pytestmark = pytest.mark.django_db

LOW, HIGH = 70, 160


def meta_description(client, path):
    return soup(client.get(path)).find("meta", attrs={"name": "description"})["content"]


def test_every_demo_page_describes_itself_in_70_to_160_characters(client, bilingual_site):
    seen = {}
    for name, path in EVERY_PAGE.items():
        description = meta_description(client, path)
        assert LOW <= len(description) <= HIGH, (name, len(description), description)
        assert not description.endswith("…"), (name, description)
        seen.setdefault(description, []).append(name)
    shared = {text: names for text, names in seen.items() if len(names) > 1}
    assert not shared, shared


def test_form_pages_get_their_own_description_in_their_own_language(client, bilingual_site):
    english = meta_description(client, EVERY_PAGE["book"])
    spanish = meta_description(client, EVERY_PAGE["es-book"])
    assert english.startswith("Book an appointment at Harbourview Chiropractic")
    assert spanish.startswith("Pida cita en Harbourview Chiropractic")
    assert meta_description(client, EVERY_PAGE["es-contact"]).startswith("¿Preguntas")


def test_the_warnings_pass_every_demo_page(bilingual_site):
    from django.utils import translation
    from wagtail.models import Page

    for page in Page.objects.live().filter(depth__gt=1).specific():
        with translation.override(page.locale.language_code):
            length_warnings = [w for w in seo_warnings(page) if "characters;" in w]
            assert not length_warnings, (page.url_path, length_warnings)


@pytest.mark.parametrize("factory", [BookingPageFactory, ContactPageFactory, PrivacyPageFactory])
def test_an_empty_description_warns_with_the_whole_fallback(home, factory):
    page = factory(parent=home, search_description="")
    (warning,) = [w for w in seo_warnings(page) if "is empty" in w]
    assert f"'{page.seo_description}'" in warning
    assert LOW <= len(page.seo_description) <= HIGH
    assert page.seo_description != page.seo_sitename


def test_a_summary_too_long_for_search_results_gives_way_to_the_default(sot_page):
    sot_page.search_description = ""
    sot_page.summary = "A long summary. " * 15
    assert sot_page.seo_description == sot_page.default_description()
    warning = next(w for w in seo_warnings(sot_page) if "is empty" in w)
    assert sot_page.default_description() in warning
    sot_page.summary = "Short."
    assert sot_page.seo_description == sot_page.default_description()


def test_a_set_description_out_of_range_is_caught(sot_page):
    sot_page.search_description = "x" * 176
    assert any("176 characters; 70 to 160" in w for w in seo_warnings(sot_page))
