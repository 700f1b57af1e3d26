"""``{% picture %}`` gives Wagtail's own markup, and a page's repeat view reads it back (issue 7).

The tag keeps each picture's markup with what the page view chose (``sitecore.linkcache``),
so what it keeps must tell apart every input of that markup: the image, the sizes and
formats, and the attributes such as alt text.
"""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template

from sitecore import linkcache
from technique.models import TechniquePage

pytestmark = pytest.mark.django_db

SPECS = "format-{avif,jpeg} width-{400,800}"


def render(library, source, **context):
    return Template("{% load " + library + " %}" + source).render(Context(context))


def pictures(html):
    """Each <picture> as a crawler reads it: its sources' type and srcset, and its img."""
    return [
        (
            [(s.get("type"), s.get("srcset"), s.get("sizes")) for s in p.find_all("source")],
            p.find("img").attrs,
        )
        for p in BeautifulSoup(html, "html.parser").find_all("picture")
    ]


@pytest.fixture
def image(demo_site):
    return TechniquePage.objects.get(slug="sacro-occipital-technique").hero_image


@pytest.mark.parametrize("in_a_page_view", [False, True], ids=["alone", "in-a-page-view"])
def test_the_markup_is_wagtails_own(image, in_a_page_view):
    source = "{% picture image " + SPECS + ' alt="A spine model" loading="lazy" %}'
    expected = pictures(render("wagtailimages_tags", source, image=image))
    assert expected and expected[0][1]["alt"] == "A spine model"
    if in_a_page_view:
        with linkcache.sharing_linked_pages():
            first = render("picture_tags", source, image=image)
            again = render("picture_tags", source, image=image)
        assert pictures(again) == expected
    else:
        first = render("picture_tags", source, image=image)
    assert pictures(first) == expected


def test_each_size_and_alt_text_keeps_its_own_markup(image):
    sources = [
        "{% picture image " + SPECS + " alt=alt %}",
        "{% picture image format-{webp,jpeg} fill-{300x300,600x600} alt=alt %}",
    ]
    wanted = {
        (source, alt): pictures(render("wagtailimages_tags", source, image=image, alt=alt))
        for source in sources
        for alt in ("Hero photo", "Body photo")
    }
    with linkcache.sharing_linked_pages():
        for _ in range(2):
            for (source, alt), expected in wanted.items():
                got = pictures(render("picture_tags", source, image=image, alt=alt))
                assert got == expected
                assert got[0][1]["alt"] == alt


def test_a_changed_alt_text_is_not_read_from_the_last_view(image):
    source = "{% picture image " + SPECS + ' alt="Before" %}'
    with linkcache.sharing_linked_pages():
        render("picture_tags", source, image=image)
        kept = linkcache.loaded()
    with linkcache.sharing_linked_pages(preloaded=kept):
        again = render("picture_tags", source.replace("Before", "After"), image=image)
    assert pictures(again)[0][1]["alt"] == "After"


def test_the_as_form_still_gives_the_renditions(image):
    source = "{% picture image " + SPECS + " as photo %}{{ photo.formats|length }}"
    with linkcache.sharing_linked_pages():
        assert render("picture_tags", source, image=image) == "2"


def test_no_image_renders_nothing(demo_site):
    with linkcache.sharing_linked_pages():
        assert render("picture_tags", "{% picture image " + SPECS + " %}", image=None) == ""
