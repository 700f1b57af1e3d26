"""
The pages, images and snippets a page view links to or chooses, loaded once (issue 7).

Each piece of rich text (a body block, an intro, an FAQ answer) is expanded on its own,
and each expansion used to query for the pages it links to; each kind of chooser block
queried for its own objects. During a page view they now come from one dict: a page render
names every link it will expand up front (``prefetch``), and the link handler and the
choosers query only for what nobody named. The same dict keeps what is built from those
objects alone, such as an image's ``<picture>`` markup (``remembered``). The dict lives for
one page view (``sitecore.routing.serve``), which may start it from what the same page's
last view loaded (kept in ``sitecore.contentcache``, so never from before a change).
Anywhere else (the admin, e-mails, previews) links and choices are loaded as before.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs
from wagtail.snippets.blocks import SnippetChooserBlock

# {(model label, str(pk)): instance or None}, and what ``remembered`` keeps
_linked = ContextVar("linked_objects", default=None)
_site_root_paths = ContextVar("site_root_paths", default=None)


@contextmanager
def sharing_linked_pages(site_root_paths=None, preloaded=None):
    """Within this block, every rich-text expansion and chooser shares what it loads.

    ``site_root_paths`` (this page view's ``Site.get_site_root_paths()``) is handed to each
    loaded page, so building its URL reads nothing more from the shared cache.
    ``preloaded`` is a ``loaded()`` from an earlier view of the same content.
    """
    known = dict(preloaded or {})
    token = _linked.set(known)
    paths_token = _site_root_paths.set(site_root_paths)
    try:
        share_site_root_paths(obj for obj in known.values() if isinstance(obj, Page))
        yield
    finally:
        _site_root_paths.reset(paths_token)
        _linked.reset(token)


def remembered(key, build):
    """``build()``, or what it gave under ``key`` earlier in this page view or its last view.

    ``key`` must name everything the result depends on besides published content, which
    the dict never outlives. Outside a page view, ``build()`` every time.
    """
    known = _linked.get()
    if known is None:
        return build()
    if key not in known:
        known[key] = build()
    return known[key]


def loaded():
    """Everything this page view has loaded so far, for ``sharing_linked_pages(preloaded=)``."""
    return dict(_linked.get() or {})


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
    if _linked.get() is not None:
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
    return linked_objects(Page, ids, _fetch)


def linked_objects(model, ids, fetch=None):
    """``{id: instance or None}`` for string ``ids`` of ``model``, shared within a page view."""
    fetch = fetch or (lambda wanted: _by_pk(model._default_manager, wanted))
    known = _linked.get()
    if known is None:
        return fetch(ids)
    label = model._meta.label
    missing = {pk for pk in ids if (label, pk) not in known}
    if missing:
        found = fetch(missing)
        known.update({(label, pk): found.get(pk) for pk in missing})
    return {pk: known[label, pk] for pk in ids}


class _SharedChooser:
    """A chooser whose objects come from the page view's dict; stored data is unchanged."""

    # The Wagtail block that migrations name for this one: only loading differs. A
    # subclass with constructor arguments of its own is named as itself.
    shares_as = None

    @cached_property
    def canonical_module_path(self):
        return type(self).__dict__.get("shares_as") or super().canonical_module_path

    def bulk_to_python(self, values):
        objects = linked_objects(self.model_class, {str(v) for v in values if v is not None})
        # A copy each, as Wagtail's own gives, so no two blocks share an instance.
        return [copy.copy(objects.get(str(v))) if v is not None else None for v in values]


class LinkedPageChooserBlock(_SharedChooser, blocks.PageChooserBlock):
    shares_as = "wagtail.blocks.PageChooserBlock"

    def bulk_to_python(self, values):
        if self.model_class is not Page:
            return blocks.PageChooserBlock.bulk_to_python(self, values)
        return super().bulk_to_python(values)


class LinkedImageChooserBlock(_SharedChooser, ImageChooserBlock):
    shares_as = "wagtail.images.blocks.ImageChooserBlock"


class LinkedSnippetChooserBlock(_SharedChooser, SnippetChooserBlock):
    shares_as = "wagtail.snippets.blocks.SnippetChooserBlock"


def _by_pk(queryset, ids):
    """``{str(pk): instance}`` for the string ``ids`` that are primary keys, in one query."""
    objects = queryset.in_bulk([int(pk) for pk in ids if pk.isdigit()])
    return {str(pk): obj for pk, obj in objects.items()}


# A link needs only the page's URL, which these base Page columns give, for every page type
# in one query; loading every column cost more than the query itself.
LINK_FIELDS = ("id", "url_path", "live", "title")


def _fetch(ids):
    pages = _by_pk(Page.objects.only(*LINK_FIELDS), ids)
    share_site_root_paths(pages.values())
    return pages
