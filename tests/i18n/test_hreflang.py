"""Each page names itself in both languages: ``<html lang>``, ``hreflang`` links, its own
canonical URL, the header's language switch, ``inLanguage`` and the sitemap."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

from wagtail.models import Locale

from demo.public_pages import PUBLIC_PAGES, SOT_PATH
from tests.html import soup, text
from tests.i18n.test_spanish_strings import compiled_spanish  # noqa: F401 - builds the .mo
from tests.jsonld import nodes_of_type

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def twins(client):
    """(English path, Spanish path) for every demo public page."""
    spanish = Locale.objects.get(language_code="es")
    pairs = []
    for path in PUBLIC_PAGES.values():
        page = client.get(path).context["page"]
        pairs.append((path, page.get_translation(spanish).url))
    return pairs


def hreflangs(page_soup):
    links = page_soup.head.find_all("link", rel="alternate", hreflang=True)
    return {link["hreflang"]: urlparse(link["href"]).path for link in links}


def switch_links(page_soup):
    return page_soup.select("header a.language-switch")


def test_every_page_and_its_twin_name_each_other(client, demo_site):
    for english, spanish in twins(client):
        assert spanish.startswith("/es/"), spanish
        expected = {"en": english, "es": spanish, "x-default": english}
        for path, language, other_path, other_language in (
            (english, "en", spanish, "es"),
            (spanish, "es", english, "en"),
        ):
            page_soup = soup(client.get(path))
            assert page_soup.html["lang"] == language, path
            assert hreflangs(page_soup) == expected, path
            canonical = page_soup.head.find("link", rel="canonical")["href"]
            assert urlparse(canonical).path == path, path
            (switch,) = switch_links(page_soup)
            assert switch["href"] == other_path, path
            assert switch["hreflang"] == switch["lang"] == other_language, path
            # Read out in the page's language, after the other language's own name.
            (hidden,) = switch.select(".visually-hidden")
            assert hidden["lang"] == language, path


def test_the_switch_is_labelled_in_the_pages_language(client, demo_site):
    english = soup(client.get(SOT_PATH))
    assert text(switch_links(english)[0]) == "Español , read this page in Spanish"
    spanish_path = switch_links(english)[0]["href"]
    spanish = soup(client.get(spanish_path))
    assert text(switch_links(spanish)[0]) == "English , leer esta página en inglés"


def test_json_ld_is_in_the_pages_language_with_its_own_questions(client, demo_site):
    for path, language in ((SOT_PATH, "en"), ("/", "en"), ("/es/", "es")):
        html = client.get(path).content.decode()
        for node_type in ("MedicalWebPage", "WebPage", "WebSite", "FAQPage"):
            for node in nodes_of_type(html, node_type):
                assert node["inLanguage"] == language, (path, node_type)

    english = soup(client.get(SOT_PATH))
    spanish_path = switch_links(english)[0]["href"]
    response = client.get(spanish_path)
    html = response.content.decode()
    (faq,) = nodes_of_type(html, "FAQPage")
    assert faq["inLanguage"] == "es"
    visible = [text(q) for q in soup(response).select("main .faq__question")]
    marked_up = [question["name"] for question in faq["mainEntity"]]
    assert marked_up == visible and len(set(marked_up)) == len(marked_up)
    assert all(question.startswith("¿") for question in marked_up)
    english_faq = nodes_of_type(client.get(SOT_PATH).content.decode(), "FAQPage")
    assert not set(marked_up) & {q["name"] for q in english_faq[0]["mainEntity"]}


def test_sitemap_lists_both_languages_with_their_alternates(client, demo_site):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own response
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        links = url.findall("x:link", SITEMAP_NS)
        entries[urlparse(url.find("s:loc", SITEMAP_NS).text).path] = {
            link.get("hreflang"): urlparse(link.get("href")).path for link in links
        }
    for english, spanish in twins(client):
        expected = {"en": english, "es": spanish, "x-default": english}
        assert entries[english] == expected
        assert entries[spanish] == expected


def test_an_untranslated_page_switches_to_the_other_home(client, demo_site):
    from technique.factories import TechniquePageFactory
    from technique.models import TechniqueIndexPage

    index = TechniqueIndexPage.objects.get(locale__language_code="en")
    page = TechniquePageFactory(parent=index, title="Only in English", slug="only-english")
    page_soup = soup(client.get(page.url))
    assert page_soup.html["lang"] == "en"
    assert hreflangs(page_soup) == {}
    (switch,) = switch_links(page_soup)
    assert switch["href"] == "/es/"
    assert switch["lang"] == switch["hreflang"] == "es"
    assert "(página de inicio)" in text(switch)
    assert "not available in Spanish" in text(switch.select_one(".visually-hidden"))
    assert client.get(switch["href"]).status_code == 200


def test_a_spanish_preview_renders_in_spanish_from_an_english_admin(rf, demo_site, admin_user):
    from django.utils import translation

    from technique.models import TechniquePage

    page = TechniquePage.objects.get(locale__language_code="es", slug="tecnica-sacro-occipital")
    request = rf.get("/admin/pages/preview/")
    request.user = admin_user
    with translation.override("en"):
        response = page.serve_preview(request, page.default_preview_mode)
    html = response.content.decode()
    page_soup = soup(response)
    assert page_soup.html["lang"] == "es"
    assert text(switch_links(page_soup)[0]) == "English , leer esta página en inglés"
    (faq,) = nodes_of_type(html, "FAQPage")
    assert faq["inLanguage"] == "es"


def test_a_canonical_url_copied_from_the_english_page_is_not_the_spanish_canonical(
    client, demo_site
):
    from technique.models import TechniquePage

    english = TechniquePage.objects.get(
        locale__language_code="en", slug="sacro-occipital-technique"
    )
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    # What wagtail-localize's synchronised URL field does when the English page sets one.
    for page in (english, spanish):
        page.canonical_url = english.get_full_url()
        page.save_revision().publish()
    for page in (english, spanish):
        canonical = soup(client.get(page.url)).head.find("link", rel="canonical")["href"]
        assert canonical == page.get_full_url()
