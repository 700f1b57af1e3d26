"""
Factories for the home app.

    home = HomePageFactory(parent=Page.get_first_root_node())
"""

import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = factory.Faker("sentence", nb_words=5)
    hero_text = factory.Faker("sentence", nb_words=14)

    class Meta:
        model = HomePage
