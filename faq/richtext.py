"""
A page-link handler whose cost does not depend on how many kinds of page are linked.

Wagtail's own handler loads linked pages with ``.specific()``: one query per page type.
An answer only needs each page's URL, which the base ``Page`` row gives, so one query
serves all the links in a page's answers, however many questions link wherever.
"""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class BulkPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = {
            str(page.pk): page for page in Page.objects.filter(pk__in=ids).defer_streamfields()
        }
        return [pages.get(page_id) for page_id in ids]
