"""The footer's list of locations: the locations app adds it, so core never imports a feature."""

from django import template
from wagtail.models import Site

from locations.models import LocationPage
from sitecore.pages import exclude_private

register = template.Library()


@register.inclusion_tag("components/navigation/footer_locations.html", takes_context=True)
def footer_locations(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"locations": []}
    pages = exclude_private(LocationPage.objects.descendant_of(site.root_page).live())
    return {"request": request, "locations": list(pages.only("id", "title", "url_path"))}
