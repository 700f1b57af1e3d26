"""Read pages the way a person or a crawler does: parsed, not grepped."""

from xml.etree import ElementTree

from bs4 import BeautifulSoup

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(node):
    return " ".join(node.get_text(" ").split())


def heading_outline(page_soup):
    """(level, text) for every heading inside <main>, in document order."""
    main = page_soup.find("main")
    return [(int(h.name[1]), text(h)) for h in main.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    return {
        url.find("s:loc", SITEMAP_NS).text: url.find("s:lastmod", SITEMAP_NS)
        for url in root.findall("s:url", SITEMAP_NS)
    }
