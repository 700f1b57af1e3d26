"""The site for a host comes from the shared cache, and never outlives a change to Sites."""

from django.core.cache import cache
from wagtail.models import Site

from home.models import HomePage
from sitecore import sites


def test_a_second_request_finds_the_site_without_a_query(rf, demo_site, django_assert_num_queries):
    assert sites.site_for_request(rf.get("/")) == demo_site
    with django_assert_num_queries(0):
        site = sites.site_for_request(rf.get("/"))
    assert site == demo_site and site.site_name == demo_site.site_name


def test_the_remembered_site_does_not_carry_a_stale_home_page(rf, demo_site):
    sites.site_for_request(rf.get("/"))
    HomePage.objects.filter(pk=demo_site.root_page_id).update(title="Renamed home")
    assert sites.site_for_request(rf.get("/")).root_page.title == "Renamed home"


def test_saving_a_site_is_seen_by_the_next_request(rf, demo_site):
    sites.site_for_request(rf.get("/"))
    other = Site.objects.create(hostname="testserver", port=80, root_page_id=demo_site.root_page_id)
    assert sites.site_for_request(rf.get("/")) == other
    other.delete()
    assert sites.site_for_request(rf.get("/")) == demo_site


def test_a_disallowed_host_is_answered_as_wagtail_would_and_not_remembered(rf, demo_site):
    request = rf.get("/", HTTP_HOST="attacker.example")
    assert sites.site_for_request(request) == Site.find_for_request(rf.get("/"))
    assert not any("attacker" in host for host in cache.get(sites.CACHE_KEY) or {})
