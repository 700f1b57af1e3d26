"""
A Markdown alternate of every public page, for answer engines that read plain text.

The Markdown is the page's own ``<main>`` as a visitor sees it (its StreamField blocks,
the FAQ questions and answers, and what each page type lists beside them), converted by
markdownify. Rendering the page's template rather than walking its fields keeps the two
from disagreeing. Forms, navigation and decoration are left out; links are absolute.

URLs: a page at ``/techniques/sot/`` has its Markdown at ``/techniques/sot/index.md``, so it is
a plain path that every cache keeps and every purge can name.
"""

import copy
import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.template.response import TemplateResponse
from django.utils import translation
from markdownify import MarkdownConverter

MARKDOWN_NAME = "index.md"
# What a visitor of the Markdown has no use for: the trail above the heading, forms
# (the booking page says how to book in words too) and anything hidden or decorative.
DROPPED = [
    "nav", "form", "noscript", "script", "style", "svg", "img[alt='']", "[aria-hidden=true]", ".visually-hidden",
]  # fmt: skip


def markdown_url(page, request=None):
    """The absolute URL of ``page``'s Markdown alternate."""
    return page.get_full_url(request) + MARKDOWN_NAME


def is_in_markdown(page):
    """Whether ``page`` (specific) has a Markdown alternate: a live page search engines may
    list. (A page behind a view restriction has none either; callers check that.)"""
    return page.live and not getattr(page, "noindex", True)


def page_markdown(page, request):
    """``page`` (specific) as Markdown: its visible main content, with a header naming the
    page's address, language and last update."""
    # Rendered for a copy of the request: a form's CSRF token is dropped with the form, and
    # must not give the Markdown a cookie (which would keep every cache from storing it).
    shadow = copy.copy(request)
    shadow.META = dict(request.META)
    with translation.override(page.locale.language_code):
        response = TemplateResponse(shadow, page.get_template(shadow), page.get_context(shadow))
        html = response.render().content.decode()
    main = BeautifulSoup(html, "html.parser").find("main")
    page_url = page.get_full_url(request)
    body = html_to_markdown(main, page_url) if main else f"# {page.title}"
    facts = [f"URL: {page_url}", f"Language: {page.locale.language_code}"]
    if page.last_published_at:
        facts.append(f"Updated: {page.last_published_at.date().isoformat()}")
    return body.strip() + "\n\n---\n\n" + "\n".join(facts) + "\n"


def html_to_markdown(element, base_url):
    for selector in DROPPED:
        for dropped in element.select(selector):
            dropped.decompose()
    title = element.find("h1")
    if title is not None:
        # The page's title first, as Markdown documents begin (a photo may precede it).
        element.insert(0, title.extract())
    for heading in element.select("li h2, li h3, li h4"):
        # A list item's title (a benefit) stays inside its item, in bold.
        heading.name = "strong"
    for summary in element.select("details > summary"):
        # A question in an FAQ accordion: a heading in Markdown, its answer below it.
        summary.name = "h3"
    for link in element.select("a[href]"):
        link["href"] = urljoin(base_url, link["href"])
    for image in element.select("img[src]"):
        image["src"] = urljoin(base_url, image["src"])
    converter = MarkdownConverter(heading_style="ATX", bullets="-", strip=["picture", "source"])
    return re.sub(r"\n{3,}", "\n\n", converter.convert_soup(element)).strip()
