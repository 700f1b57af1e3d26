"""Structured data for the page being rendered, and the safe JSON-LD filter."""

from django import template
from django.utils.html import format_html

from core.pages import BasePage
from seo.markdown import is_in_markdown, markdown_url
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


@register.simple_tag(takes_context=True)
def markdown_alternate(context):
    """``<link rel="alternate" type="text/markdown">`` to the page's Markdown, if it has one.

    A page behind a view restriction is never cached or public, so it names none either."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, BasePage) or not is_in_markdown(page):
        return ""
    if page.get_view_restrictions().exists():
        return ""
    return format_html(
        '<link rel="alternate" type="text/markdown" href="{}">', markdown_url(page, request)
    )
