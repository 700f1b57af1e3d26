"""
Factories for FAQs.

    faq = FAQFactory(question="Is SOT safe?", category="SOT")
    page = FAQIndexPageFactory(parent=home)
    block = FAQBlockFactory(heading="Questions", items__0__item__question="Does it hurt?")
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from core import faq_blocks
from faq.models import FAQ, FAQIndexPage


class FAQFactory(DjangoModelFactory):
    question = factory.Sequence(lambda n: f"What happens at visit number {n}?")
    answer = factory.LazyAttribute(lambda o: f"<p>An answer to: {o.question}</p>")
    category = ""
    live = True

    class Meta:
        model = FAQ


class FAQItemBlockFactory(wagtail_factories.StructBlockFactory):
    question = factory.Sequence(lambda n: f"Inline question number {n}?")
    answer = factory.LazyFunction(lambda: RichText("<p>A short answer.</p>"))
    anchor = ""

    class Meta:
        model = faq_blocks.FAQItemBlock


class FAQItemsBlockFactory(wagtail_factories.StreamBlockFactory):
    item = factory.SubFactory(FAQItemBlockFactory)

    class Meta:
        model = faq_blocks.FAQItemsBlock


class FAQBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Frequently asked questions"
    items = wagtail_factories.StreamFieldFactory(FAQItemsBlockFactory)

    class Meta:
        model = faq_blocks.FAQBlock


class FAQIndexPageFactory(wagtail_factories.PageFactory):
    title = "Frequently asked questions"
    slug = "faq"

    class Meta:
        model = FAQIndexPage
