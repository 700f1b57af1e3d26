"""Getting around: the header menu, the footer, visible breadcrumbs and share previews."""

from urllib.parse import urlparse
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from wagtailseo.models import SeoSettings

from tests.html import soup, text
from tests.jsonld import SOT_URL, nodes_of_type

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(client):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own
    return {urlparse(loc.text).path for loc in tree.iterfind("s:url/s:loc", SITEMAP_NS)}


def header_and_footer_links(page_soup):
    """Internal paths linked from the header and footer of one page."""
    links = page_soup.select(".site-header a[href], .site-footer a[href]")
    return {a["href"] for a in links if a["href"].startswith("/")}


def crawl(client, start="/"):
    """Every internal page reachable by following links from ``start``: path -> parsed page."""
    seen, queue = {}, [start]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        response = client.get(path)
        assert response.status_code == 200, path
        seen[path] = BeautifulSoup(response.content.decode(), "html.parser")
        for a in seen[path].select("a[href]"):
            href = a["href"].split("#")[0]
            if href.startswith("/") and href not in seen:
                queue.append(href)
    return seen


def test_every_sitemap_page_is_reachable_and_has_the_header_and_footer(client, demo_site):
    pages = crawl(client)
    sitemap = sitemap_paths(client)
    assert sitemap <= set(pages), sitemap - set(pages)
    # Each of these is one click from the header or footer of every page.
    everywhere = {
        "/techniques/", "/practitioners/", "/locations/", "/new-patients/", "/faq/",
        "/contact/", "/privacy/", "/book/", "/locations/harbour-road/", "/locations/hillside/",
    }  # fmt: skip
    for path in sitemap:
        page = pages[path]
        assert everywhere <= header_and_footer_links(page), (
            path,
            everywhere - header_and_footer_links(page),
        )
        assert page.select_one(".site-header a[href='/book/']"), path
        assert page.select_one(".site-header a[href^='tel:']")["href"] == "tel:+19545550142"


def test_header_menu_follows_show_in_menus(client, demo_site):
    from wagtail.models import Page

    def menu_titles():
        nav = soup(client.get("/")).select_one("nav.site-nav--wide")
        return [text(a) for a in nav.select("a")]

    assert menu_titles() == [
        "Techniques",
        "Conditions we treat",
        "Our chiropractors",
        "Locations",
        "New patients",
        "Frequently asked questions",
        "Contact us",
    ]
    faq = Page.objects.get(slug="faq").specific
    faq.show_in_menus = False
    faq.save_revision().publish()
    assert "Frequently asked questions" not in menu_titles()


def test_phone_menu_is_a_native_disclosure_with_the_same_links(client, demo_site):
    page = soup(client.get(SOT_URL))
    wide = [a["href"] for a in page.select("nav.site-nav--wide a")]
    narrow = page.select_one("details.site-nav--narrow")
    assert narrow.summary and [a["href"] for a in narrow.select("a")] == wide
    current = page.select_one("nav.site-nav--wide a[aria-current]")
    assert current["href"] == "/techniques/"


def test_visible_breadcrumbs_match_the_breadcrumb_list(client, demo_site):
    for path in sitemap_paths(client) - {"/"}:
        html = client.get(path).content.decode()
        crumbs = BeautifulSoup(html, "html.parser").select("nav.breadcrumbs li")
        (trail,) = nodes_of_type(html, "BreadcrumbList")
        marked_up = [urlparse(item["item"]).path for item in trail["itemListElement"]]
        visible = [c.a["href"] if c.a else path for c in crumbs]
        assert visible == marked_up, path
        assert crumbs[-1].select_one("[aria-current=page]")
    assert not soup(client.get("/")).select("nav.breadcrumbs")


def test_sot_page_shows_breadcrumbs(client, demo_site):
    crumbs = soup(client.get(SOT_URL)).select("nav.breadcrumbs li")
    assert [text(c) for c in crumbs] == ["Home", "Techniques", "Sacro Occipital Technique (SOT)"]


def meta(page_soup, key):
    node = page_soup.find("meta", attrs={"property": key}) or page_soup.find(
        "meta", attrs={"name": key}
    )
    return node["content"] if node else None


def test_every_page_shares_an_image_and_no_empty_tags(client, demo_site):
    seo = SeoSettings.for_site(demo_site)
    seo.og_meta = seo.twitter_meta = True
    seo.save()
    images = {}
    for path in sitemap_paths(client):
        page = soup(client.get(path))
        image = meta(page, "og:image")
        assert image and urlparse(image).scheme == "http", path
        assert meta(page, "twitter:image") == image
        assert meta(page, "twitter:site") is None, "no handle is set"
        images[path] = image
    # A page with its own picture shares it rather than the default.
    assert images[SOT_URL] != images["/"]
    assert images["/practitioners/dr-maya-okafor/"] != images["/"]


def test_twitter_site_appears_once_set(client, demo_site):
    seo = SeoSettings.for_site(demo_site)
    seo.twitter_meta, seo.twitter_site = True, "harbourview"
    seo.save()
    assert meta(soup(client.get("/")), "twitter:site") == "@harbourview"
