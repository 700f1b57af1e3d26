"""
Rich-text page links in the language being served, at a cost that does not grow with links.

Wagtail's own handler loads the linked pages (kept here: ``get_many`` is Wagtail's) and
then asks each for ``Page.localized``, which looks up the active ``Locale`` and, in
Spanish, the translation: one or two queries per link. This handler, registered through
Wagtail's documented ``register_rich_text_features`` hook, finds the pages in the active
language for the whole piece of text in one query with the same rule as ``localized``
(a live translation, else the page itself). Measured in docs/performance.md.
"""

from django.utils import translation
from django.utils.html import escape
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


def in_active_language(pages):
    """``[page.localized for page in pages]``, in one query (``None`` stays ``None``)."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return list(pages)
    language = get_supported_content_language_variant(translation.get_language())
    here = Page.objects.live().filter(translation_key__in=keys, locale__language_code=language)
    found = {page.translation_key: page for page in here.defer_streamfields()}
    return [found.get(page.translation_key, page) if page else None for page in pages]


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        # A link needs only the page's URL, which the base row gives; Wagtail's own also
        # loads each linked page type's row (``.specific()``), a query per type.
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = Page.objects.filter(id__in=[i for i in ids if i.isdigit()]).defer_streamfields()
        by_id = {str(page.pk): page for page in pages}
        return [by_id.get(i) for i in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = in_active_language(cls.get_many(attrs_list))
        return [f'<a href="{escape(page.url)}">' if page else "<a>" for page in pages]
