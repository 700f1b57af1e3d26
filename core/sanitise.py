"""
Cut FAQ answers down to the HTML Google accepts in ``Answer.text``, and say what was cut.

nh3 does the cleaning; a small parser beside it lists what nh3 will drop, so the admin
can warn an editor before content silently disappears from an answer.
"""

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import nh3

# Google's documented list for FAQ answers, minus <h1>: a page has one of those already.
ALLOWED_TAGS = frozenset(
    {"p", "br", "ol", "ul", "li", "a", "b", "strong", "i", "em", "div"}
    | {"h2", "h3", "h4", "h5", "h6"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
# Draftail's bookkeeping: dropping it loses nothing an editor wrote.
UNREPORTED_ATTRIBUTES = frozenset({"data-block-key"})
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Their text is code or styling, never part of an answer.
CONTENT_DROPPED_TAGS = frozenset({"script", "style", "template", "iframe", "object"})


@dataclass(frozen=True)
class SanitisedHTML:
    html: str
    dropped: tuple[str, ...]

    def __str__(self):
        return self.html


class _DropFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.dropped = []

    def _note(self, what):
        if what not in self.dropped:
            self.dropped.append(what)

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self._note(f"<{tag}> element")
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name in UNREPORTED_ATTRIBUTES:
                continue
            if name not in allowed:
                self._note(f"{name} attribute on <{tag}>")
            elif not _url_allowed(value or ""):
                self._note(f"{urlsplit(value or '').scheme}: link")

    def handle_comment(self, data):
        self._note("HTML comment")


def _url_allowed(url):
    scheme = urlsplit(url.strip()).scheme.lower()
    return not scheme or scheme in URL_SCHEMES


def dropped_by_sanitiser(html):
    """What ``sanitise_answer`` would remove from ``html``, as short human phrases."""
    finder = _DropFinder()
    finder.feed(html or "")
    finder.close()
    return tuple(finder.dropped)


def sanitise_answer(html, base_url=""):
    """
    Clean ``html`` to the allowed tags. With ``base_url``, relative links become absolute,
    because search engines read ``Answer.text`` away from the page it came from.
    """

    def absolute_links(tag, attribute, value):
        if tag == "a" and attribute == "href" and base_url:
            return urljoin(base_url, value)
        return value

    cleaned = nh3.clean(
        html or "",
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CONTENT_DROPPED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=absolute_links,
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )
    return SanitisedHTML(cleaned.strip(), dropped_by_sanitiser(html))
