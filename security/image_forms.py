"""The image upload form: a pixel flood is a form error, never a server error.

Pillow refuses an image of more than twice ``Image.MAX_IMAGE_PIXELS`` with
``DecompressionBombError`` as soon as it reads the header, before Wagtail's own
``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` check can turn it into a message for the editor.
"""

from django.core.exceptions import ValidationError
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class FloodSafeImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except Image.DecompressionBombError:
            raise ValidationError(
                "This image has too many pixels to process. Resize it (for example to "
                "4000 pixels wide) and upload it again.",
                code="file_too_many_pixels",
            ) from None


class ImageForm(BaseImageForm):
    # A declared field replaces the one Wagtail's form factory would generate.
    file = FloodSafeImageField(label="File")
