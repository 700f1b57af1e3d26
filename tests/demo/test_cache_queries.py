"""What an uncached public page costs the database, pinned so it cannot creep up.

Counted with the page cache off, after one view warmed Wagtail's site root paths, for every
public page in both languages. Every page renders through Wagtail's own routing, view
restrictions, ``.public()`` and rich-text link handling; what keeps the count down is
Wagtail's and Django's public tools: ``select_related`` on the listings, one query for the
header menu, the footer and its locations (``SiteNavigation``), one for the page's
ancestors (its ``breadcrumb_trail``, passed to the header, breadcrumbs and JSON-LD through
the context), the site's settings from the request (``for_request``), Wagtail's own
answers to ``get_site()`` and ``get_view_restrictions()`` asked once per page, and each
piece of rich text finding its linked pages in the language served in two queries
whatever the number of links (``core.richtext``).

BUDGET is the one query budget: the README, docs/performance.md and ``make bench``
(bench/table.py) state the same number, which ``test_the_budget_is_one_number`` checks.
The large benchmark page (30 blocks, 40 questions, 20 links) may cost at most LARGE_VS_SOT
times SOT.
"""

import re
from pathlib import Path

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.large_page import build_large_technique_page
from bench.table import LARGE_VS_SOT, QUERY_BUDGET
from demo.public_pages import EVERY_PAGE, SOT_PATH
from technique.models import TechniqueIndexPage

ROOT = Path(__file__).resolve().parents[2]

# The same on SQLite and on PostgreSQL under the production settings (docs/performance.md).
# Spanish costs two or three more: Wagtail's Page.localized looks up the active Locale and
# then the translation for the booking button, and each piece of rich text finds its linked
# pages in Spanish (core.richtext).
UNCACHED_QUERIES = {
    "home": 22,
    "techniques": 21,
    "sot": 28,
    "practitioners": 20,
    "practitioner": 22,
    "locations": 20,
    "location": 22,
    "new-patients": 18,
    "faq": 20,
    "book": 19,
    "contact": 19,
    "privacy": 18,
    "conditions": 20,
    "condition": 23,
    "accessibility": 18,
    "es-home": 24,
    "es-techniques": 23,
    "es-sot": 32,
    "es-practitioners": 22,
    "es-practitioner": 25,
    "es-locations": 22,
    "es-location": 24,
    "es-new-patients": 20,
    "es-faq": 22,
    "es-book": 21,
    "es-contact": 21,
    "es-privacy": 20,
    "es-conditions": 22,
    "es-condition": 26,
    "es-accessibility": 20,
}
# The measured worst (the Spanish SOT page, 32, since technique pages name their reviewer and
# list the conditions they may help) and room for one more listing or one more piece of
# linked rich text on a new page type; a page that needs more is a design question.
BUDGET = 34  # no uncached public page, in either language, may cost more
LARGE_PAGE_QUERIES = 44


def uncached_queries(client, path):
    client.get(path)  # the first render warms Wagtail's site root paths and renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_every_public_page_in_both_languages_is_pinned_within_the_budget(client, bilingual_site):
    measured = {name: uncached_queries(client, path) for name, path in EVERY_PAGE.items()}
    assert measured == UNCACHED_QUERIES
    assert max(measured.values()) <= BUDGET


def test_large_technique_page_is_pinned_against_sot(client, bilingual_site):
    page = build_large_technique_page(TechniqueIndexPage.objects.get(locale__language_code="en"))
    assert len(page.body) == 30
    assert uncached_queries(client, page.url) == LARGE_PAGE_QUERIES
    assert LARGE_PAGE_QUERIES <= LARGE_VS_SOT * UNCACHED_QUERIES["sot"]
    html = client.get(page.url).content.decode()
    assert html.count('class="faq__item"') == 40


def test_cached_technique_page_needs_no_queries(
    client, bilingual_site, settings, django_assert_num_queries
):
    settings.WAGTAIL_CACHE = True
    caches["pagecache"].clear()
    client.get(SOT_PATH)
    with django_assert_num_queries(0):
        assert client.get(SOT_PATH).status_code == 200


def test_the_budget_is_one_number():
    assert QUERY_BUDGET == BUDGET
    readme = (ROOT / "README.md").read_text()
    performance = (ROOT / "docs" / "performance.md").read_text()
    for text in (readme, performance):
        stated = re.findall(r"at most (\d+) queries", text)
        assert stated and set(stated) == {str(BUDGET)}, stated
