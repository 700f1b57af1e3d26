"""What an uncached public page costs the database, pinned so it cannot creep up.

Measured on SQLite with the page cache off and each page rendered once before:

- issue 5: SOT 32 queries before BasePage remembered its site and SEO organisation
  settings for the render, 26 after.
- issue 7, before -> after: home 14 -> 7, techniques 21 -> 7, SOT 26 -> 9, FAQ 20 -> 8,
  booking 20 -> 7, contact 20 -> 7, privacy 19 -> 6, and the large benchmark page
  (``technique/large_page.py``: 30 blocks, 40 questions, 20 links) 34 -> 9, the same as SOT.
- then one fewer on every page: the site for the host is kept in the shared cache
  (``sitecore/sites.py``), cleared whenever a Site is saved or deleted.
- then four fewer on every page: the clinic and SEO settings, the menu and the page's
  ancestors come from the shared cache, kept until the page cache's generation moves
  (``sitecore/contentcache.py``; tests/test_content_cache.py proves they are never stale).
- then three fewer on SOT: the pages, images and reusable questions a page links to or
  chooses are kept the same way, per page (``sitecore/linkcache.py``).
- then one fewer on every page: the page itself, with its hero image, is kept with its
  ancestors (``sitecore/routing.py``).

So SOT reads nothing from the database until the next change. What is left elsewhere are
listings of other pages and snippets (home's featured techniques, the technique index's
cards, the FAQ page's questions, the privacy page's link on the forms). The first view
after a change costs eight on SOT: its ancestors, the page, the clinic and SEO settings,
the menu, its reusable questions, its images and the pages it links to, each in one
lookup. None of them grows with the number of blocks, questions or links.
"""

import pytest

from sitecore import pagecache
from technique.large_page import build_large_technique_page
from technique.models import TechniqueIndexPage
from tests.public_pages import PUBLIC_PAGES, SOT_PATH

# The header and footer's menu (one query, shared), the footer's locations and the default
# share image each cost a query on every page since the clinic grew practitioners and locations.
UNCACHED_QUERIES = {
    "home": 5,
    "techniques": 4,
    "sot": 3,
    "practitioners": 4,
    "practitioner": 6,
    "locations": 4,
    "location": 5,
    "new-patients": 3,
    "faq": 5,
    "book": 4,
    "contact": 4,
    "privacy": 3,
}
PATHS = PUBLIC_PAGES
BUDGET = 12  # issue 7: no uncached public page may cost more


def assert_uncached_queries(client, path, expected, django_assert_num_queries):
    client.get(path)  # the first render warms Wagtail's per-process site-root cache
    with django_assert_num_queries(expected):
        response = client.get(path)
    assert response.status_code == 200


@pytest.mark.parametrize("name", sorted(UNCACHED_QUERIES))
def test_uncached_page_query_count_is_pinned(name, client, demo_site, django_assert_num_queries):
    assert UNCACHED_QUERIES[name] <= BUDGET
    assert_uncached_queries(client, PATHS[name], UNCACHED_QUERIES[name], django_assert_num_queries)


def test_every_public_page_is_pinned():
    assert set(PUBLIC_PAGES) <= set(UNCACHED_QUERIES)


def test_large_technique_page_costs_what_sot_costs(client, demo_site, django_assert_num_queries):
    page = build_large_technique_page(TechniqueIndexPage.objects.get())
    assert len(page.body) == 30
    assert_uncached_queries(client, page.url, UNCACHED_QUERIES["sot"], django_assert_num_queries)
    html = client.get(page.url).content.decode()
    assert html.count('class="faq__item"') == 40


# The first view after any change: nothing kept in the shared cache is current (8 before
# the content cache; 11 with the menu, locations and practitioners the chrome now shows).
# What that view costs must not grow with content either.
FIRST_VIEW_AFTER_A_CHANGE = {"sot": 11, "large": 11}


def test_the_first_view_after_a_change_costs_the_same_for_the_large_page(
    client, demo_site, django_assert_num_queries
):
    large = build_large_technique_page(TechniqueIndexPage.objects.get())
    for name, path in (("sot", SOT_PATH), ("large", large.url)):
        client.get(path)
        pagecache.purge_all()
        with django_assert_num_queries(FIRST_VIEW_AFTER_A_CHANGE[name]):
            assert client.get(path).status_code == 200


def test_cached_technique_page_needs_no_queries(
    client, demo_site, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    client.get(SOT_PATH)
    with django_assert_num_queries(0):
        assert client.get(SOT_PATH).status_code == 200
