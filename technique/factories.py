"""
Factories for technique pages.

    index = TechniqueIndexPageFactory(parent=home)
    page = TechniquePageFactory(parent=index, body__0__heading__text="Why", body__1="benefits")
"""

import factory
import wagtail_factories

from core import blocks as site_blocks
from technique.models import TechniqueIndexPage, TechniquePage


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=4)
    level = "h2"

    class Meta:
        model = site_blocks.HeadingBlock


class BenefitItemBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Faker("sentence", nb_words=3)
    description = factory.Faker("sentence", nb_words=12)

    class Meta:
        model = site_blocks.BenefitItemBlock


class BenefitListBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Who it suits"
    intro = ""
    items = wagtail_factories.ListBlockFactory(BenefitItemBlockFactory)

    class Meta:
        model = site_blocks.BenefitListBlock


class TechniqueIndexPageFactory(wagtail_factories.PageFactory):
    title = "Techniques"
    slug = "techniques"

    class Meta:
        model = TechniqueIndexPage


class TechniquePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3)
    slug = factory.Sequence(lambda n: f"technique-{n}")
    summary = factory.Faker("sentence", nb_words=20)
    body = wagtail_factories.StreamFieldFactory(
        {
            "heading": HeadingBlockFactory,
            "benefits": BenefitListBlockFactory,
        }
    )

    class Meta:
        model = TechniquePage
