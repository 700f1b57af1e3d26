"""
A page-link handler whose cost does not depend on how many kinds of page are linked.

Wagtail's own handler loads linked pages with ``.specific()``: one query for the content
types and one per page type. A link needs only each page's URL, which the base ``Page``
row gives, so each piece of rich text expands all its page links in one query through
Wagtail's ``expand_db_attributes_many``.
"""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

# Enough to build a page's URL and tell whether it is live.
LINK_FIELDS = ("id", "path", "depth", "url_path", "live", "title", "locale_id")


class BasePageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = Page.objects.only(*LINK_FIELDS).in_bulk([int(i) for i in ids if i.isdigit()])
        return [pages.get(int(i)) if i.isdigit() else None for i in ids]
