"""What an uncached technique page costs the database, pinned so it cannot creep up.

Measured for issue 5: 32 queries before BasePage remembered its site and its SEO
organisation settings for the render, 26 after. The rest is Wagtail's routing and
privacy checks, the header, footer and breadcrumbs, and the FAQ block (issue 3).
"""

from sitecore import pagecache
from tests.public_pages import SOT_PATH

UNCACHED_SOT_QUERIES = 26


def test_uncached_technique_page_query_count_is_pinned(
    client, demo_site, django_assert_num_queries
):
    client.get(SOT_PATH)  # first render warms Wagtail's per-process site-root cache
    with django_assert_num_queries(UNCACHED_SOT_QUERIES):
        response = client.get(SOT_PATH)
    assert response.status_code == 200


def test_cached_technique_page_needs_no_queries(
    client, demo_site, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    client.get(SOT_PATH)
    with django_assert_num_queries(0):
        assert client.get(SOT_PATH).status_code == 200
