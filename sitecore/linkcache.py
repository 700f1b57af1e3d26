"""
The pages that rich-text links and page choosers point to, loaded once per page view (issue 7).

Each piece of rich text (a body block, an intro, an FAQ answer) is expanded on its own,
and each expansion used to query for the pages it links to. During a page view those pages
now come from one dict: a page render names every link it will expand up front
(``prefetch``), and the link handler queries only for pages nobody named. The dict lives
for one page view (``sitecore.routing.serve``), so a moved or retitled page is never stale;
anywhere else (the admin, e-mails, previews) links are loaded as before.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

_linked_pages = ContextVar("linked_pages", default=None)
_site_root_paths = ContextVar("site_root_paths", default=None)


@contextmanager
def sharing_linked_pages(site_root_paths=None):
    """Within this block, every rich-text expansion shares the pages it loads.

    ``site_root_paths`` (this page view's ``Site.get_site_root_paths()``) is handed to each
    loaded page, so building its URL reads nothing more from the shared cache.
    """
    token = _linked_pages.set({})
    paths_token = _site_root_paths.set(site_root_paths)
    try:
        yield
    finally:
        _site_root_paths.reset(paths_token)
        _linked_pages.reset(token)


def share_site_root_paths(pages):
    """Give ``pages`` this page view's site root paths, as Wagtail caches them on a page."""
    root_paths = _site_root_paths.get()
    if root_paths is not None:
        for page in pages:
            page._wagtail_cached_site_root_paths = root_paths


def page_ids(html):
    """The ids of the pages that ``html`` (rich text in its stored form) links to."""
    for match in FIND_A_TAG.finditer(html or ""):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") == "page" and attrs.get("id"):
            yield str(attrs["id"])


def prefetch(html_sources=(), ids=()):
    """Load, in one query, the pages ``ids`` and every page linked from ``html_sources``."""
    if _linked_pages.get() is not None:
        wanted = {str(page_id) for page_id in ids}
        wanted.update(page_id for html in html_sources for page_id in page_ids(html))
        linked_pages(wanted)


def stream_links(block, raw, html, ids):
    """Collect a stream's stored rich text into ``html`` and its chosen pages into ``ids``."""
    if isinstance(block, blocks.RichTextBlock):
        html.append(raw or "")
    elif isinstance(block, blocks.PageChooserBlock):
        if raw:
            ids.add(str(raw))
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            stream_links(child, raw.get(name), html, ids)
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            stream_links(block.child_block, item["value"] if is_wrapped else item, html, ids)
    elif isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                stream_links(child, item.get("value"), html, ids)


def linked_pages(ids):
    """``{id: Page or None}`` for string ``ids``, from this page view's dict where it can."""
    known = _linked_pages.get()
    if known is None:
        return _fetch(ids)
    missing = {page_id for page_id in ids if page_id not in known}
    if missing:
        found = _fetch(missing)
        known.update({page_id: found.get(page_id) for page_id in missing})
    return {page_id: known[page_id] for page_id in ids}


class LinkedPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser whose pages come from the same dict as rich-text links."""

    @cached_property
    def canonical_module_path(self):
        # Stored data and migrations are a plain PageChooserBlock's; only loading differs.
        return "wagtail.blocks.PageChooserBlock"

    def bulk_to_python(self, values):
        if self.model_class is not Page:
            return super().bulk_to_python(values)
        pages = linked_pages({str(value) for value in values if value is not None})
        # A copy each, as Wagtail's own gives, so no two blocks share an instance.
        return [copy.copy(pages.get(str(value))) if value is not None else None for value in values]


# A link needs only the page's URL, which these base Page columns give, for every page type
# in one query; loading every column cost more than the query itself.
LINK_FIELDS = ("id", "url_path", "live", "title")


def _fetch(ids):
    pages = Page.objects.filter(pk__in=[int(i) for i in ids if i.isdigit()]).only(*LINK_FIELDS)
    pages = list(pages)
    share_site_root_paths(pages)
    return {str(page.pk): page for page in pages}
