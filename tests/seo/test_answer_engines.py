"""llms.txt and the Markdown alternates, read as an answer engine reads them."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, PageViewRestriction

from caching.purge import purge_front_cache
from demo.public_pages import EVERY_PAGE, FORM_PAGES
from tests.html import soup, text

pytestmark = pytest.mark.django_db
LINK = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\): (?P<summary>.+)$")


def llms_entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/markdown")
    lines = response.content.decode().splitlines()
    return lines, [LINK.match(line) for line in lines if LINK.match(line)]


def local(url):
    return urlsplit(url).path


def markdown_link(page_soup):
    (link,) = page_soup.select('head link[rel="alternate"][type="text/markdown"]')
    return local(link["href"])


def test_every_public_page_links_markdown_of_what_it_shows_in_both_languages(
    client, bilingual_site
):
    for name, path in EVERY_PAGE.items():
        page = soup(client.get(path))
        assert markdown_link(page) == path + "index.md", name
        markdown = client.get(path + "index.md")
        assert markdown.status_code == 200, name
        assert markdown["Content-Type"] == "text/markdown; charset=utf-8"
        body = markdown.content.decode()
        # The page's own heading, and every question its FAQ accordion shows.
        assert body.startswith(f"# {text(page.find('h1'))}\n"), name
        for question in page.select("main details > summary"):
            assert f"### {text(question)}" in body, (name, text(question))
        assert "<" not in body.replace("<br>", ""), name
        if name.removeprefix("es-") not in FORM_PAGES:
            assert "csrfmiddlewaretoken" not in body


@pytest.mark.parametrize(("path", "language"), [("/llms.txt", "en"), ("/es/llms.txt", "es")])
def test_llms_txt_lists_the_clinic_and_every_public_page_in_its_language(
    client, bilingual_site, path, language
):
    lines, entries = llms_entries(client, path)
    assert lines[0] == "# Harbourview Chiropractic"
    assert lines[2].startswith("> ")
    facts = "\n".join(lines[:12])
    assert "(954) 555-0142" in facts and "120 Harbour Road" in facts
    assert "8:30 AM" in facts
    listed = {local(entry["url"]) for entry in entries}
    pages = {p for n, p in EVERY_PAGE.items() if n.startswith("es-") == (language == "es")}
    assert {page + "index.md" for page in pages} <= listed
    assert all(entry["summary"].strip() for entry in entries)
    # Each location names its address and phone.
    (location,) = [e for e in entries if local(e["url"]).endswith("/harbour-road/index.md")]
    assert "120 Harbour Road" in location["summary"]
    assert [line for line in lines if line.startswith("## ")]


def test_a_hidden_or_private_page_has_no_markdown_and_is_not_listed(client, demo_site):
    privacy = Page.objects.get(slug="privacy").specific
    privacy.noindex = True
    privacy.save_revision().publish()
    faq = Page.objects.get(slug="faq")
    PageViewRestriction.objects.create(page=faq, restriction_type="login")
    for path in ("/privacy/", "/faq/"):
        assert client.get(path + "index.md").status_code == 404
    _lines, entries = llms_entries(client, "/llms.txt")
    listed = {local(entry["url"]) for entry in entries}
    assert not {"/privacy/index.md", "/faq/index.md"} & listed
    head = BeautifulSoup(client.get("/privacy/").content.decode(), "html.parser").head
    assert not head.select('link[type="text/markdown"]')


def test_the_markdown_of_a_form_page_sets_no_cookie_and_leaves_the_form_out(client, demo_site):
    response = client.get("/book/index.md")
    assert response.status_code == 200
    assert not response.cookies
    body = response.content.decode()
    assert body.startswith("# Book an appointment\n")
    assert "JavaScript" not in body and "csrfmiddlewaretoken" not in body


def test_an_unknown_path_has_no_markdown(client, demo_site):
    assert client.get("/no-such-page/index.md").status_code == 404


def test_the_front_cache_is_sent_the_markdown_and_llms_txt(bilingual_site, settings, monkeypatch):
    sent = []
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:1",
        }
    }
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: sent.append(url))
    purge_front_cache()
    paths = {local(url) for url in sent}
    assert {"/llms.txt", "/es/llms.txt"} <= paths
    assert {path + "index.md" for path in EVERY_PAGE.values()} <= paths


def test_the_page_cache_keeps_the_markdown_and_llms_txt(client, demo_site, settings):
    from django.core.cache import caches

    settings.WAGTAIL_CACHE = True
    caches["pagecache"].clear()
    for path in ("/llms.txt", "/conditions/sciatica/index.md"):
        assert client.get(path)["X-Wagtail-Cache"] == "miss"
        response = client.get(path)
        assert response["X-Wagtail-Cache"] == "hit"
        assert "s-maxage" in response["Cache-Control"]
