"""The full-page cache: served without queries, never stale, never shared when personal."""

import re

import pytest
from django.test import Client
from wagtail.models import Page

from sitecore import pagecache
from sitecore.models import ClinicSettings
from tests.booking_helpers import booking_post, patch_captcha
from tests.public_pages import SOT_PATH


@pytest.fixture
def page_cache(settings, demo_site):
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    return demo_site


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish like the admin does; purges run when the transaction commits."""

    def _publish(page, **changes):
        for name, value in changes.items():
            setattr(page, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return _publish


def sot_page():
    return Page.objects.get(url_path__endswith="/sacro-occipital-technique/").specific


def test_second_anonymous_get_is_served_from_cache_without_queries(
    client, page_cache, django_assert_num_queries
):
    first = client.get(SOT_PATH)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(SOT_PATH)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content.replace(
        first.wsgi_request._csp_nonce.encode(), second.wsgi_request._csp_nonce.encode()
    )


def test_public_pages_have_a_short_shared_max_age(client, page_cache, settings):
    for response in (client.get(SOT_PATH), client.get(SOT_PATH)):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}" in cache_control
        assert "max-age=0" in cache_control


def test_each_cache_hit_gets_a_fresh_nonce_in_header_and_body(client, page_cache):
    client.get(SOT_PATH)
    hits = [client.get(SOT_PATH) for _ in range(2)]
    nonces = [hit.wsgi_request._csp_nonce for hit in hits]
    assert nonces[0] != nonces[1]
    for hit, nonce in zip(hits, nonces, strict=True):
        assert f"'nonce-{nonce}'" in hit["Content-Security-Policy"]
        assert pagecache.NONCE_PLACEHOLDER not in hit.content.decode()


def test_publishing_shows_the_new_content_on_the_next_request(client, page_cache, publish):
    client.get(SOT_PATH)
    publish(sot_page(), title="Sacro Occipital Technique, freshly edited")
    response = client.get(SOT_PATH)
    assert response["X-Page-Cache"] == "miss"
    assert "freshly edited" in response.content.decode()


def test_publishing_one_page_refreshes_listings_on_others(client, page_cache, publish):
    client.get("/techniques/")
    publish(sot_page(), title="Renamed in the listing")
    assert "Renamed in the listing" in client.get("/techniques/").content.decode()


def test_unpublishing_removes_the_page_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    client.get(SOT_PATH)
    with django_capture_on_commit_callbacks(execute=True):
        sot_page().unpublish()
    assert client.get(SOT_PATH).status_code == 404


def test_deleting_and_moving_purge(client, page_cache, django_capture_on_commit_callbacks):
    client.get("/techniques/")
    page = sot_page()
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert client.get("/techniques/")["X-Page-Cache"] == "miss"


def test_a_clinic_settings_change_purges_every_page(
    client, page_cache, django_capture_on_commit_callbacks
):
    for path in ("/", SOT_PATH):
        client.get(path)
    clinic = ClinicSettings.for_site(page_cache)
    with django_capture_on_commit_callbacks(execute=True):
        clinic.name = "Harbourview Spine Centre"
        clinic.save()
    for path in ("/", SOT_PATH):
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss"
        assert "Harbourview Spine Centre" in response.content.decode()


def test_a_saved_draft_does_not_purge(client, page_cache, django_capture_on_commit_callbacks):
    client.get(SOT_PATH)
    page = sot_page()
    page.title = "Draft only"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    response = client.get(SOT_PATH)
    assert response["X-Page-Cache"] == "hit"
    assert "Draft only" not in response.content.decode()


def test_a_lost_generation_key_orphans_old_entries(client, page_cache):
    from django.core.cache import cache

    client.get(SOT_PATH)
    cache.delete(pagecache.GENERATION_KEY)
    assert client.get(SOT_PATH)["X-Page-Cache"] == "miss"


def test_logged_in_editors_bypass_the_cache(client, page_cache, admin_user):
    client.get(SOT_PATH)
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(SOT_PATH)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    # ...and what they saw is never stored for the public.
    assert client.get(SOT_PATH)["X-Page-Cache"] == "hit"


def test_previews_bypass_the_cache(client, page_cache, admin_user):
    client.get(SOT_PATH)
    page = sot_page()
    page.title = "Unpublished preview title"
    page.save_revision()
    editor = Client()
    editor.force_login(admin_user)
    preview = editor.get(f"/admin/pages/{page.pk}/view_draft/")
    assert "Unpublished preview title" in preview.content.decode()
    assert "no-store" in preview["Cache-Control"]
    public = client.get(SOT_PATH)
    assert public["X-Page-Cache"] == "hit"
    assert "Unpublished preview title" not in public.content.decode()


def test_admin_is_private_and_never_cached(client, page_cache):
    response = client.get("/admin/login/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_form_pages_are_never_cached_and_still_submit(
    page_cache, django_capture_on_commit_callbacks
):
    first_visitor = Client(enforce_csrf_checks=True)
    first_visitor.get("/book/")
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/book/")
    assert "X-Page-Cache" not in page
    assert "no-store" in page["Cache-Control"]
    assert "private" in page["Cache-Control"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    with patch_captcha(), django_capture_on_commit_callbacks(execute=True):
        response = visitor.post("/book/", {**booking_post(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_responses_that_set_cookies_are_not_stored(client, page_cache):
    from django.http import HttpResponse

    from sitecore.pagecache import _must_not_store

    response = HttpResponse("x")
    response.set_cookie("tracking", "1")
    request = client.get(SOT_PATH).wsgi_request
    assert _must_not_store(request, response)
