"""Each language is cached on its own URL, the same bytes for every browser, and purged on
publish: the page cache here, and the front cache through the URLs it is sent."""

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.models import Locale, Page

from caching.purge import purge_front_cache

CACHE = "X-Wagtail-Cache"
SOT_EN = "/techniques/sacro-occipital-technique/"
SOT_ES = "/es/tecnicas/tecnica-sacro-occipital/"


@pytest.fixture
def page_cache(settings, bilingual_site):
    settings.WAGTAIL_CACHE = True
    caches["pagecache"].clear()
    return bilingual_site


def spanish_sot():
    return Page.objects.get(url_path__endswith="/tecnica-sacro-occipital/").specific


def test_each_language_has_its_own_entry(page_cache):
    english, spanish = Client().get(SOT_EN), Client().get(SOT_ES)
    assert (english[CACHE], spanish[CACHE]) == ("miss", "miss")
    again = Client().get(SOT_ES)
    assert again[CACHE] == "hit"
    assert again.content == spanish.content != english.content
    assert (english["Content-Language"], again["Content-Language"]) == ("en", "es")


@pytest.mark.parametrize("path", [SOT_EN, SOT_ES])
def test_a_browser_language_never_changes_the_page_or_splits_the_cache(page_cache, path):
    first = Client(HTTP_ACCEPT_LANGUAGE="es-US,es;q=0.9").get(path)
    second = Client(HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8").get(path)
    assert (first[CACHE], second[CACHE]) == ("miss", "hit")
    assert second.content == first.content
    assert "Accept-Language" not in first.get("Vary", "")


def test_publishing_the_spanish_page_purges_it(page_cache, django_capture_on_commit_callbacks):
    Client().get(SOT_ES)
    page = spanish_sot()
    page.title = "Técnica Sacro Occipital (SOT), actualizada"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = Client().get(SOT_ES)
    assert response[CACHE] == "miss"
    assert "actualizada" in response.content.decode()


def test_the_front_cache_is_sent_both_languages(bilingual_site, settings, monkeypatch):
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
    spanish = Locale.objects.get(language_code="es")
    spanish_urls = {page.get_full_url() for page in Page.objects.live().filter(locale=spanish)}
    assert spanish_urls and spanish_urls <= set(sent)
    assert any(url.endswith(SOT_ES) for url in sent)
    assert any(url.endswith(SOT_EN) for url in sent)
