"""
``{% picture %}`` exactly as Wagtail's, but each tag parses its filter specs once.

Wagtail's tag builds a ``Filter`` per size and format on every render, and each parses
its operations again: about a third of the tag's cost, twice per technique page
(issue 7). A tag's specs are fixed when the template is compiled, and a ``Filter`` keeps
no state between images, so the filters are built the first time the tag renders and
kept for as long as the compiled template is.
"""

from django import template
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)  # Wagtail's parsing and errors
    return PictureNode(node.image_expr, node.filter_specs, node.output_var_name, attrs=node.attrs)
