"""What uncached page views keep in the shared cache is never older than the last change.

The clinic and SEO settings, the menu and each page's ancestors come from
``sitecore.contentcache`` (issue 7). Every change an editor commits must show on the very
next page view, on every app server, with the page cache off as well as on.
"""

from unittest import mock

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from sitecore import contentcache, pagecache
from sitecore.models import ClinicSettings
from technique.models import TechniquePage
from tests.html import soup, text
from tests.public_pages import SOT_PATH

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[False, True], ids=["page-cache-off", "page-cache-on"])
def site(request, settings, demo_site):
    settings.PAGE_CACHE_ENABLED = request.param
    return demo_site


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as the admin's request does: its purge follows the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def menu(client, path="/"):
    return [text(a) for a in soup(client.get(path)).select(".site-nav__link")]


def footer_phone(client, path):
    return text(soup(client.get(path)).select_one(".site-footer a[href^='tel:']"))


def sot():
    return TechniquePage.objects.get(slug="sacro-occipital-technique")


def test_a_second_view_reads_the_database_less(client, site, django_assert_max_num_queries):
    client.get(SOT_PATH)
    # Without the content cache the SOT page costs 8 (tests/test_cache_queries.py).
    with django_assert_max_num_queries(4):
        assert client.get(SOT_PATH).status_code == 200


def test_a_new_phone_number_shows_on_every_page_at_once(client, site, committed):
    for path in ("/", SOT_PATH):
        assert footer_phone(client, path) == "(541) 555-0142"
    clinic = ClinicSettings.for_site(site)
    clinic.phone = "(541) 555-0199"
    with committed():
        clinic.save()
    for path in ("/", SOT_PATH):
        assert footer_phone(client, path) == "(541) 555-0199"


def test_new_opening_hours_show_at_once(client, site, committed):
    def hours():
        rows = soup(client.get(SOT_PATH)).select(".site-footer .hours__row")
        return [(text(row.find("dt")), text(row.find("dd"))) for row in rows]

    assert hours()[0] == ("Monday", "8:30 AM – 6:00 PM")
    clinic = ClinicSettings.for_site(site)
    clinic.opening_hours = [("hours", {"weekday": "Monday", "opens": "07:15", "closes": "12:00"})]
    with committed():
        clinic.save()
    assert hours() == [("Monday", "7:15 AM – 12:00 PM")]


def test_the_menu_follows_publishing(client, site, committed):
    assert "Techniques" in menu(client)
    index = Page.objects.get(url_path="/home/techniques/").specific
    index.show_in_menus = False
    with committed():
        index.save_revision().publish()
    assert "Techniques" not in menu(client)
    index.title = "Our techniques"
    index.show_in_menus = True
    with committed():
        index.save_revision().publish()
    assert "Our techniques" in menu(client, SOT_PATH)


def test_a_published_edit_shows_at_once_and_a_draft_never(client, site, committed):
    def summary():
        return text(soup(client.get(SOT_PATH)).select_one(".technique__summary"))

    published = summary()
    page = sot()
    page.summary = "A draft nobody has approved."
    with committed():
        page.save_revision()
    assert summary() == published
    page.summary = "A gentle, low-force technique."
    with committed():
        page.save_revision().publish()
    assert summary() == "A gentle, low-force technique."


def test_a_renamed_slug_moves_the_page_at_once(client, site, committed):
    assert client.get(SOT_PATH).status_code == 200
    page = sot()
    page.slug = "sot"
    with committed():
        page.save_revision().publish()
    assert client.get("/techniques/sot/").status_code == 200
    # Wagtail's automatic redirect, not the old page from a kept route.
    old = client.get(SOT_PATH)
    assert (old.status_code, old["Location"]) == (301, "/techniques/sot/")


def test_an_unpublished_page_is_gone_at_once(client, site, committed):
    assert client.get(SOT_PATH).status_code == 200
    with committed():
        sot().unpublish()
    assert client.get(SOT_PATH).status_code == 404


def test_a_new_view_restriction_hides_a_page_that_was_public(client, site, committed):
    assert "Pelvic blocking" in text(soup(client.get(SOT_PATH)))
    with committed():
        PageViewRestriction.objects.create(
            page=sot(), restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    html = client.get(SOT_PATH).content.decode()
    assert 'name="password"' in html
    assert "Pelvic blocking" not in html


def test_a_changed_site_root_is_seen_at_once(client, site, committed):
    assert client.get(SOT_PATH).status_code == 200
    techniques = Page.objects.get(url_path="/home/techniques/")
    site.root_page = techniques
    with committed():
        site.save()
    assert client.get("/sacro-occipital-technique/").status_code == 200
    assert client.get(SOT_PATH).status_code == 404


def test_an_entry_from_an_older_generation_is_never_used(rf, demo_site):
    request = rf.get("/")
    contentcache.store(request, "probe", "before")
    assert contentcache.get(rf.get("/"), "probe") == "before"
    pagecache.purge_all()
    assert contentcache.get(rf.get("/"), "probe") is contentcache.MISSING


def test_a_lost_generation_key_drops_every_entry(rf, demo_site):
    contentcache.store(rf.get("/"), "probe", "before")
    cache.delete(pagecache.GENERATION_KEY)
    assert contentcache.get(rf.get("/"), "probe") is contentcache.MISSING


def test_only_paths_of_pages_are_kept(client, demo_site):
    with mock.patch.object(contentcache, "store", wraps=contentcache.store) as store:
        for n in range(5):
            assert client.get(f"/techniques/no-such-technique-{n}/").status_code == 404
        assert not [call for call in store.call_args_list if call.args[1].startswith("chain:")]
        assert client.get(SOT_PATH).status_code == 200
    assert len([call for call in store.call_args_list if call.args[1].startswith("chain:")]) == 1


def test_an_edited_reusable_question_shows_at_once(client, site, committed):
    from faq.models import FAQ

    faq = FAQ.objects.get(anchor="is-sot-safe")
    assert faq.question in text(soup(client.get(SOT_PATH)))
    faq.question = "Is SOT safe for my newborn?"
    with committed():
        faq.save()
    assert "Is SOT safe for my newborn?" in text(soup(client.get(SOT_PATH)))


def test_a_replaced_image_shows_at_once(client, site, committed):
    from django.core.files.images import ImageFile

    from sitecore.demo import _illustration

    def body_sources():
        sources = soup(client.get(SOT_PATH)).select("main .technique__hero ~ * source")
        return " ".join(source["srcset"] for source in sources)

    assert "sot-blocks" in body_sources()
    image = sot().hero_image
    image.file = ImageFile(_illustration(), name="replaced-photo.jpg")
    with committed():
        image.save()
        image.renditions.all().delete()  # as Wagtail's image form does when the file changes
    assert "replaced-photo" in body_sources()
    assert "sot-blocks" not in body_sources()


def test_an_entry_not_named_in_the_prefetch_is_still_found(rf, demo_site):
    contentcache.store(rf.get("/"), "probe", "kept")
    request = rf.get("/")
    contentcache.prefetch(request, ["something-else"])
    assert contentcache.get(request, "something-else") is contentcache.MISSING
    assert contentcache.get(request, "probe") == "kept"
