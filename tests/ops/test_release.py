"""A new release never serves a cached page that names static files it no longer has.

collectstatic writes a manifest of hashed file names; the page cache's key prefix is a
hash of it (``RELEASE_ID``), so pages cached by the last release are never read by the
next one. The front cache is purged when a release starts (docs/deployment.md).
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.test import Client

from caching.config import caches_for, release_id
from demo.public_pages import SOT_PATH
from tests.security_helpers import production_setting

STATIC_FILES = [
    "css/site.css",
    "img/favicon.svg",
    "img/favicon.ico",
    "img/icon-192.png",
    "site.webmanifest",
    "js/request-form.js",
]


def collected(tmp_path, tag):
    """A STATIC_ROOT as collectstatic leaves it, every file hashed with ``tag``."""
    root = tmp_path / tag
    paths = {}
    for name in STATIC_FILES:
        stem, dot, ext = name.rpartition(".")
        paths[name] = f"{stem}.{tag}{dot}{ext}"
        (root / paths[name]).parent.mkdir(parents=True, exist_ok=True)
        (root / paths[name]).write_bytes(b"")
    manifest = {"paths": paths, "version": "1.1", "hash": tag}
    (root / "staticfiles.json").write_text(json.dumps(manifest))
    return root


def static_urls(response):
    page = BeautifulSoup(response.content, "html.parser")
    urls = [tag.get("href") or tag.get("src") for tag in page.find_all(["link", "script"])]
    return {url for url in urls if url and url.startswith("/static/")}


def deploy(settings, static_root):
    """What a restart after collectstatic gives: settings computed from the new manifest."""
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    local = "django.core.cache.backends.locmem.LocMemCache"
    settings.CACHES = caches_for(
        {"BACKEND": local, "LOCATION": "release-test"},
        {"BACKEND": local, "LOCATION": "release-test-pages"},
        release_id(static_root),
        300,
    )


def test_the_release_id_is_the_manifest_hash_unless_named(tmp_path):
    first, second = collected(tmp_path, "aaaa1111"), collected(tmp_path, "bbbb2222")
    assert release_id(first) != release_id(second)
    assert release_id(first) == release_id(first)
    assert release_id(tmp_path / "nothing-collected") == "dev"
    assert release_id(first, environ={"RELEASE_ID": "v42"}) == "v42"


@pytest.fixture
def first_release(settings, tmp_path):
    """The release running when the demo site is built, its uploads on disk."""
    settings.MEDIA_ROOT = tmp_path / "media"
    deploy(settings, collected(tmp_path, "aaaa1111"))


@pytest.mark.django_db
def test_a_release_changes_every_cached_page_static_urls(
    first_release, client, sot_page, settings, tmp_path
):
    settings.WAGTAIL_CACHE = True
    new = collected(tmp_path, "bbbb2222")
    caches["pagecache"].clear()
    client.get(SOT_PATH)
    cached = client.get(SOT_PATH)
    assert cached["X-Wagtail-Cache"] == "hit"
    assert "/static/css/site.aaaa1111.css" in static_urls(cached)

    deploy(settings, new)
    fresh = Client().get(SOT_PATH)  # a new app server process: middleware loaded afresh
    assert fresh["X-Wagtail-Cache"] == "miss"
    urls = static_urls(fresh)
    assert urls and all(".bbbb2222." in url for url in urls), urls


def test_production_keys_the_page_cache_to_the_release():
    got = production_setting(["CACHES", "RELEASE_ID"], RELEASE_ID="release-2026-12-01")
    assert got["RELEASE_ID"] == "release-2026-12-01"
    assert got["CACHES"]["pagecache"]["KEY_PREFIX"].endswith(":page:release-2026-12-01")
