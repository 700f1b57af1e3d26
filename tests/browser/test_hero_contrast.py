"""The home hero's paragraph against the gradient it sits on, measured on the rendered
pixels (axe can only mark text on a gradient "needs review")."""

import io

import pytest
from PIL import Image

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = [320, 390, 768, 1366]
AA_NORMAL_TEXT = 4.5


def luminance(pixel):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in pixel[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def text_contrast(element):
    """The text's own colour (its glyphs' cores) against the lightest background under it.

    The element is shot twice, the second time with its text transparent: the pixels that
    change are the text's, and the second shot is the background behind them.
    """
    with_text = Image.open(io.BytesIO(element.screenshot())).convert("RGB")
    element.evaluate("node => { node.style.color = 'transparent'; }")
    background = Image.open(io.BytesIO(element.screenshot())).convert("RGB")
    element.evaluate("node => { node.style.color = ''; }")
    glyph, behind = [], []
    for a, b in zip(with_text.get_flattened_data(), background.get_flattened_data(), strict=True):
        if sum(abs(x - y) for x, y in zip(a, b, strict=True)) > 90:
            glyph.append(luminance(a))
            behind.append(luminance(b))
    assert len(glyph) > 500, "no text found in the hero paragraph"
    text = percentile(glyph, 0.9)
    lightest_background = percentile(behind, 0.99)
    assert text > lightest_background, "the hero text is expected to be light on dark"
    return (text + 0.05) / (lightest_background + 0.05)


@pytest.mark.parametrize("path", ["/", "/es/"])
def test_the_hero_paragraph_meets_aa_contrast_at_every_width(page, site_url, path):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(site_url + path)
        paragraph = page.locator(".hero__text")
        ratio = text_contrast(paragraph)
        assert ratio >= AA_NORMAL_TEXT, f"{path} at {width}px: {ratio:.2f}:1"
