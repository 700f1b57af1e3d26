"""
A page-link handler whose cost does not depend on how many kinds of page are linked.

Wagtail's own handler loads linked pages with ``.specific()``: one query for the content
types and one per page type. A link needs only each page's URL, which the base ``Page``
row gives, so each piece of rich text expands all its page links in one query through
Wagtail's ``expand_db_attributes_many``, each link going to the page in the language being
served.
"""

from django.db.models import F, Q
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

# Enough to build a page's URL and tell whether it is live.
LINK_FIELDS = ("id", "path", "depth", "url_path", "live", "title", "locale_id", "translation_key")


class BasePageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        """The linked pages, each in the language being served where it is translated and
        live (Wagtail's ``Page.localized``), in one query for the whole piece of text."""
        ids = [int(attrs["id"]) if str(attrs.get("id")).isdigit() else None for attrs in attrs_list]
        language = translation.get_language()
        keys = Page.objects.filter(pk__in=[i for i in ids if i]).values("translation_key")
        in_language = Q(translation_key__in=keys, locale__language_code=language, live=True)
        rows = (
            Page.objects.filter(Q(pk__in=[i for i in ids if i]) | in_language)
            .annotate(language=F("locale__language_code"))
            .only(*LINK_FIELDS)
        )
        by_id, here = {}, {}
        for page in rows:
            by_id[page.pk] = page
            if page.language == language and page.live:
                here[page.translation_key] = page
        pages = [by_id.get(i) for i in ids]
        return [here.get(page.translation_key, page) if page else None for page in pages]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        # Wagtail's asks each page for ``.localized``, a query or two per link; get_many
        # has already found each link's page in the language being served.
        return [
            f'<a href="{escape(page.url)}">' if page else "<a>" for page in cls.get_many(attrs_list)
        ]
