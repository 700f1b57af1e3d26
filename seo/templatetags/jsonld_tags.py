"""Structured data for the page being rendered, and the safe JSON-LD filter."""

from django import template

from core.pages import BasePage
from seo.structured_data import dumps, page_graph_json

register = template.Library()


@register.filter
def json_ld(value):
    """Serialise for a ld+json script element: <, > and & become \\u escapes."""
    return dumps(value)


@register.inclusion_tag("components/structured_data/page_graph.html", takes_context=True)
def structured_data(context):
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, BasePage):
        return {"request": request, "data": ""}
    # The entries and trail the page computed for this render, so the FAQPage matches the
    # accordion and the BreadcrumbList the visible breadcrumbs.
    data = page_graph_json(
        page, request, context.get("faq_entries"), context.get("breadcrumb_trail")
    )
    return {"request": request, "data": data}
