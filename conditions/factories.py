"""
Factories for condition pages.

    index = ConditionIndexPageFactory(parent=home)
    page = ConditionPageFactory(parent=index, title="Sciatica", treatments=[sot])
"""

import factory
import wagtail_factories

from conditions.models import ConditionIndexPage, ConditionPage


class ConditionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Conditions we treat"
    slug = "conditions"

    class Meta:
        model = ConditionIndexPage


class ConditionPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=2)
    slug = factory.Sequence(lambda n: f"condition-{n}")
    summary = factory.Faker("sentence", nb_words=20)
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = ConditionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def treatments(self, create, techniques, **kwargs):
        if techniques:
            self.treatments = techniques
            self.save_revision().publish()
