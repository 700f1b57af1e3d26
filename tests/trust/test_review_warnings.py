"""The editor is warned on save when a health page's medical review is missing or stale."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.html import soup, text

pytestmark = pytest.mark.django_db


def save(client, page, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "hero_image_alt": "",
            "search_description": "A description long enough for search results to show it well.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)
    # Only the review's own warnings: the search-appearance ones are tested elsewhere.
    warnings = [text(li) for li in soup(response).select(".messages li.warning")]
    return [warning for warning in warnings if "review" in warning.lower()]


def test_a_page_without_a_review_is_flagged(editors_client, sot_page):
    (warning,) = save(editors_client, sot_page)
    assert warning.startswith(f"{sot_page.title}: No medical review is recorded.")


def test_a_review_older_than_a_year_is_flagged_and_a_recent_one_is_not(
    editors_client, reviewed_technique, okafor
):
    old = datetime.date.today() - datetime.timedelta(days=400)
    (warning,) = save(
        editors_client, reviewed_technique, reviewed_by=okafor.pk, last_reviewed=old.isoformat()
    )
    assert "more than a year old" in warning
    today = datetime.date.today().isoformat()
    assert (
        save(editors_client, reviewed_technique, reviewed_by=okafor.pk, last_reviewed=today) == []
    )
