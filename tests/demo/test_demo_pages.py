"""What a visitor sees on the seeded demo pages."""

import pytest

from core.models import ClinicSettings
from demo import content as demo_content
from technique.models import TechniqueIndexPage
from tests.html import heading_outline, soup, text

pytestmark = pytest.mark.django_db

SOT = "/techniques/sacro-occipital-technique/"
PAGES = ["/", "/techniques/", SOT, "/conditions/", "/conditions/sciatica/", "/accessibility/"]


@pytest.mark.parametrize("path", PAGES)
def test_heading_outline_has_one_h1_and_never_skips_a_level(client, demo_site, path):
    outline = heading_outline(soup(client.get(path)))
    levels = [level for level, _ in outline]
    assert levels.count(1) == 1 and levels[0] == 1, outline
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, outline


@pytest.mark.parametrize("path", PAGES)
def test_landmarks_and_skip_link(client, demo_site, path):
    page = soup(client.get(path))
    skip = page.find("a", class_="skip-link")
    assert skip["href"] == "#main" and page.find(id="main").name == "main"
    assert (
        page.find("header") and page.find("footer") and page.find("nav", attrs={"aria-label": True})
    )


def test_sot_page_covers_the_technique(client, demo_site):
    main = soup(client.get(SOT)).find("main")
    assert [text(h) for h in main.find_all("h2")][:3] == [
        "The pelvis: your body's foundation",
        "Linking the sacrum and the skull",
        "Pelvic blocking: gravity instead of a thrust",
    ]
    assert [text(t) for t in main.select(".benefits__title")] == [
        "Have a sensitive nervous system",
        "Are in acute pain",
        "Want a holistic approach",
        "Want lasting change",
    ]
    questions = [text(s) for s in main.select("details summary")]
    assert questions == [q for q, _ in demo_content.SOT_FAQS]


def test_phone_links_come_from_the_clinic_setting(client, demo_site):
    page = soup(client.get(SOT))
    tel_links = page.select('a[href^="tel:"]')
    assert tel_links, "no tel: link on the page"
    assert {a["href"] for a in tel_links} == {"tel:+19545550142"}
    header_call = page.select_one(".site-header a[href^='tel:']")
    assert text(header_call.select_one(".phone-link__number")) == "(954) 555-0142"


def test_call_to_action_targets(client, demo_site):
    clinic = ClinicSettings.for_site(demo_site)
    index = TechniqueIndexPage.objects.get()
    clinic.booking_page = index
    clinic.save()

    ctas = soup(client.get(SOT)).select("main .cta a")
    targets = {text(a): a["href"] for a in ctas}
    assert targets["Book online"] == "/techniques/"
    assert targets["Prefer to talk? Call the clinic (954) 555-0142"] == "tel:+19545550142"


def test_book_online_falls_back_to_calling_without_a_booking_page(client, demo_site):
    clinic = ClinicSettings.for_site(demo_site)
    clinic.booking_page = None
    clinic.save()

    book = soup(client.get(SOT)).select("main .cta a")[0]
    assert book["href"] == "tel:+19545550142"
    assert text(book).startswith("Call to book")


def test_index_lists_techniques_with_summary(client, demo_site):
    cards = soup(client.get("/techniques/")).select(".card")
    assert [text(c.select_one(".card__title")) for c in cards] == [
        "Sacro Occipital Technique (SOT)",
        "Activator Method",
        "Flexion-Distraction",
    ]
    assert text(cards[0].select_one(".card__summary")) == demo_content.SOT_SUMMARY
    assert cards[0].select_one(".card__title a")["href"] == SOT


def test_home_features_the_sot_page(client, demo_site):
    page = soup(client.get("/"))
    assert text(page.find("h1")) == demo_content.HOME["hero_heading"]
    featured = page.select(".featured .card__title a")
    assert [a["href"] for a in featured] == [
        SOT,
        "/techniques/activator-technique/",
        "/techniques/flexion-distraction/",
    ]


def test_meta_description_falls_back_to_a_summary_that_fits_then_the_type_default(
    client, demo_site
):
    from technique.models import TechniquePage

    def description():
        return soup(client.get(SOT)).find("meta", attrs={"name": "description"})["content"]

    TechniquePage.objects.update(search_description="")
    # The demo's summary is longer than search results show, so the page type's own default.
    assert len(demo_content.SOT_SUMMARY) > 160
    sot = TechniquePage.objects.get(url_path__endswith="/sacro-occipital-technique/")
    assert description() == sot.default_description()
    fits = "Sacro Occipital Technique uses padded blocks and gravity to help the pelvis settle."
    TechniquePage.objects.filter(pk=sot.pk).update(summary=fits)
    assert description() == fits


def test_404_page_offers_the_phone_number(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = soup(type("R", (), {"status_code": 200, "content": response.content})())
    assert page.select_one("main a[href^='tel:']")["href"] == "tel:+19545550142"


def test_500_page_offers_the_phone_number(rf, demo_site):
    from config.views import server_error

    response = server_error(rf.get("/", HTTP_HOST="localhost"))
    assert response.status_code == 500
    page = soup(type("R", (), {"status_code": 200, "content": response.content})())
    assert page.select_one("a[href^='tel:']")["href"] == "tel:+19545550142"
    assert "Traceback" not in text(page)
