"""Inclusion tags for the site chrome: header, footer and the clinic's phone link."""

from django import template
from wagtail.models import Site

from sitecore.models import ClinicSettings
from sitecore.pages import exclude_private

register = template.Library()


def _clinic(context):
    request = context.get("request")
    if request is None:
        return None
    return ClinicSettings.for_request(request)


def _menu(request):
    """The home page's live, public children that editors chose to show in menus."""
    site = Site.find_for_request(request)
    if site is None:
        return None, []
    root = site.root_page
    return root, list(exclude_private(root.get_children().live().in_menu()))


@register.inclusion_tag("components/navigation/header.html", takes_context=True)
def site_header(context):
    request = context.get("request")
    root, pages = _menu(request) if request else (None, [])
    return {
        "request": request,
        "clinic": _clinic(context),
        "root": root,
        "menu_pages": pages,
        "current": context.get("page"),
    }


@register.inclusion_tag("components/navigation/footer.html", takes_context=True)
def site_footer(context):
    return {"request": context.get("request"), "clinic": _clinic(context)}


@register.inclusion_tag("components/phone_link.html", takes_context=True)
def phone_link(context, label="", css_class=""):
    """A ``tel:`` link to the clinic, the only way a phone number is rendered."""
    return {"clinic": _clinic(context), "label": label, "css_class": css_class}


@register.inclusion_tag("components/booking_link.html", takes_context=True)
def booking_link(context, label="Book online"):
    """A button to the booking page; without one, a button that calls the clinic."""
    return {"clinic": _clinic(context), "label": label, "request": context.get("request")}
