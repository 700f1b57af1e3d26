"""SITE_URL reaches every crawler-facing URL of every public demo page, and seed_demo sets it."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Site

from demo.public_pages import PUBLIC_PAGES, fetch
from tests.html import sitemap_urls
from tests.jsonld import graph_nodes

pytestmark = pytest.mark.django_db
ADDRESS = "https://www.clinic.example"


@pytest.fixture
def public_address(settings, demo_site):
    settings.SITE_URL = ADDRESS
    call_command("set_site_url", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return ADDRESS


def absolute_urls(value):
    """Every absolute http(s) URL anywhere in a JSON-LD value."""
    if isinstance(value, dict):
        return [url for item in value.values() for url in absolute_urls(item)]
    if isinstance(value, list):
        return [url for item in value for url in absolute_urls(item)]
    return [value] if isinstance(value, str) and value.startswith("http") else []


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_every_public_page_names_the_public_address(client, public_address, name):
    html = fetch(client, name).content.decode()
    page = BeautifulSoup(html, "html.parser")
    expected = public_address + PUBLIC_PAGES[name]
    assert page.select_one("link[rel=canonical]")["href"] == expected
    assert page.select_one("meta[property='og:url']")["content"] == expected
    urls = [url for node in graph_nodes(html) for url in absolute_urls(node)]
    own = [url for url in urls if "schema.org" not in url]
    assert own, "the page has no JSON-LD URLs"
    assert all(url.startswith(public_address + "/") for url in own), own


def test_sitemap_and_robots_use_the_public_address(client, public_address):
    locations = list(sitemap_urls(client))
    assert public_address + "/" in locations
    assert all(loc.startswith(public_address + "/") for loc in locations)
    robots = client.get("/robots.txt").content.decode().splitlines()
    assert f"Sitemap: {public_address}/sitemap.xml" in robots


def test_seed_demo_sets_the_site_from_site_url(settings, demo_site):
    settings.SITE_URL = "http://127.0.0.1:8000"
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"
