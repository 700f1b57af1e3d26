"""Pictures for the demo site: calm drawings made with Pillow, and the practitioners'
portraits, illustrations from the CC0 Open Peeps set kept in ``demo/assets`` (credited
in docs/credits.md). Nothing is downloaded."""

import io
from pathlib import Path

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


ASSETS = Path(__file__).resolve().parent / "assets"


def asset(name):
    """A picture kept in the repository at web size, e.g. ``portrait-maya-okafor.jpg``."""
    with Image.open(ASSETS / name) as img:
        return img.convert("RGB")


def street_map(kind, size=(1600, 900)):
    """An illustrated street map with the clinic's pin: "marina" (water to the east, a
    straight grid) or "hillside" (a park and curving streets)."""
    width, height = size
    img = Image.new("RGB", size, "#eef2ec")
    draw = ImageDraw.Draw(img)
    street, minor, block = "#ffffff", "#f7f7f4", "#e3e8df"
    if kind == "marina":
        for x in range(0, width, 220):
            for y in range(0, height, 170):
                draw.rounded_rectangle([x + 28, y + 28, x + 200, y + 150], radius=10, fill=block)
        draw.rectangle([int(width * 0.74), 0, width, height], fill="#a9c9d6")
        for y in range(90, height, 120):
            draw.rounded_rectangle(
                [int(width * 0.74), y, int(width * 0.84), y + 16], radius=8, fill="#f4efe6"
            )
        draw.rectangle([int(width * 0.70), 0, int(width * 0.74), height], fill=street)
        draw.rectangle([0, 420, int(width * 0.70), 470], fill=street)
        pin = (int(width * 0.56), 445)
    else:
        draw.ellipse([width * 0.05, height * 0.08, width * 0.42, height * 0.62], fill="#b9d0c2")
        for step in range(5):
            top = 120 + step * 170
            draw.arc([-width * 0.3, top, width * 1.3, top + 900], 200, 340, fill=minor, width=26)
        draw.arc([-width * 0.2, 380, width * 1.2, 1500], 195, 345, fill=street, width=46)
        for x in (0.55, 0.7, 0.85):
            draw.rounded_rectangle(
                [width * x, height * 0.18, width * x + 150, height * 0.36], radius=12, fill=block
            )
        pin = (int(width * 0.62), 470)
    _pin(draw, pin)
    return img


def _pin(draw, tip):
    x, y = tip
    draw.ellipse([x - 70, y - 210, x + 70, y - 70], fill="#a3361f")
    draw.polygon([(x - 58, y - 118), (x + 58, y - 118), (x, y)], fill="#a3361f")
    draw.ellipse([x - 30, y - 170, x + 30, y - 110], fill="#ffffff")


def sot_session(size=(1600, 900)):
    """A patient lying face down on a treatment table, blocks under the pelvis."""
    width, height = size
    img = _gradient(size, "#f4efe6", "#e3d5bf")
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([160, 560, 1440, 640], radius=28, fill="#0b4f6c")
    for x in (300, 1300):
        draw.rectangle([x - 18, 640, x + 18, 820], fill="#083a50")
    draw.ellipse([230, 420, 390, 560], fill="#c98b62")
    draw.rounded_rectangle([370, 450, 1350, 560], radius=55, fill="#5f9bb3")
    for x in (820, 960):
        draw.polygon([(x, 560), (x + 110, 560), (x + 110, 505)], fill="#a3361f")
    return img.filter(ImageFilter.GaussianBlur(1))


def _gradient(size, top, bottom):
    top_img = Image.new("RGB", size, top)
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), top_img, mask)


def _jpeg(img):
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=84, optimize=True)
    buffer.seek(0)
    return buffer
