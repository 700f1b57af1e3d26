"""FAQ blocks, the FAQ page and the duplicate-content rule, as the public and crawlers see them."""

import pytest
from bs4 import BeautifulSoup
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase

from faq.factories import FAQBlockFactory, FAQFactory, FAQIndexPageFactory
from faq.models import FAQIndexPage
from home.models import HomePage
from technique.models import TechniquePage
from tests.html import text
from tests.jsonld import faq_block, marked_up, shown, snippet_block
from tests.trees import add_technique

pytestmark = pytest.mark.django_db


@pytest.fixture
def faq_page(home, sot_page):
    """The FAQ page with an inline question, beside the SOT page and its reusable one."""
    general = FAQBlockFactory(
        heading="General questions",
        items__0__item__question="Do I need a referral to book?",
        items__0__item__answer=RichText("<p>No. Book online or call us.</p>"),
    )
    return FAQIndexPageFactory(parent=home, body=[("faq", general)])


def test_two_faq_blocks_make_one_faq_page_in_visible_order(client, faq_page):
    first = [
        ("Does SOT hurt at all?", "<p>No.</p>"),
        ("How long is a visit?", "<p>Half an hour.</p>"),
    ]
    second = [("Can children have SOT?", "<p>Yes, <b>gently</b>.</p>")]
    add_technique("activator", [faq_block("One", first), faq_block("Two", second)])

    questions = marked_up(client, "/techniques/activator/")
    assert questions == [q for q, _ in first + second]
    assert shown(client, "/techniques/activator/") == questions


def test_snippet_is_marked_up_only_on_its_canonical_page(
    client, faq_page, django_capture_on_commit_callbacks
):
    shared = FAQFactory(question="Do you take insurance?", category="Paying")
    add_technique("activator", [snippet_block("Questions", [shared])])

    assert shared.markup_page.specific == faq_page
    assert "Do you take insurance?" in shown(client, "/techniques/activator/")
    assert "Do you take insurance?" not in marked_up(client, "/techniques/activator/")
    assert "Do you take insurance?" in marked_up(client, "/faq/")

    shared.marked_up_on = TechniquePage.objects.get(slug="activator")
    with django_capture_on_commit_callbacks(execute=True):  # committed, as the admin does
        shared.save()
    assert "Do you take insurance?" in marked_up(client, "/techniques/activator/")
    assert "Do you take insurance?" not in marked_up(client, "/faq/")
    assert "Do you take insurance?" in shown(client, "/faq/")


def test_a_question_repeated_on_a_page_is_marked_up_once(client, faq_page):
    item = [("Does SOT hurt at all?", "<p>No.</p>")]
    add_technique("activator", [faq_block("One", item), faq_block("Two", item)])

    assert marked_up(client, "/techniques/activator/") == ["Does SOT hurt at all?"]
    soup = BeautifulSoup(client.get("/techniques/activator/").content.decode(), "html.parser")
    ids = [details["id"] for details in soup.select("details.faq__item")]
    assert ids == ["does-sot-hurt-at-all", "does-sot-hurt-at-all-2"]


def test_unpublished_and_empty_items_are_skipped(client, faq_page):
    draft = FAQFactory(question="A draft question?", live=False)
    empty = [("An empty answer here?", "<p> </p>")]
    body = [snippet_block("Q", [draft]), faq_block("Empty", empty + [("Real one?", "<p>Yes.</p>")])]
    add_technique("activator", body)

    assert "A draft question?" not in shown(client, "/techniques/activator/")
    assert "A draft question?" not in shown(client, "/faq/")
    assert marked_up(client, "/techniques/activator/") == ["Real one?"]


def test_faq_page_groups_snippets_by_category_with_stable_anchors(client, faq_page):
    FAQFactory(question="Do you take insurance?", category="Paying")
    FAQFactory(question="Can I pay by card?", category="Paying")
    soup = BeautifulSoup(client.get("/faq/").content.decode(), "html.parser")
    groups = {
        text(section.h2): [text(s) for s in section.select("summary")]
        for section in soup.select("section.faq")
    }
    assert groups["Paying"] == ["Can I pay by card?", "Do you take insurance?"]
    assert "Is SOT safe for sensitive patients?" in groups["Sacro Occipital Technique (SOT)"]
    assert "Do I need a referral to book?" in groups["General questions"]
    # /faq/#is-sot-safe opens the accordion item: <details> needs no script to do so.
    assert soup.find(id="is-sot-safe").name == "details"
    assert not soup.select("main script")


def test_faq_page_editor_contract():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(FAQIndexPage, {HomePage})
    case.assertAllowedSubpageTypes(FAQIndexPage, set())
