"""What an uncached page view asks of the shared cache, pinned like its queries (issue 7).

Before: every URL built without a request read the site root paths from Redis (four
reads on SOT), and Wagtail wrote back every image rendition it had just read (a pickle
and a Redis transaction per image). Now: one read of the root paths, and no writes; and
a page's repeat view reads no renditions at all, its pictures' markup coming with the
rest of what it chose (``sitecore.templatetags.picture_tags``).
"""

from unittest import mock

import pytest
from django.core.cache import caches
from wagtail.models import Site

from sitecore import pagecache
from tests.html import soup
from tests.public_pages import PUBLIC_PAGES, SOT_PATH


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_a_page_view_reads_the_site_root_paths_once(name, client, demo_site):
    client.get(PUBLIC_PAGES[name])
    with mock.patch.object(
        Site, "get_site_root_paths", wraps=Site.get_site_root_paths
    ) as root_paths:
        assert client.get(PUBLIC_PAGES[name]).status_code == 200
    assert root_paths.call_count == 1


def renditions_read(client, path):
    """The rendered page and how many times the view read and wrote renditions."""
    renditions = caches["renditions"]
    with (
        mock.patch.object(type(renditions), "set_many", autospec=True) as writes,
        mock.patch.object(
            type(renditions), "get_many", autospec=True, side_effect=type(renditions).get_many
        ) as reads,
    ):
        page = soup(client.get(path))
    assert writes.call_count == 0
    return page, reads.call_count


PHOTO_READS = 2
PHOTO_READS_REPEAT = 1


def test_renditions_read_from_the_cache_are_not_written_back(client, demo_site):
    client.get(SOT_PATH)  # creates the renditions and caches them
    pagecache.purge_all()  # the first view after a change builds each picture again
    _, reads = renditions_read(client, SOT_PATH)
    # The hero image and the body's image, and the "Practitioners who offer this" photos,
    # which each read their renditions once.
    assert reads == 2 + 2 * PHOTO_READS


def test_a_repeat_view_reads_no_renditions_and_shows_the_same_pictures(client, demo_site):
    client.get(SOT_PATH)
    pagecache.purge_all()
    first, _ = renditions_read(client, SOT_PATH)
    again, reads = renditions_read(client, SOT_PATH)
    # The practitioners' photos are found by a query, not chosen by the page, so the
    # content cache does not keep their markup: each reads its renditions again.
    assert reads == 2 * PHOTO_READS_REPEAT
    assert [str(p) for p in again.find_all("picture")] == [
        str(p) for p in first.find_all("picture")
    ]
    assert len(first.find_all("picture")) == 4
