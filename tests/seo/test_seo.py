"""Meta fallbacks, the noindex option, the sitemap, robots.txt and the admin's save warnings."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from seo.warnings import faq_answer_warnings, seo_warnings
from technique.models import TechniqueIndexPage, TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import sitemap_urls
from tests.jsonld import SOT_URL, nodes_of_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model, sot_page):
    user = django_user_model.objects.create_superuser("seo-editor", "seo@example.com", "pw")
    client.force_login(user)
    return client


def sot():
    return TechniquePage.objects.get(slug="sacro-occipital-technique")


def head(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").head


def test_meta_tags_on_every_page_type(client, public_pages):
    for page in Page.objects.live().filter(depth__gte=2).specific():
        tags = head(client, page.url)
        assert tags.title.string
        assert tags.find("link", rel="canonical")["href"].startswith("http://localhost/")
        assert tags.find("meta", attrs={"name": "description"})["content"]
        assert tags.find("meta", property="og:title")["content"]
        assert tags.find("meta", attrs={"name": "twitter:card"})
        assert not tags.find("meta", attrs={"name": "robots"})


def test_title_and_description_fall_back_to_summary_then_the_page_types_own(client, sot_page):
    page = sot()
    page.seo_title = page.search_description = ""
    page.save_revision().publish()
    tags = head(client, SOT_URL)
    assert tags.title.string == "Sacro Occipital Technique (SOT) | Test Clinic"
    assert tags.find("meta", attrs={"name": "description"})["content"] == page.summary

    index = TechniqueIndexPage.objects.get()
    index.search_description = ""
    index.save_revision().publish()
    description = head(client, "/techniques/").find("meta", attrs={"name": "description"})
    assert description["content"] == (
        "Techniques at Test Clinic, a chiropractic clinic offering gentle, low-force care: "
        "opening hours, locations and how to book an appointment."
    )


def test_sitemap_lists_pages_with_absolute_urls_and_lastmod(client, public_pages):
    urls = sitemap_urls(client)
    assert "http://localhost/" in urls
    assert "http://localhost" + SOT_URL in urls
    assert "http://localhost/faq/" in urls
    assert all(lastmod is not None and lastmod.text for lastmod in urls.values())


def test_noindex_hides_a_page_from_search_engines(client, sot_page):
    page = sot()
    page.noindex = True
    page.save_revision().publish()

    robots = head(client, SOT_URL).find("meta", attrs={"name": "robots"})
    assert robots["content"] == "noindex"
    assert "http://localhost" + SOT_URL not in sitemap_urls(client)


def test_robots_txt_names_the_sitemap_and_disallows_the_admin(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert any(line.startswith("Disallow: /") and "admin" in line for line in lines)
    # The Site's address (SITE_URL), not whatever Host the request came in on.
    assert f"Sitemap: {site.root_url}/sitemap.xml" in lines


def test_seo_warnings_for_long_titles_and_bad_descriptions(sot_page):
    page = sot()
    assert seo_warnings(page) == []
    page.seo_title = "x" * 61
    page.search_description = "Too short."
    warnings = seo_warnings(page)
    assert "61 characters" in warnings[0]
    assert "10 characters; 70 to 160" in warnings[1]
    page.search_description = "y" * 161
    assert "161 characters" in seo_warnings(page)[1]


def test_editor_publishes_a_page_with_inline_and_reusable_questions(editor_client):
    description = "A gentle instrument-based technique explained: what it is and who it suits."
    data = new_technique_form("<p>No, it is <b>gentle</b>.</p>", description=description)
    response = post_technique(editor_client, data)
    assert response.status_code == 302
    warnings = [m.message for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    # Nothing about its search appearance; a new health page has no medical review yet.
    assert [w for w in warnings if "medical review" not in w] == []
    assert any("No medical review is recorded" in w for w in warnings)

    html = editor_client.get("/techniques/activator-method/").content.decode()
    (faq,) = nodes_of_type(html, "FAQPage")
    # The reusable SOT question is shown here but marked up on the SOT page only.
    assert [q["name"] for q in faq["mainEntity"]] == ["Does it hurt?"]
    assert "Is SOT safe for sensitive patients?" in html


def test_admin_warns_on_save_about_search_appearance(editor_client):
    data = new_technique_form("<p>No.</p>", seo_title="t" * 70, description="Short.")
    response = post_technique(editor_client, data)
    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert any("70 characters" in w for w in warnings)
    assert any("6 characters; 70 to 160" in w for w in warnings)


def test_answer_losing_content_to_sanitising_is_reported(sot_page):
    page = sot()
    body = json.loads(json.dumps(list(page.body.raw_data)))
    body.append(
        {
            "type": "faq",
            "value": {
                "heading": "More",
                "items": [
                    {
                        "type": "item",
                        "value": {
                            "question": "Is there a video?",
                            "answer": '<p onclick="x()">Yes<img src="a.png"></p>',
                            "anchor": "",
                        },
                    }
                ],
            },
        }
    )
    page.body = body
    (warning,) = faq_answer_warnings(page)
    assert "Is there a video?" in warning
    assert "<img> element" in warning and "onclick attribute on <p>" in warning


def test_faq_listing_shows_which_page_carries_the_markup(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_faq_faq:list"))
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")
    safe_row = next(row for row in rows if "Is SOT safe" in row.get_text())
    assert "Sacro Occipital Technique (SOT)" in safe_row.get_text()


def test_admin_preview_of_a_new_page_renders_its_structured_data(editor_client):
    index = TechniqueIndexPage.objects.get()
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("technique", "techniquepage", index.pk)
    )
    assert editor_client.post(url, new_technique_form("<p>No.</p>")).json()["is_valid"]
    html = editor_client.get(url).content.decode()
    (faq,) = nodes_of_type(html, "FAQPage")
    assert [q["name"] for q in faq["mainEntity"]] == ["Does it hurt?"]
