"""The WCAG 2.2 checks themselves, on tiny pages built to fail them: a check that cannot
fail proves nothing. No server and no seed: the pages are set as content."""

import pytest

from tests.browser.wcag22 import focus_problems, target_size_problems, text_spacing_problems

pytestmark = pytest.mark.browser


@pytest.fixture
def blank(chromium_browser):
    context = chromium_browser.new_context(viewport={"width": 390, "height": 600})
    page = context.new_page()
    yield page
    context.close()


def test_small_targets_side_by_side_fail_and_spaced_or_inline_ones_pass(blank):
    blank.set_content(
        "<style>button { width: 16px; height: 16px; padding: 0; margin: 0; border: 0; }</style>"
        "<p><button>a</button><button>b</button></p>"
        "<p style='margin-top: 4rem'><button>c</button></p>"
        "<p style='margin-top: 4rem'>Read <a href='#x'>more</a> in a sentence.</p>"
    )
    problems = target_size_problems(blank)
    assert len(problems) == 2
    assert all("16.0x16.0 px" in problem for problem in problems)


def test_a_focus_without_indicator_and_one_under_a_fixed_header_fail(blank):
    blank.set_content(
        "<style>.bare:focus { outline: none; } header { position: fixed; top: 0; left: 0;"
        " right: 0; height: 120px; background: #fff; } .under { position: fixed; top: 20px; }"
        "</style><header>Clinic</header><a class='under' href='#a'>Covered</a>"
        "<p style='margin-top: 200px'><a href='#b'>Fine</a> <a class='bare' href='#c'>Bare</a></p>"
    )
    problems = focus_problems(blank)
    assert any(p.startswith('a.under "Covered" is hidden by header') for p in problems)
    assert 'a.bare "Bare" shows no focus indicator' in problems
    assert not any('"Fine"' in problem for problem in problems)


def test_text_spacing_finds_clipped_text_and_a_box_that_no_longer_fits(blank):
    blank.set_content(
        "<div class='box' style='height: 1.3em; overflow: hidden; width: 200px'>"
        "A sentence that wraps in its box</div>"
        "<p style='white-space: nowrap; width: 300px'>Monday to Friday, 8:30 AM to 6 PM</p>"
    )
    problems = text_spacing_problems(blank)
    assert any(
        problem.startswith("div.box") and "clips its text" in problem for problem in problems
    )
