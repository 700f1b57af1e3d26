"""
``{% picture %}`` as Wagtail's, made cheap on a page's repeat views (issue 7).

- Wagtail's tag builds a ``Filter`` per size and format on every render, and each parses
  its operations again. A tag's specs are fixed when the template is compiled and a
  ``Filter`` keeps no state between images, so they are built once per compiled template.
- Each picture reads its renditions from the cache (one round trip and a pickle per size
  and format: nine for a hero image) and builds its markup from them: about a quarter of
  an uncached technique page view. Within a page view the markup is kept with the
  pages and images the view chose (``sitecore.linkcache``), so the page's next view, until
  published content or any image changes, reads it with the rest in one round trip.
"""

from django import template
from django.utils.functional import cached_property
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags

from sitecore import linkcache

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters

    def render(self, context):
        if self.output_var_name:  # the template wants the renditions themselves
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        attrs = {name: expr.resolve(context) for name, expr in self.attrs.items()}
        if image.pk is None:
            return self.markup(image, attrs)
        key = (
            "picture",
            image._meta.label,
            image.pk,
            tuple(self.filter_specs),
            tuple((name, _plain(value)) for name, value in attrs.items()),
        )
        return linkcache.remembered(key, lambda: self.markup(image, attrs))

    def markup(self, image, attrs):
        return Picture(get_renditions_or_not_found(image, self.filters), attrs).__html__()


def _plain(value):
    # The key is pickled with the page's entry: a lazy string is stored as its text.
    return value if value is None or isinstance(value, (str, int, float)) else str(value)


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)  # Wagtail's parsing and errors
    return PictureNode(node.image_expr, node.filter_specs, node.output_var_name, attrs=node.attrs)
