"""New technique pages reach the home page without anyone editing it."""

import pytest
from django.contrib.auth.models import Group

from home.models import HomePage
from technique.models import TechniqueIndexPage, TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def home_cards(client):
    return [text(title) for title in soup(client.get("/")).select(".featured .card__title")]


def add_technique(title, slug, publish=True):
    index = TechniqueIndexPage.objects.get()
    page = index.add_child(
        instance=TechniquePage(title=title, slug=slug, summary="A short summary.", live=False)
    )
    if publish:
        page.save_revision().publish()
    return page


def test_an_editor_publishes_a_technique_and_the_home_page_lists_it(
    client, django_user_model, sot_page
):
    user = django_user_model.objects.create_user("marketing", "m@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert post_technique(client, new_technique_form("<p>No.</p>")).status_code == 302
    client.logout()
    assert "Activator Method" in home_cards(client)


def test_hand_picked_first_then_newest_and_never_drafts(client, home, sot_page):
    # An editor hand-picks SOT, which is older than the techniques added below.
    home.featured_techniques.create(technique=sot_page, sort_order=0)
    home.save_revision().publish()
    add_technique("Older technique", "older")
    add_technique("Newest technique", "newest")
    add_technique("Draft technique", "draft", publish=False)
    home = HomePage.objects.get()
    # Hand-picked techniques lead, in their order, though older.
    picked = [item.technique.title for item in home.featured_techniques.all()]
    assert picked
    cards = home_cards(client)
    assert cards[: len(picked) + 2] == [*picked, "Newest technique", "Older technique"]
    assert "Draft technique" not in cards
    home.featured_techniques.all().delete()
    home.save_revision().publish()
    assert home_cards(client)[0] == "Newest technique"
