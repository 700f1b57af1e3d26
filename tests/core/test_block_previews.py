"""Every block in the picker has a preview, drawn in the site's own stylesheet."""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.models import HomePage
from technique.models import TechniquePage
from tests.html import soup, text

pytestmark = pytest.mark.django_db

STREAMS = {
    "technique body": TechniquePage.body.field.stream_block,
    "home body": HomePage.body.field.stream_block,
}
PICKER_BLOCKS = [
    pytest.param(block, id=f"{stream}: {name}")
    for stream, stream_block in STREAMS.items()
    for name, block in stream_block.child_blocks.items()
]


@pytest.mark.parametrize("block", PICKER_BLOCKS)
def test_every_picker_block_has_a_description_and_a_preview(block):
    assert block.is_previewable
    assert block.get_description()


def test_each_preview_renders_its_block_with_the_site_stylesheet(editors_client):
    # The image block previews the newest library image.
    get_image_model().objects.create(title="Blocks", file=get_test_image_file())
    for param in PICKER_BLOCKS:
        (block,) = param.values
        url = reverse("wagtailadmin_block_preview") + f"?id={block.definition_prefix}"
        page = soup(editors_client.get(url))
        stylesheets = [link["href"] for link in page.select("link[rel=stylesheet]")]
        assert any(href.endswith("/css/site.css") for href in stylesheets), stylesheets
        rendered = page.select_one(f"main .block-{block.name}")
        assert rendered is not None, page.main
        # Something a person sees: words, or a picture with its text alternative.
        assert text(rendered) or rendered.select("img[alt]"), rendered
