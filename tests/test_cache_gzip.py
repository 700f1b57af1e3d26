"""Cache hits under production's GZipMiddleware: compressed once when stored, fresh nonce each hit."""

import gzip

import pytest

from sitecore import pagecache
from tests.public_pages import SOT_PATH

GZIP_MIDDLEWARE = "django.middleware.gzip.GZipMiddleware"


@pytest.fixture
def gzip_page_cache(settings, demo_site):
    # Where production puts it: just inside WhiteNoise, outside the page cache.
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, GZIP_MIDDLEWARE
    )
    settings.MIDDLEWARE = middleware
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    return demo_site


def get(client, gzip_ok=True):
    return client.get(SOT_PATH, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})


def test_a_gzip_hit_is_the_page_with_its_own_nonce(client, gzip_page_cache):
    miss = get(client)
    hits = [get(client) for _ in range(2)]
    page = gzip.decompress(miss.content)
    for hit in hits:
        assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in hit["Vary"]
        assert int(hit["Content-Length"]) == len(hit.content)
        nonce = hit.wsgi_request._csp_nonce
        assert f"'nonce-{nonce}'" in hit["Content-Security-Policy"]
        body = gzip.decompress(hit.content)
        assert body == page.replace(miss.wsgi_request._csp_nonce.encode(), nonce.encode())
    assert hits[0].wsgi_request._csp_nonce != hits[1].wsgi_request._csp_nonce


def test_hits_carry_random_padding_against_breach(client, gzip_page_cache):
    get(client)
    lengths = {len(get(client).content) for _ in range(8)}
    assert len(lengths) > 1


def test_a_client_without_gzip_gets_the_plain_page(client, gzip_page_cache):
    get(client)
    hit = get(client, gzip_ok=False)
    assert hit["X-Page-Cache"] == "hit" and "Content-Encoding" not in hit
    assert b"</html>" in hit.content and "Accept-Encoding" in hit["Vary"]


def test_entries_from_an_older_release_are_rendered_afresh(client, gzip_page_cache):
    from django.core.cache import cache

    get(client)
    request = get(client).wsgi_request
    key = pagecache._key(request, pagecache.current_generation())
    cache.set(key, {"body": "stale", "headers": {}})
    response = get(client)
    assert response["X-Page-Cache"] == "miss"
    assert b"stale" not in gzip.decompress(response.content)
