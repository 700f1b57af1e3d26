"""
A page-link handler whose cost does not depend on how many kinds of page are linked.

Wagtail's own handler loads linked pages with ``.specific()``: one query per page type.
A link only needs each page's URL, which the base ``Page`` row gives, so one query serves
all the links in a piece of rich text; during a request, ``sitecore.linkcache`` shares those
pages between every piece of rich text on the page, so the whole page costs one query.
"""

from wagtail.rich_text.pages import PageLinkHandler

from sitecore.linkcache import linked_pages


class BulkPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = linked_pages(set(ids))
        return [pages.get(page_id) for page_id in ids]
