"""The footer's list of locations: the locations app adds it, so core never imports a feature."""

from django import template
from django.contrib.contenttypes.models import ContentType

from locations.models import LocationPage

register = template.Library()


@register.inclusion_tag("components/navigation/footer_locations.html", takes_context=True)
def footer_locations(context, navigation):
    # From the pages the header and footer already loaded (core's ``SiteNavigation``):
    # locations sit under an index page on the home page, and content types are cached,
    # so this costs no query.
    location = ContentType.objects.get_for_model(LocationPage)
    return {
        "request": context.get("request"),
        "locations": [page for page in navigation.pages if page.content_type_id == location.pk],
    }
