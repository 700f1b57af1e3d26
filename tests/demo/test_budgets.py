"""
Page-weight and markup budgets, checked on the server's HTML.

The browser suite proves the same pages in Chromium; these run in milliseconds
and name the exact element that breaks a budget.
"""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from demo.public_pages import FORM_PAGES, PUBLIC_PAGES, fetch

pytestmark = pytest.mark.django_db

HTML_BUDGET = 30 * 1024
# Grew from 15 KB with the two-column pages, the condition pages and the review line.
CSS_BUDGET = 16 * 1024
# Scripts that never execute: structured data for search engines.
INERT_SCRIPT_TYPES = {"application/ld+json"}
PAGES = list(PUBLIC_PAGES)


def soup_for(client, name):
    response = fetch(client, name)
    return response, BeautifulSoup(response.content, "html.parser")


def local_static_path(url):
    path = urlsplit(url).path
    assert path.startswith("/static/"), f"{url} is not one of our static files"
    found = finders.find(path.removeprefix("/static/"))
    assert found, f"{url} is linked but not found"
    return found


def resource_urls(soup):
    """Every URL the browser fetches on its own (links a visitor clicks are not included)."""
    for tag in soup.find_all(["script", "img", "iframe", "source", "link", "video", "audio"]):
        if tag.name == "link" and not {"stylesheet", "preload", "icon", "manifest"} & set(
            tag.get("rel", [])
        ):
            continue
        for attribute in ("src", "href"):
            if tag.get(attribute):
                yield tag.get(attribute)
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                yield candidate.split()[0]


@pytest.mark.parametrize("name", PAGES)
def test_html_is_within_budget(client, demo_site, name):
    response, _ = soup_for(client, name)
    assert len(response.content) <= HTML_BUDGET


@pytest.mark.parametrize("name", PAGES)
def test_css_is_within_budget_and_uses_no_web_fonts(client, demo_site, name):
    _, soup = soup_for(client, name)
    css = "".join(style.get_text() for style in soup.find_all("style"))
    for link in soup.select('link[rel~="stylesheet"]'):
        with open(local_static_path(link["href"]), encoding="utf-8") as sheet:
            css += sheet.read()
    assert len(css.encode()) <= CSS_BUDGET
    assert "@font-face" not in css
    assert not soup.select('link[rel~="preload"][as="font"]')


@pytest.mark.parametrize("name", sorted(set(PAGES) - FORM_PAGES))
def test_pages_without_forms_ship_no_javascript(client, demo_site, name):
    _, soup = soup_for(client, name)
    executable = [
        str(script)[:120]
        for script in soup.find_all("script")
        if script.get("type") not in INERT_SCRIPT_TYPES
    ]
    assert executable == []
    assert not soup.select("[onclick], [onload], [onsubmit]")


@pytest.mark.parametrize("name", PAGES)
def test_every_resource_is_same_origin(client, demo_site, name):
    _, soup = soup_for(client, name)
    outside = [url for url in resource_urls(soup) if urlsplit(url).netloc]
    assert outside == []


@pytest.mark.parametrize("name", PAGES)
def test_favicon_and_manifest_are_linked(client, demo_site, name):
    _, soup = soup_for(client, name)
    assert soup.select_one('link[rel~="icon"]')
    manifest = soup.select_one('link[rel="manifest"]')
    assert manifest and local_static_path(manifest["href"])


@pytest.mark.parametrize("name", PAGES)
def test_images_are_sized_modern_and_lazy_below_the_fold(client, demo_site, name):
    _, soup = soup_for(client, name)
    main = soup.find("main")
    images = main.find_all("img")
    for image in images:
        assert image.get("width") and image.get("height"), image
        assert image.has_attr("alt"), image
        picture = image.find_parent("picture")
        formats = {source.get("type") for source in picture.find_all("source")} if picture else {}
        assert {"image/avif", "image/webp"} <= set(formats), image
    # The first image is the hero, which may be above the fold; it must not wait.
    for index, image in enumerate(images):
        expected = "eager" if index == 0 and _is_hero(image) else "lazy"
        assert image.get("loading", "eager") == expected, image


def _is_hero(image):
    return image.get("fetchpriority") == "high"


@pytest.mark.parametrize("name", PAGES)
def test_one_h1_and_an_ordered_outline(client, demo_site, name):
    _, soup = soup_for(client, name)
    assert len(soup.find_all("h1")) == 1
    levels = [int(heading.name[1]) for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5"])]
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skips == []


@pytest.mark.parametrize("name", PAGES)
def test_landmarks_and_skip_link(client, demo_site, name):
    _, soup = soup_for(client, name)
    skip = soup.select_one("a.skip-link")
    assert skip and soup.find(id=skip["href"].lstrip("#")).name == "main"
    assert soup.find("header") and soup.find("nav") and soup.find("footer")
