"""Inclusion tags for the site chrome: header, footer and the clinic's phone link."""

from django import template
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from sitecore.models import ClinicSettings
from sitecore.pages import exclude_private
from sitecore.structured_data import breadcrumb_trail

register = template.Library()

BOOK_ONLINE = _("Book online")


def _clinic(context):
    request = context.get("request")
    if request is None:
        return None
    return ClinicSettings.for_request(request)


def site_pages(request):
    """The site's home page, and its live, public children and grandchildren.

    What the header menu, the footer and feature apps' footer lists (the locations) link
    to, in one query per request, kept on the request for each of them.
    """
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None, []
    pages = getattr(request, "site_pages", None)
    if pages is None:
        root = site.root_page
        near = Page.objects.descendant_of(root).filter(depth__lte=root.depth + 2).live()
        fields = ("id", "title", "url_path", "show_in_menus", "depth", "content_type_id")
        pages = list(exclude_private(near).only(*fields))
        request.site_pages = pages
    return site.root_page, pages


def _home_children(request, menu_only):
    root, pages = site_pages(request)
    children = [page for page in pages if root is not None and page.depth == root.depth + 1]
    if menu_only:
        return root, [page for page in children if page.show_in_menus]
    return root, children


@register.inclusion_tag("components/navigation/header.html", takes_context=True)
def site_header(context):
    request, page = context.get("request"), context.get("page")
    root, pages = _home_children(request, menu_only=True)
    # Marks the menu item the page sits under; the page's ancestry is loaded once per view.
    trail = getattr(page, "ancestry", None) or []
    return {
        "request": request,
        "clinic": _clinic(context),
        "root": root,
        "menu_pages": pages,
        "current": page,
        "current_trail": {ancestor.pk for ancestor in trail},
    }


@register.inclusion_tag("components/navigation/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    _root, pages = _home_children(request, menu_only=False)
    return {"request": request, "clinic": _clinic(context), "footer_pages": pages}


@register.inclusion_tag("components/navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The visible trail, the same pages as the page's ``BreadcrumbList``."""
    request, page = context.get("request"), context.get("page")
    site = Site.find_for_request(request) if request else None
    if page is None or site is None or page.pk == site.root_page_id:
        return {"trail": []}
    return {"request": request, "trail": breadcrumb_trail(page, site)}


@register.inclusion_tag("components/phone_link.html", takes_context=True)
def phone_link(context, label="", css_class=""):
    """A ``tel:`` link to the clinic, the only way a phone number is rendered."""
    return {"clinic": _clinic(context), "label": label, "css_class": css_class}


@register.inclusion_tag("components/booking_link.html", takes_context=True)
def booking_link(context, label=BOOK_ONLINE):
    """A button to the booking page; without one, a button that calls the clinic."""
    return {"clinic": _clinic(context), "label": label, "request": context.get("request")}
