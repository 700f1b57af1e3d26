"""What an uncached public page costs the database, pinned so it cannot creep up.

Measured on SQLite with the page cache off, after one view warmed Wagtail's site root
paths. Every page renders through Wagtail's own routing and per-request settings. What
keeps the count low, all through public APIs:

- routing loads each page on the way to the one served deferred, and an index page whose
  children are all of one type loads the child in full with its image joined
  (``BasePage.route``): one query per level instead of Wagtail's base row then specific row;
- a page's ancestors come in one query that also says which are restricted
  (``BasePage.ancestry``): the breadcrumbs and Wagtail's view-restriction check share it;
- the menu and listings leave out private pages in the same query (``exclude_private``),
  and the header menu, the footer and its locations share one query (``SiteNavigation``);
- each piece of rich text loads the pages it links to in one query whatever their types
  (``core.richtext``), and FAQ answers are expanded together (``core.faq_entries.expand_answers``);
- the site and its settings are the request's (``Site.find_for_request``, ``for_request``);
- the FAQ page marks up reusable questions without looking itself up (``lists_reusable_faqs``).

The large benchmark page (30 blocks, 40 questions, 20 links) may cost at most twice SOT.
"""

import pytest
from django.core.cache import caches

from bench.large_page import build_large_technique_page
from demo.public_pages import PUBLIC_PAGES, SOT_PATH
from technique.models import TechniqueIndexPage

# The header and footer's menu (one query, shared), the footer's locations and the default
# share image each cost a query on every page since the clinic grew practitioners and locations.
# Two languages cost three more: Wagtail's serve looks up the active Locale, the booking
# button finds the booking page in the page's language, and the page loads its translations
# once for the hreflang links and the language switch. A technique page also lists the
# conditions it may help (one query); its reviewer comes joined with the page.
UNCACHED_QUERIES = {
    "home": 12,
    "techniques": 14,
    "sot": 16,
    "practitioners": 13,
    "practitioner": 13,
    "locations": 13,
    "location": 13,
    "new-patients": 12,
    "faq": 14,
    "book": 13,
    "contact": 13,
    "privacy": 12,
    "conditions": 13,
    "condition": 13,
    "accessibility": 12,
}
PATHS = PUBLIC_PAGES
BUDGET = 16  # no uncached public page may cost more
LARGE_PAGE_QUERIES = 26


def assert_uncached_queries(client, path, expected, django_assert_num_queries):
    client.get(path)  # the first render warms Wagtail's site root paths and renditions
    with django_assert_num_queries(expected):
        response = client.get(path)
    assert response.status_code == 200


@pytest.mark.parametrize("name", sorted(UNCACHED_QUERIES))
def test_uncached_page_query_count_is_pinned(
    name, client, bilingual_site, django_assert_num_queries
):
    assert UNCACHED_QUERIES[name] <= BUDGET
    assert_uncached_queries(client, PATHS[name], UNCACHED_QUERIES[name], django_assert_num_queries)


def test_every_public_page_is_pinned():
    assert set(PUBLIC_PAGES) <= set(UNCACHED_QUERIES)


def test_large_technique_page_costs_at_most_twice_sot(
    client, bilingual_site, django_assert_num_queries
):
    page = build_large_technique_page(TechniqueIndexPage.objects.get(locale__language_code="en"))
    assert len(page.body) == 30
    assert LARGE_PAGE_QUERIES <= 2 * UNCACHED_QUERIES["sot"]
    assert_uncached_queries(client, page.url, LARGE_PAGE_QUERIES, django_assert_num_queries)
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
