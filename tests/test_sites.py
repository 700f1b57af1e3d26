"""The site for a host comes from the shared cache, and never outlives a change to Sites."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from home.models import HomePage
from sitecore import sites


@pytest.fixture
def fresh(demo_site):
    cache.delete(sites.CACHE_KEY)
    yield demo_site
    cache.delete(sites.CACHE_KEY)


def test_a_second_request_finds_the_site_without_a_query(rf, fresh, django_assert_num_queries):
    assert sites.site_for_request(rf.get("/")) == fresh
    with django_assert_num_queries(0):
        site = sites.site_for_request(rf.get("/"))
    assert site == fresh and site.site_name == fresh.site_name


def test_the_remembered_site_does_not_carry_a_stale_home_page(rf, fresh):
    sites.site_for_request(rf.get("/"))
    HomePage.objects.filter(pk=fresh.root_page_id).update(title="Renamed home")
    assert sites.site_for_request(rf.get("/")).root_page.title == "Renamed home"


def test_saving_a_site_is_seen_by_the_next_request(rf, fresh):
    sites.site_for_request(rf.get("/"))
    other = Site.objects.create(hostname="testserver", port=80, root_page_id=fresh.root_page_id)
    assert sites.site_for_request(rf.get("/")) == other
    other.delete()
    assert sites.site_for_request(rf.get("/")) == fresh


def test_a_disallowed_host_is_answered_as_wagtail_would_and_not_remembered(rf, fresh):
    request = rf.get("/", HTTP_HOST="attacker.example")
    assert sites.site_for_request(request) == Site.find_for_request(rf.get("/"))
    assert not any("attacker" in host for host in cache.get(sites.CACHE_KEY) or {})
