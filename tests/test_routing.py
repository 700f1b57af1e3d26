"""Fewer-query routing, privacy filters and link loading answer exactly as Wagtail's own.

Each routing case is served twice: through ``sitecore.routing`` and with it stepping aside,
so Wagtail's page-by-page walk decides. Both must agree.
"""

import re

import pytest
from wagtail.models import Page, PageViewRestriction

from sitecore import linkcache, routing
from sitecore.demo import SOT_SLUG
from technique.large_page import build_large_technique_page
from technique.models import TechniqueIndexPage, TechniquePage
from tests.public_pages import PUBLIC_PAGES, SOT_PATH

pytestmark = pytest.mark.django_db

UNKNOWN = "/techniques/no-such-technique/"


def normalised(response):
    body = response.content.decode()
    # Per-render tokens: the CSP nonce, CSRF and form tokens, reCAPTCHA widget ids.
    body = re.sub(r'(nonce|value|data-widget-uuid|data-callback)="[^"]*"', r'\1=""', body)
    return response.status_code, body


def both_ways(client, monkeypatch, path):
    ours = normalised(client.get(path))
    with monkeypatch.context() as patch:
        patch.setattr(routing, "route", lambda request, path: routing._UNDECIDED)
        wagtails = normalised(client.get(path))
    return ours, wagtails


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


@pytest.mark.parametrize("path", [*PUBLIC_PAGES.values(), "/privacy/", UNKNOWN, "/faq/x/y/"])
def test_public_pages_route_as_wagtail_does(client, demo_site, monkeypatch, path):
    ours, wagtails = both_ways(client, monkeypatch, path)
    assert ours == wagtails


def test_an_unpublished_page_is_not_found(client, demo_site, monkeypatch):
    TechniquePage.objects.get(slug=SOT_SLUG).unpublish()
    ours, wagtails = both_ways(client, monkeypatch, SOT_PATH)
    assert ours == wagtails
    assert ours[0] == 404


def test_a_live_page_under_an_unpublished_one_is_still_served(client, demo_site, monkeypatch):
    # Unpublishing in the admin takes the children too; a draft parent can still happen.
    Page.objects.filter(pk=TechniqueIndexPage.objects.get().pk).update(live=False)
    ours, wagtails = both_ways(client, monkeypatch, SOT_PATH)
    assert ours == wagtails
    assert ours[0] == 200


def test_a_restricted_section_asks_for_its_password(client, demo_site, monkeypatch):
    restrict(TechniqueIndexPage.objects.get())
    ours, wagtails = both_ways(client, monkeypatch, SOT_PATH)
    assert ours == wagtails
    assert 'name="password"' in ours[1]
    assert "Pelvic blocking" not in ours[1]


def test_restrictions_match_wagtails_own_lookup(demo_site, rf):
    restriction = restrict(TechniqueIndexPage.objects.get())
    request = rf.get(SOT_PATH)
    page = routing.route(request, SOT_PATH).page
    assert list(page.get_view_restrictions()) == [restriction]
    assert list(Page.get_view_restrictions(page)) == [restriction]


def test_an_alias_takes_its_sources_restrictions(client, demo_site, monkeypatch):
    sot = TechniquePage.objects.get(slug=SOT_SLUG)
    restrict(sot)
    sot.create_alias(parent=TechniqueIndexPage.objects.get(), update_slug="sot-alias")
    ours, wagtails = both_ways(client, monkeypatch, "/techniques/sot-alias/")
    assert ours == wagtails
    assert 'name="password"' in ours[1]


def test_restricted_pages_leave_the_menu_and_the_listing(
    client, demo_site, django_capture_on_commit_callbacks
):
    index = TechniqueIndexPage.objects.get()
    assert 'href="/techniques/"' in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        restrict(TechniquePage.objects.get(slug=SOT_SLUG))
    listing = client.get("/techniques/").content.decode()
    assert "Sacro Occipital Technique" not in listing
    with django_capture_on_commit_callbacks(execute=True):
        restrict(index)
    assert 'href="/techniques/"' not in client.get("/").content.decode()


def test_a_page_type_with_its_own_route_is_routed_by_wagtail(client, demo_site, monkeypatch):
    seen = []

    def own_route(self, request, path_components):
        seen.append(path_components)
        return Page.route(self, request, path_components)

    monkeypatch.setattr(TechniqueIndexPage, "route", own_route)
    assert client.get(SOT_PATH).status_code == 200
    assert seen == [["sacro-occipital-technique"]]


def test_linked_pages_are_never_older_than_the_last_publish(
    client, demo_site, django_capture_on_commit_callbacks
):
    page = build_large_technique_page(TechniqueIndexPage.objects.get())
    assert 'href="/privacy/"' in client.get(page.url).content.decode()
    privacy = Page.objects.get(slug="privacy").specific
    privacy.slug = "privacy-notice"
    with django_capture_on_commit_callbacks(execute=True):
        privacy.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'href="/privacy-notice/"' in html
    assert 'href="/privacy/"' not in html
    assert linkcache._linked.get() is None, "the request's pages must not outlive it"
