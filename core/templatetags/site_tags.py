"""What every page shows around its content: header, footer, breadcrumbs, phone and booking links."""

from django import template
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core.models import ClinicSettings
from core.pages import BasePage

register = template.Library()

BOOK_ONLINE = _("Book online")


def _clinic(context):
    request = context.get("request")
    if request is None:
        return None
    return ClinicSettings.for_request(request)


class SiteNavigation:
    """The site's home page in the page's language, and its live, public children and
    grandchildren, in one query: what the header menu, the footer and feature apps' footer
    lists (the locations) link to.

    ``base.html`` builds it once (``{% site_navigation as navigation %}``) and passes it to
    each of them. Pages that are not translated are simply not in the other language's tree.
    """

    fields = ("id", "title", "url_path", "show_in_menus", "depth", "content_type_id", "locale_id")

    def __init__(self, request, trail=None):
        site = Site.find_for_request(request) if request else None
        self.root = None
        if site is not None:
            # A page's trail starts at its home; other responses (a 404) ask Wagtail.
            self.root = trail[0] if trail else site.root_page.localized
        self.pages = []
        if self.root is not None:
            near = Page.objects.descendant_of(self.root).filter(depth__lte=self.root.depth + 2)
            self.pages = list(near.live().public().only(*self.fields))

    @property
    def home_children(self):
        return [page for page in self.pages if page.depth == self.root.depth + 1]

    @property
    def menu_pages(self):
        return [page for page in self.home_children if page.show_in_menus]


@register.simple_tag(takes_context=True)
def site_navigation(context):
    return SiteNavigation(context.get("request"), context.get("breadcrumb_trail"))


@register.inclusion_tag("components/navigation/header.html", takes_context=True)
def site_header(context, navigation=None):
    request, page = context.get("request"), context.get("page")
    trail = context.get("breadcrumb_trail") or []
    navigation = navigation or SiteNavigation(request, trail)
    return {
        "request": request,
        "clinic": _clinic(context),
        "root": navigation.root,
        "menu_pages": navigation.menu_pages,
        "current": page,
        "current_trail": {ancestor.pk for ancestor in trail},
    }


@register.inclusion_tag("components/navigation/footer.html", takes_context=True)
def site_footer(context, navigation=None):
    request = context.get("request")
    navigation = navigation or SiteNavigation(request)
    return {
        "request": request,
        "clinic": _clinic(context),
        "navigation": navigation,
        "footer_pages": navigation.home_children,
    }


@register.inclusion_tag("components/navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The visible trail, the same pages as the page's ``BreadcrumbList``."""
    request, page = context.get("request"), context.get("page")
    # The page's context computed the trail once (``BasePage.get_context``).
    trail = context.get("breadcrumb_trail") or []
    if not isinstance(page, BasePage) or len(trail) < 2:
        return {"trail": []}
    return {"request": request, "trail": trail}


@register.inclusion_tag("components/phone_link.html", takes_context=True)
def phone_link(context, label="", css_class=""):
    """A ``tel:`` link to the clinic, the only way a phone number is rendered."""
    return {"clinic": _clinic(context), "label": label, "css_class": css_class}


@register.inclusion_tag("components/booking_link.html", takes_context=True)
def booking_link(context, label=BOOK_ONLINE):
    """A button to the booking page; without one, a button that calls the clinic."""
    return {"clinic": _clinic(context), "label": label, "request": context.get("request")}
