"""A plain Editors-group member starts a Spanish translation, the way the admin's Translate
action does (docs/editors.md), on the demo's English site."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import HomePage
from technique.models import TechniquePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model, demo_site):
    user = django_user_model.objects.create_user("marketing", "m@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def spanish(demo_site):
    return Locale.objects.get_or_create(language_code="es")[0]


def translate(editor, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert editor.get(url).status_code == 200
    return editor.post(url, {"locales": [locale.pk], "include_subtree": "on"})


def test_an_editor_translates_the_site_into_spanish(editor, spanish):
    home = HomePage.objects.get()
    sot = TechniquePage.objects.get(slug="sacro-occipital-technique", locale=Locale.get_default())
    assert translate(editor, home, spanish).status_code == 302

    spanish_sot = sot.get_translation(spanish)
    assert spanish_sot.get_parent().get_parent().pk == home.get_translation(spanish).pk
    # A new translation is a draft until the editor publishes it from the translation editor.
    assert not spanish_sot.live
    assert Translation.objects.filter(target_locale=spanish, source__object_id=sot.translation_key)


def test_a_draft_translation_stays_out_of_the_spanish_site(editor, client, spanish):
    home = HomePage.objects.get()
    translate(editor, home, spanish)
    spanish_home = home.get_translation(spanish)
    spanish_home.save_revision().publish()
    english = Locale.get_default()
    sot = TechniquePage.objects.get(slug="sacro-occipital-technique", locale=english)
    spanish_sot = sot.get_translation(spanish)

    client.logout()
    assert client.get(spanish_home.url).status_code == 200
    assert spanish_sot.url not in client.get(spanish_home.url).content.decode()
    assert client.get(spanish_sot.url).status_code == 404
