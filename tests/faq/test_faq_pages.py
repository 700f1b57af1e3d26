"""FAQ blocks, the FAQ page and the duplicate-content rule, as the public and crawlers see them."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from faq.factories import FAQFactory
from faq.models import FAQ, FAQIndexPage
from home.models import HomePage
from technique.models import TechniquePage
from tests.html import text
from tests.jsonld import SOT_URL, faq_block, nodes_of_type, snippet_block
from tests.trees import add_technique

pytestmark = pytest.mark.django_db


def marked_up(client, url):
    faq_pages = nodes_of_type(client.get(url).content.decode(), "FAQPage")
    assert len(faq_pages) <= 1
    return [q["name"] for q in faq_pages[0]["mainEntity"]] if faq_pages else []


def shown(client, url):
    soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    return [text(summary) for summary in soup.select("details.faq__item > summary")]


def test_two_faq_blocks_make_one_faq_page_in_visible_order(client, demo_site):
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
    client, demo_site, django_capture_on_commit_callbacks
):
    faq_page = FAQIndexPage.objects.get()
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


def test_demo_sot_questions_are_marked_up_on_one_page_only(client, demo_site):
    sot_questions = list(
        FAQ.objects.filter(category__startswith="Sacro").values_list("question", flat=True)
    )
    assert len(sot_questions) == 4
    on_sot, on_faq = marked_up(client, SOT_URL), marked_up(client, "/faq/")
    assert set(sot_questions) <= set(on_sot)
    assert not set(sot_questions) & set(on_faq)
    assert set(sot_questions) <= set(shown(client, "/faq/"))


def test_a_question_repeated_on_a_page_is_marked_up_once(client, demo_site):
    item = [("Does SOT hurt at all?", "<p>No.</p>")]
    add_technique("activator", [faq_block("One", item), faq_block("Two", item)])

    assert marked_up(client, "/techniques/activator/") == ["Does SOT hurt at all?"]
    soup = BeautifulSoup(client.get("/techniques/activator/").content.decode(), "html.parser")
    ids = [details["id"] for details in soup.select("details.faq__item")]
    assert ids == ["does-sot-hurt-at-all", "does-sot-hurt-at-all-2"]


def test_unpublished_and_empty_items_are_skipped(client, demo_site):
    draft = FAQFactory(question="A draft question?", live=False)
    empty = [("An empty answer here?", "<p> </p>")]
    body = [snippet_block("Q", [draft]), faq_block("Empty", empty + [("Real one?", "<p>Yes.</p>")])]
    add_technique("activator", body)

    assert "A draft question?" not in shown(client, "/techniques/activator/")
    assert "A draft question?" not in shown(client, "/faq/")
    assert marked_up(client, "/techniques/activator/") == ["Real one?"]


def test_faq_page_groups_snippets_by_category_with_stable_anchors(client, demo_site):
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


def test_faq_page_editor_contract(demo_site):
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(FAQIndexPage, {HomePage})
    case.assertAllowedSubpageTypes(FAQIndexPage, set())


def test_seed_demo_is_idempotent_for_faqs(demo_site):
    from django.core.management import call_command

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert FAQIndexPage.objects.count() == 1
    assert FAQ.objects.filter(category__startswith="Sacro").count() == 4
    page = TechniquePage.objects.get(slug="sacro-occipital-technique")
    (faq,) = [block.value for block in page.body if block.block_type == "faq"]
    assert [child.block_type for child in faq["items"]] == ["snippet"] * 4
