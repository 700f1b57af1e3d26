"""Calm, abstract pictures for the demo site, drawn with Pillow so nothing is downloaded."""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFilter
from wagtail.images import get_image_model

# Soft palettes: (background top, background bottom, shapes...)
PALETTES = {
    "sea": ("#dcebf0", "#a9c9d6", "#0b4f6c", "#5f9bb3", "#f4efe6"),
    "sand": ("#f4efe6", "#e3d5bf", "#a3361f", "#c98b62", "#0b4f6c"),
    "sage": ("#e6efe9", "#b9d0c2", "#2f6b57", "#7fa894", "#f4efe6"),
    "dusk": ("#e7e6f0", "#bcc3d8", "#36456b", "#8391b5", "#f4efe6"),
}


def ensure_image(title, filename, draw):
    """The library image called ``title``, drawn by ``draw()`` the first time only."""
    Model = get_image_model()
    image = Model.objects.filter(title=title).first()
    if image is None:
        image = Model(title=title, file=ImageFile(_jpeg(draw()), name=filename))
        image.save()
    return image


def waves(palette, size=(1600, 900)):
    """Layered, blurred hills of colour: a quiet backdrop for a hero or a card."""
    top, bottom, *inks = PALETTES[palette]
    img = _gradient(size, top, bottom)
    draw = ImageDraw.Draw(img)
    width, height = size
    for step, ink in enumerate(inks):
        base = int(height * (0.55 + 0.13 * step))
        draw.ellipse([-width // 3 + step * 260, base, width + step * 180, base + height], fill=ink)
    draw.ellipse([width * 0.68, height * 0.12, width * 0.86, height * 0.44], fill=inks[-1])
    return img.filter(ImageFilter.GaussianBlur(6))


def circles(palette, size=(1600, 900)):
    """Overlapping soft circles, like stacked stones: balance without a literal picture."""
    top, bottom, *inks = PALETTES[palette]
    img = _gradient(size, top, bottom)
    draw = ImageDraw.Draw(img)
    width, height = size
    for step, ink in enumerate(inks):
        radius = height * (0.32 - 0.06 * step)
        centre_x, centre_y = width * (0.38 + 0.12 * step), height * (0.62 - 0.12 * step)
        draw.ellipse(
            [centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius], fill=ink
        )
    return img.filter(ImageFilter.GaussianBlur(4))


def portrait(palette, size=(800, 800)):
    """An abstract head-and-shoulders shape: a placeholder a clinic replaces with a photo."""
    top, bottom, person, accent, _light = PALETTES[palette]
    img = _gradient(size, top, bottom)
    draw = ImageDraw.Draw(img)
    width, height = size
    draw.ellipse([width * 0.1, height * 0.66, width * 0.9, height * 1.4], fill=person)
    draw.ellipse([width * 0.33, height * 0.2, width * 0.67, height * 0.62], fill=accent)
    return img.filter(ImageFilter.GaussianBlur(2))


def _gradient(size, top, bottom):
    top_img = Image.new("RGB", size, top)
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), top_img, mask)


def _jpeg(img):
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=84, optimize=True)
    buffer.seek(0)
    return buffer
