"""Read a page's JSON-LD the way a search engine does: every ld+json script, parsed."""

import json

from bs4 import BeautifulSoup

from demo.site import SOT_SLUG
from tests.html import text

SOT_URL = f"/techniques/{SOT_SLUG}/"
HOSTILE = "</script><script>alert(1)</script> <!-- ]]>"


def ld_scripts(html):
    return BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json")


def graph_nodes(html):
    """Every node of every ld+json block, flattened out of any @graph."""
    nodes = []
    for script in ld_scripts(html):
        data = json.loads(script.string)
        nodes.extend(data.get("@graph", [data]))
    return nodes


def nodes_of_type(html, node_type):
    return [node for node in graph_nodes(html) if node["@type"] == node_type]


def all_strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)
    elif isinstance(value, str):
        yield value


def faq_block(heading, questions):
    """A FAQ block's stored form, for building page bodies in tests."""
    return {
        "type": "faq",
        "value": {
            "heading": heading,
            "items": [
                {"type": "item", "value": {"question": q, "answer": a, "anchor": ""}}
                for q, a in questions
            ],
        },
    }


def snippet_block(heading, faqs):
    """A FAQ block's stored form showing reusable questions, for building page bodies."""
    items = [{"type": "snippet", "value": faq.pk} for faq in faqs]
    return {"type": "faq", "value": {"heading": heading, "items": items}}


def marked_up(client, url):
    """The questions of the page's one FAQPage (at most one), as a search engine reads them."""
    faq_pages = nodes_of_type(client.get(url).content.decode(), "FAQPage")
    assert len(faq_pages) <= 1
    return [q["name"] for q in faq_pages[0]["mainEntity"]] if faq_pages else []


def shown(client, url):
    """The questions a visitor sees in the page's accordions, in order."""
    page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    return [text(summary) for summary in page.select("details.faq__item > summary")]
