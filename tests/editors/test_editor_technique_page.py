"""An editor builds a technique page in the admin, publishes it, and the public sees it."""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from technique.models import TechniqueIndexPage, TechniquePage
from tests.html import heading_outline, soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model, technique_index):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Blocks", file=get_test_image_file())


def every_block(index, image, cta=None):
    """Form data with one of each block in the technique stream, in editor order."""
    cta = cta or {"text": "See all techniques", "action": "link", "page": index.pk, "link_url": ""}
    return streamfield(
        [
            ("heading", {"text": "How it works", "level": "h2"}),
            ("rich_text", rich_text("<p>Gentle blocks under the pelvis.</p>")),
            (
                "benefits",
                {
                    "heading": "Who it suits",
                    "intro": "Patients who want gentle care.",
                    "items": streamfield(
                        [
                            ("item", {"title": "Sensitive patients", "description": "Low force."}),
                            ("item", {"title": "Acute pain", "description": "No twisting."}),
                        ]
                    ),
                },
            ),
            ("cta", cta),
            ("image", {"image": image.pk, "alt_text": "Two blocks", "caption": "Blocks"}),
            (
                "quote",
                {"text": "Gravity does the work.", "attribution": "A patient", "style": "quote"},
            ),
            (
                "faq",
                {
                    "heading": "Questions",
                    "items": streamfield(
                        [("item", {"question": "Does it hurt?", "answer": rich_text("<p>No.</p>")})]
                    ),
                },
            ),
        ]
    )


def post_new_technique(client, index, body, action="action-publish"):
    url = reverse("wagtailadmin_pages:add", args=("technique", "techniquepage", index.pk))
    data = nested_form_data(
        {
            "title": "Activator Method",
            "slug": "activator-method",
            "summary": "A hand-held instrument delivers a light, quick impulse.",
            "hero_image_alt": "",
            "body": body,
            "comments": inline_formset([]),
            action: action,
        }
    )
    return client.post(url, data)


def test_editor_creates_and_publishes_a_page_with_every_block(editor_client, image):
    index = TechniqueIndexPage.objects.get()
    response = post_new_technique(editor_client, index, every_block(index, image))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = TechniquePage.objects.get(slug="activator-method")
    assert page.live
    assert [block.block_type for block in page.body] == [
        "heading", "rich_text", "benefits", "cta", "image", "quote", "faq"
    ]  # fmt: skip

    public = soup(editor_client.get("/techniques/activator-method/"))
    main = public.find("main")
    assert heading_outline(public)[0] == (1, "Activator Method")
    assert [text(t) for t in main.select(".benefits__title")] == [
        "Sensitive patients",
        "Acute pain",
    ]
    assert main.select_one(".cta a")["href"] == "/techniques/"
    assert main.select_one("figure.figure img")["alt"] == "Two blocks"
    assert text(main.select_one("blockquote")) == "Gravity does the work."
    assert text(main.select_one("details summary")) == "Does it hurt?"
    assert "Gentle blocks under the pelvis." in text(main.select_one(".rich-text"))


def test_a_call_to_action_with_both_page_and_url_is_rejected(editor_client, image):
    index = TechniqueIndexPage.objects.get()
    both = {"text": "Go", "action": "link", "page": index.pk, "link_url": "https://example.org"}
    response = post_new_technique(editor_client, index, every_block(index, image, cta=both))

    assert response.status_code == 200  # the form is shown again, with errors
    assert not TechniquePage.objects.filter(slug="activator-method").exists()
    assert "could not be created due to validation errors" in text(soup(response))
    # The message sits on the CTA block (index 3), against both fields the editor filled.
    stream_error = response.context["form"].errors["body"].as_data()[0]
    cta_errors = stream_error.block_errors[3].block_errors
    for field in ("page", "link_url"):
        assert cta_errors[field].messages == ["Choose a page or a web address, not both."]


def test_a_draft_is_not_public(editor_client, image):
    index = TechniqueIndexPage.objects.get()
    post_new_technique(editor_client, index, every_block(index, image), action="action-save")

    assert not TechniquePage.objects.get(slug="activator-method").live
    assert editor_client.get("/techniques/activator-method/").status_code == 404
