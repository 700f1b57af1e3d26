"""The page cache (wagtail-cache): the same bytes for every visitor, never stale, never
shared when personal."""

import re

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.models import Page

from core.models import ClinicSettings
from demo.public_pages import PUBLIC_PAGES, SOT_PATH
from tests.booking_helpers import booking_post, patch_captcha

CACHE = "X-Wagtail-Cache"


@pytest.fixture
def page_cache(settings, public_pages):
    settings.WAGTAIL_CACHE = True
    caches["pagecache"].clear()
    return public_pages


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


@pytest.mark.parametrize("name", sorted(set(PUBLIC_PAGES) - {"book", "contact"}))
def test_two_anonymous_views_are_the_same_bytes(name, page_cache):
    first = Client().get(PUBLIC_PAGES[name])
    second = Client().get(PUBLIC_PAGES[name])
    assert (first[CACHE], second[CACHE]) == ("miss", "hit")
    assert second.content == first.content
    for header in ("Content-Security-Policy", "Cache-Control", "Content-Type"):
        assert second[header] == first[header]


def test_a_hit_needs_no_queries(client, page_cache, django_assert_num_queries):
    client.get(SOT_PATH)
    with django_assert_num_queries(0):
        assert client.get(SOT_PATH)[CACHE] == "hit"


def test_public_pages_tell_shared_caches_how_long_to_keep_them(client, page_cache, settings):
    for response in (client.get(SOT_PATH), client.get(SOT_PATH)):
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert directives == {
            "public",
            "max-age=0",
            f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}",
        }
        assert "Expires" not in response


@pytest.mark.parametrize(
    "query", ["utm_source=news&utm_medium=email", "gclid=abc", "fbclid=x&mc_cid=1", "msclkid=2"]
)
def test_tracking_parameters_add_no_cache_entries(client, page_cache, query):
    plain = client.get(SOT_PATH)
    tracked = client.get(f"{SOT_PATH}?{query}")
    # A hit on the plain page's entry: the tracked URL made no entry of its own.
    assert tracked[CACHE] == "hit"
    assert tracked.content == plain.content


def test_other_query_strings_are_served_but_never_stored(client, page_cache):
    client.get(SOT_PATH)
    for n in range(3):
        response = client.get(f"{SOT_PATH}?page={n}")
        assert response.status_code == 200
        assert response[CACHE] == "skip"
        assert "public" not in response["Cache-Control"]


def test_publishing_shows_the_new_content_on_the_next_request(client, page_cache, publish):
    client.get(SOT_PATH)
    publish(sot_page(), title="Sacro Occipital Technique, freshly edited")
    response = client.get(SOT_PATH)
    assert response["X-Wagtail-Cache"] == "miss"
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
    assert client.get("/techniques/")["X-Wagtail-Cache"] == "miss"


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
        assert response["X-Wagtail-Cache"] == "miss"
        assert "Harbourview Spine Centre" in response.content.decode()


def test_a_saved_draft_does_not_purge(client, page_cache, django_capture_on_commit_callbacks):
    client.get(SOT_PATH)
    page = sot_page()
    page.title = "Draft only"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    response = client.get(SOT_PATH)
    assert response["X-Wagtail-Cache"] == "hit"
    assert "Draft only" not in response.content.decode()


def test_logged_in_editors_bypass_the_cache(client, page_cache, admin_user):
    client.get(SOT_PATH)
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(SOT_PATH)
    assert response.get(CACHE, "skip") == "skip"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    # ...and what they saw is never stored for the public.
    assert client.get(SOT_PATH)["X-Wagtail-Cache"] == "hit"


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
    assert public["X-Wagtail-Cache"] == "hit"
    assert "Unpublished preview title" not in public.content.decode()


def test_admin_is_private_and_never_cached(client, page_cache):
    response = client.get("/admin/login/")
    assert response.get(CACHE, "skip") == "skip"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_form_pages_are_never_cached_and_still_submit(
    page_cache, django_capture_on_commit_callbacks
):
    first_visitor = Client(enforce_csrf_checks=True)
    first_visitor.get("/book/")
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/book/")
    assert page.get(CACHE, "skip") == "skip"
    assert "no-store" in page["Cache-Control"]
    assert "private" in page["Cache-Control"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    with patch_captcha(), django_capture_on_commit_callbacks(execute=True):
        response = visitor.post("/book/", {**booking_post(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
