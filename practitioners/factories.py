"""
Factories for practitioner pages.

    index = PractitionerIndexPageFactory(parent=home)
    person = PractitionerPageFactory(parent=index, title="Dr. Ada Lee", languages="English, Korean")
"""

import factory
import wagtail_factories

from practitioners.models import PractitionerIndexPage, PractitionerPage


class PractitionerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Our chiropractors"
    slug = "practitioners"

    class Meta:
        model = PractitionerIndexPage


class PractitionerPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("name")
    slug = factory.Sequence(lambda n: f"practitioner-{n}")
    credentials = "DC"
    summary = factory.Faker("sentence", nb_words=18)
    biography = factory.LazyFunction(lambda: "<p>Trained and practising locally.</p>")
    languages = "English"

    class Meta:
        model = PractitionerPage
