"""Answers are expanded once per request: more questions and links cost no more queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from faq.factories import FAQFactory
from tests.jsonld import faq_block, nodes_of_type, snippet_block
from tests.trees import add_technique

pytestmark = pytest.mark.django_db


def linked_answer(n, page_ids):
    page_id = page_ids[n % len(page_ids)]
    return f'<p>Answer {n}, see <a linktype="page" id="{page_id}">this page</a>.</p>'


def questions(start, count, page_ids):
    return [
        (f"Question number {n}?", linked_answer(n, page_ids)) for n in range(start, start + count)
    ]


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


@pytest.fixture
def page_ids(demo_site):
    # Links to every kind of page on the site, so no page type is loaded for free.
    return list(Page.objects.filter(depth__gte=2).values_list("id", flat=True))


def test_query_count_does_not_grow_with_questions(client, page_ids, django_assert_num_queries):
    add_technique("small", [faq_block("One", questions(0, 2, page_ids))])
    big = [
        faq_block("One", questions(0, 10, page_ids)),
        faq_block("Two", questions(10, 10, page_ids)),
    ]
    add_technique("big", big)
    for url in ("/techniques/small/", "/techniques/big/"):
        render(client, url)  # warm what a page view keeps in the shared cache
    _, small_queries = render(client, "/techniques/small/")

    with django_assert_num_queries(small_queries):
        html = client.get("/techniques/big/").content.decode()

    (faq,) = nodes_of_type(html, "FAQPage")
    assert len(faq["mainEntity"]) == 20
    answer = faq["mainEntity"][0]["acceptedAnswer"]["text"]
    assert 'href="http://localhost/' in answer, "internal links are absolute in the markup"


def test_query_count_does_not_grow_with_reusable_questions(
    client, page_ids, django_assert_num_queries
):
    def shared(count):
        return [FAQFactory(answer=linked_answer(n, page_ids)) for n in range(count)]

    add_technique("small", [snippet_block("One", shared(1))])
    add_technique("big", [snippet_block("One", shared(5)), snippet_block("Two", shared(5))])
    for url in ("/techniques/small/", "/techniques/big/"):
        render(client, url)
    _, small_queries = render(client, "/techniques/small/")

    with django_assert_num_queries(small_queries):
        html = client.get("/techniques/big/").content.decode()
    assert html.count('class="faq__item"') == 10
