"""Save warnings: once per explicit save, on the page saved, never from an autosave."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from faq.models import FAQ
from technique.models import TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import soup, text

pytestmark = pytest.mark.django_db
LONG_TITLE = "Activator Method: a gentle, instrument-assisted chiropractic adjustment"


def shown_warnings(response):
    """The admin's message list as the editor sees it on the page rendered."""
    return [text(li) for li in soup(response).select(".messages li.warning")]


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def save(client, page, data, publish=False):
    data = {k: v for k, v in data.items() if k != "action-publish"}
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(edit_url(page), data, follow=True)


def autosave(client, page, data):
    data = {k: v for k, v in data.items() if k != "action-publish"}
    return client.post(edit_url(page), data, HTTP_ACCEPT="application/json")


@pytest.fixture
def over_long(editors_client, sot_page):
    description = "A gentle instrument-based technique explained: what it is and who it suits."
    data = new_technique_form("<p>No.</p>", seo_title=LONG_TITLE, description=description)
    post_technique(editors_client, data)
    editors_client.get(reverse("wagtailadmin_home"))  # the creation's own messages, read
    return TechniquePage.objects.get(slug="activator-method"), data


def test_the_warning_names_the_field_as_the_editor_sees_it(editors_client, over_long):
    page, data = over_long
    (warning,) = [w for w in shown_warnings(save(editors_client, page, data)) if "Title tag" in w]
    assert warning.startswith(f"Activator Method: Title tag is {len(LONG_TITLE)} characters")
    data["search_description"] = "Too short."
    warnings = shown_warnings(save(editors_client, page, data))
    assert any("Meta description is 10 characters" in w for w in warnings)


def test_two_saves_and_an_autosave_show_the_warning_once_each_and_never_later(
    editors_client, over_long, sot_page
):
    page, data = over_long
    for _ in range(2):
        warnings = shown_warnings(save(editors_client, page, data))
        assert sum("Title tag" in w for w in warnings) == 1
    response = autosave(editors_client, page, data)
    assert response.status_code == 200
    assert response.json()["success"] is True
    # The next page opened (another page's editor) carries nothing from the autosave.
    assert shown_warnings(editors_client.get(edit_url(sot_page))) == []
    assert shown_warnings(editors_client.get(edit_url(page))) == []


def test_publishing_shows_the_warning_once_naming_the_page(editors_client, over_long):
    page, data = over_long
    warnings = shown_warnings(save(editors_client, page, data, publish=True))
    assert [w for w in warnings if "Title tag" in w] == [
        f"Activator Method: Title tag is {len(LONG_TITLE)} characters; "
        "search results cut it off after about 60."
    ]


def test_a_draft_reusable_question_left_off_the_page_is_named(editors_client, over_long):
    page, data = over_long
    faq = FAQ.objects.get(anchor="is-sot-safe")
    faq.live = False
    faq.save()
    warnings = shown_warnings(save(editors_client, page, data))
    assert any(
        f"The reusable FAQ '{faq.question}' is a draft, so this page leaves it out" in w
        for w in warnings
    )


def test_an_inline_answer_losing_pasted_content_says_what(editors_client, sot_page):
    description = "A gentle instrument-based technique explained: what it is and who it suits."
    answer = '<p>No.</p><p><a href="ftp://files.example/x">Our leaflet</a></p>'
    data = new_technique_form(answer, description=description)
    post_technique(editors_client, data)
    warnings = shown_warnings(editors_client.get(reverse("wagtailadmin_home")))
    assert any("The answer to 'Does it hurt?' contains ftp: link" in w for w in warnings)


def test_a_faq_saved_as_draft_says_no_page_shows_it(editors_client):
    data = {
        "question": "Can I bring a friend?",
        "answer": rich_text("<p>Yes.</p>"),
        "category": "",
        "anchor": "",
        "marked_up_on": "",
    }
    response = editors_client.post(reverse("wagtailsnippets_faq_faq:add"), data, follow=True)
    assert any("This question is a draft" in w for w in shown_warnings(response))
    faq = FAQ.objects.get(question="Can I bring a friend?")
    url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    response = editors_client.post(url, data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert shown_warnings(editors_client.get(reverse("wagtailsnippets_faq_faq:list"))) == []
