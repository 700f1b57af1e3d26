"""Admin form data for a new technique page, as the page editor posts it."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from faq.models import FAQ
from technique.models import TechniqueIndexPage


def new_technique_form(answer, seo_title="", description=""):
    body = streamfield(
        [
            (
                "faq",
                {
                    "heading": "Questions",
                    "items": streamfield(
                        [
                            ("item", {"question": "Does it hurt?", "answer": rich_text(answer)}),
                            ("snippet", FAQ.objects.get(anchor="is-sot-safe").pk),
                        ]
                    ),
                },
            )
        ]
    )
    return nested_form_data(
        {
            "title": "Activator Method",
            "slug": "activator-method",
            "summary": "A hand-held instrument delivers a light, quick impulse.",
            "hero_image_alt": "",
            "seo_title": seo_title,
            "search_description": description,
            "body": body,
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def post_technique(client, data):
    index = TechniqueIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=("technique", "techniquepage", index.pk))
    return client.post(url, data)
