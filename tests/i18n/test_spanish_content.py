"""The Spanish demo content: well-formed for wagtail-localize, and published through it.

The checks on the dictionaries need nothing installed. The end-to-end test runs once the
settings install wagtail-localize with WAGTAIL_I18N_ENABLED; until then it is skipped.
"""

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.conf import settings
from django.utils.text import slugify

from demo.spanish import SPANISH, SPANISH_SLUGS
from tests.html import soup, text


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(attrs))))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(attrs))))


def inline_tags(html):
    parser = _Tags()
    parser.feed(html)
    return sorted(parser.tags)


def numbers(value):
    return sorted(re.findall(r"\d+", value))


@pytest.mark.parametrize("english", sorted(SPANISH))
def test_translation_keeps_tags_and_figures(english):
    spanish = SPANISH[english]
    assert spanish.strip() == spanish != ""
    # wagtail-localize puts a string's attributes back by tag and id, so both must survive.
    assert inline_tags(spanish) == inline_tags(english)
    # Prices, hours, years, ZIP codes and phone numbers are facts, not wording.
    assert numbers(spanish) == numbers(english)


def test_translations_pass_wagtail_localizes_own_checks():
    strings = pytest.importorskip("wagtail_localize.strings")
    for english, spanish in SPANISH.items():
        # What StringTranslation.save runs: a failure would mark the translation as an error.
        strings.StringValue.from_translated_html(spanish)
        strings.validate_translation_links(english, spanish)


def test_spanish_slugs_are_slugs_and_distinct():
    for english, spanish in SPANISH_SLUGS.items():
        assert slugify(english) == english
        assert slugify(spanish) == spanish
    assert len(set(SPANISH_SLUGS.values())) == len(SPANISH_SLUGS)


localized = pytest.mark.skipif(
    not (
        apps.is_installed("wagtail_localize") and getattr(settings, "WAGTAIL_I18N_ENABLED", False)
    ),
    reason="needs wagtail-localize installed and WAGTAIL_I18N_ENABLED",
)


@localized
def test_every_demo_page_has_a_live_spanish_twin(demo_site, client):
    from wagtail.models import Locale, Page

    from demo.translate import apply_spanish_demo, spanish_locale

    spanish = spanish_locale()
    # Inside the test's transaction, as inside seed_demo's: nothing waits for a commit.
    apply_spanish_demo(locale=spanish)

    english_pages = Page.objects.filter(depth__gt=1, locale=Locale.get_default())
    assert english_pages.count() > 10
    for page in english_pages.specific():
        twin = page.get_translation(spanish)
        assert twin.live
        assert twin.slug == SPANISH_SLUGS[page.slug]
        title = text(soup(client.get(twin.get_url())).title)
        assert title.startswith(SPANISH[page.title]), (twin.get_url(), title)


@localized
def test_applying_again_changes_nothing(demo_site):
    from wagtail.models import Revision

    from demo.translate import apply_spanish_demo

    apply_spanish_demo()
    revisions = Revision.objects.count()
    apply_spanish_demo()
    assert Revision.objects.count() == revisions


@localized
def test_every_source_string_has_spanish(demo_site):
    from demo.translate import spanish_for
    from scripts.es_segments import demo_objects, is_translatable, source_strings

    missing = [
        (str(obj), path, string)
        for obj in demo_objects()
        if is_translatable(obj)
        for path, string in source_strings(obj)
        if spanish_for(path, string) is None
    ]
    assert missing == []


@localized
def test_no_redirects_from_interim_english_slugs(demo_site, django_capture_on_commit_callbacks):
    from wagtail.contrib.redirects.models import Redirect

    from demo.translate import apply_spanish_demo

    # Wagtail records slug changes when the transaction commits; run those callbacks.
    with django_capture_on_commit_callbacks(execute=True):
        apply_spanish_demo()
    assert not Redirect.objects.filter(redirect_page__locale__language_code="es").exists()
