"""Structured data for the page being rendered, and the safe JSON-LD filter."""

from django import template

from sitecore.pages import BasePage
from sitecore.structured_data import dumps, page_graph_json

register = template.Library()


@register.filter
def json_ld(value):
    """Serialise for a ld+json script element: <, > and & become \\u escapes."""
    return dumps(value)


@register.inclusion_tag("components/structured_data/page_graph.html", takes_context=True)
def structured_data(context):
    page = context.get("page")
    request = context.get("request")
    data = page_graph_json(page, request) if isinstance(page, BasePage) else ""
    return {"request": request, "data": data}
