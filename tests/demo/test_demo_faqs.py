"""The demo's FAQs: the SOT questions are reusable, marked up on the SOT page only."""

import pytest

from faq.models import FAQ, FAQIndexPage
from technique.models import TechniquePage
from tests.jsonld import SOT_URL, marked_up, shown

pytestmark = pytest.mark.django_db


def test_demo_sot_questions_are_marked_up_on_one_page_only(client, demo_site):
    sot_questions = list(
        FAQ.objects.filter(category__startswith="Sacro").values_list("question", flat=True)
    )
    assert len(sot_questions) == 4
    on_sot, on_faq = marked_up(client, SOT_URL), marked_up(client, "/faq/")
    assert set(sot_questions) <= set(on_sot)
    assert not set(sot_questions) & set(on_faq)
    assert set(sot_questions) <= set(shown(client, "/faq/"))


def test_seed_demo_is_idempotent_for_faqs(demo_site):
    from django.core.management import call_command

    call_command("seed_demo", "--english-only", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert FAQIndexPage.objects.count() == 1
    assert FAQ.objects.filter(category__startswith="Sacro").count() == 4
    page = TechniquePage.objects.get(slug="sacro-occipital-technique")
    (faq,) = [block.value for block in page.body if block.block_type == "faq"]
    assert [child.block_type for child in faq["items"]] == ["snippet"] * 4
