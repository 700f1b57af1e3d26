"""
What every page shows around its content: the clinic and SEO settings and the header menu.

Three queries on every uncached page view (issue 7), for rows that change only when the
page cache's generation does, so they come from ``sitecore.contentcache``.
"""

from wagtailseo.models import SeoSettings

from sitecore import contentcache
from sitecore.models import ClinicSettings
from sitecore.pages import exclude_private


def key(site):
    return f"chrome:{site.pk}"


def menu_pages(site):
    """The home page's live, public children that editors chose to show in menus."""
    pages = exclude_private(site.root_page.get_children().live().in_menu())
    return list(pages.only("id", "title", "url_path"))


def load(request, site):
    """Put ``site``'s chrome where its readers look: ``for_request`` and ``site_menu``."""
    chrome = contentcache.get(request, key(site))
    if chrome is contentcache.MISSING:
        clinic = ClinicSettings.for_site(site)
        # Kept in the entry with the row, so they are worked out once per change, not per view.
        clinic.phone_e164, clinic.opening_hours_display  # noqa: B018
        chrome = {"settings": [clinic, SeoSettings.for_site(site)], "menu": menu_pages(site)}
        contentcache.store(request, key(site), chrome)
    for instance in chrome["settings"]:
        # As BaseSiteSetting.for_request leaves it, so the next call there returns it.
        instance._request = request
        setattr(request, type(instance).get_cache_attr_name(), instance)
    request.site_menu = chrome["menu"]


def site_menu(request, site):
    """``site``'s header menu: from ``load`` on a page view, from the database elsewhere."""
    menu = getattr(request, "site_menu", None)
    return menu if menu is not None else menu_pages(site)
