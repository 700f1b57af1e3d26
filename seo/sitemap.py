"""One sitemap for both languages: every live, public page of each translation of the site's
home page, each naming its translations (``xhtml:link`` alternates, ``x-default`` English)."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LanguagesSitemap(Sitemap):
    def items(self):
        # Wagtail's own lists the pages below the Site's root page, which is the English
        # home; the Spanish home is its translation, a sibling in the page tree.
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        below_a_home = Q()
        for home in homes:
            below_a_home |= Q(path__startswith=home.path)
        pages = Page.objects.filter(below_a_home).live().public()
        return pages.order_by("path").defer_streamfields().specific()
