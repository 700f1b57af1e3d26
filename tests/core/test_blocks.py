"""Block rules that keep editors from publishing something broken."""

import pytest
from wagtail.blocks import StructBlockValidationError

from core.blocks import BaseStreamBlock, CallToActionBlock


def clean(**value):
    block = CallToActionBlock()
    return block.clean(block.to_python({"text": "Go", "page": None, "link_url": "", **value}))


@pytest.mark.django_db
def test_link_needs_exactly_one_target(site):
    with pytest.raises(StructBlockValidationError) as both:
        clean(action="link", page=site.root_page_id, link_url="https://example.org")
    assert "not both" in str(both.value.block_errors["page"])

    with pytest.raises(StructBlockValidationError) as neither:
        clean(action="link")
    assert "Choose a page or enter a web address" in str(neither.value.block_errors["page"])

    assert clean(action="link", link_url="https://example.org").url == "https://example.org"


@pytest.mark.parametrize("action", ["call", "book"])
def test_clinic_actions_take_no_target(action):
    assert clean(action=action).url == ""
    with pytest.raises(StructBlockValidationError) as error:
        clean(action=action, link_url="https://example.org")
    assert "Settings" in str(error.value.block_errors["action"])


@pytest.mark.django_db
def test_every_block_describes_itself_for_the_picker():
    for name, block in BaseStreamBlock().child_blocks.items():
        meta = block.meta
        assert meta.icon and meta.icon != "placeholder", name
        assert meta.description, name
        assert meta.template, name
        assert meta.group, name
        assert block.get_preview_value() is not None, name
