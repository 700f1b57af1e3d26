"""The layout uses the screen: a phone header of two rows at most, card grids with no
card alone on its last row, and two columns for the booking, practitioner and location
pages on a wide screen."""

import pytest

from demo.public_pages import EVERY_PAGE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROWS_OF_VISIBLE_CHILDREN = """
(selector) => {
    const tops = [...document.querySelector(selector).children]
        .map((child) => child.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => Math.round(box.top));
    const rows = [];
    for (const top of tops.sort((a, b) => a - b)) {
        if (!rows.length || top - rows[rows.length - 1] > 12) rows.push(top);
    }
    return rows.length;
}
"""

CARDS_PER_ROW = """
(list) => {
    const rows = {};
    for (const card of list.children) {
        const top = Math.round(card.getBoundingClientRect().top);
        rows[top] = (rows[top] || 0) + 1;
    }
    return Object.keys(rows).sort((a, b) => a - b).map((top) => rows[top]);
}
"""


def test_the_phone_header_takes_two_rows_at_most(page, site_url):
    for width in (320, 390):
        page.set_viewport_size({"width": width, "height": 844})
        for path in ("/", "/es/", EVERY_PAGE["book"]):
            page.goto(site_url + path)
            rows = page.evaluate(ROWS_OF_VISIBLE_CHILDREN, ".site-header__inner")
            assert rows <= 2, f"{path} at {width}px: {rows} rows"


def test_no_card_is_left_alone_on_its_row(page, site_url):
    for width in (768, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        for path in ("/", EVERY_PAGE["techniques"], EVERY_PAGE["practitioners"], "/es/"):
            page.goto(site_url + path)
            for grid in page.locator("ul.cards").all():
                per_row = grid.evaluate(CARDS_PER_ROW)
                if sum(per_row) > 1:
                    assert per_row[-1] > 1, f"{path} at {width}px: rows {per_row}"


@pytest.mark.parametrize("name", ["book", "practitioner", "location", "es-book"])
def test_wide_screens_put_a_side_panel_beside_the_content(page, site_url, name):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(site_url + EVERY_PAGE[name])
    main = page.locator(".layout-split__main").bounding_box()
    side = page.locator(".layout-split__side").bounding_box()
    assert side["x"] >= main["x"] + main["width"], (main, side)
    assert side["y"] < main["y"] + main["height"]
    assert side["x"] + side["width"] > 1366 * 0.75
