"""WCAG 2.2 AA checks axe cannot make, measured in the browser on the page as it stands.

Each function returns readable problems, one line each, naming the element by a short
selector and what was measured.
"""

# The selector of everything a pointer or the keyboard can operate.
TARGETS = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    "[role=button], [tabindex]:not([tabindex='-1'])"
)

DESCRIBE = """
const describe = (el) => {
  let name = el.tagName.toLowerCase();
  if (el.id) name += '#' + el.id;
  else if (el.classList.length) name += '.' + [...el.classList].join('.');
  const label = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
  return name + (label ? ` "${label.slice(0, 40)}"` : '');
};
// Rendered and on the page: not inside a closed <details> (a collapsed menu), not hidden.
const shown = (el) => {
  const rect = el.getBoundingClientRect();
  return el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})
    && rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom + window.scrollY > 0;
};
"""

# 2.5.8 Target Size (Minimum): at least 24 by 24 CSS px, or a 24 px circle on the target's
# centre that touches no other target (the spacing exception), or a link inside a sentence
# (the inline exception). A native checkbox or radio at the browser's own size is exempt too.
TARGET_SIZE_JS = (
    DESCRIBE
    + """
(selector) => {
  const targets = [...document.querySelectorAll(selector)].filter(shown);
  const rects = targets.map((el) => el.getBoundingClientRect());
  const inSentence = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement.closest('p, li, dd, td, address, figcaption, label');
    return block && block.innerText.trim().length > el.innerText.trim().length;
  };
  const problems = [];
  targets.forEach((el, i) => {
    const r = rects[i];
    if (r.width >= 23.99 && r.height >= 23.99) return;
    if (inSentence(el)) return;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const clash = targets.find((other, j) => {
      if (j === i || other.contains(el) || el.contains(other)) return false;
      const o = rects[j];
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      const small = o.width < 24 || o.height < 24;
      const ox = o.left + o.width / 2, oy = o.top + o.height / 2;
      return Math.hypot(dx, dy) < 12 || (small && Math.hypot(ox - cx, oy - cy) < 24);
    });
    if (clash) problems.push(`${describe(el)} is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px, too close to ${describe(clash)}`);
  });
  return problems;
}
"""
)

# What the page looks like at rest, for each target: compared with its focused look below.
FOCUS_LOOK_JS = """
(el) => {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor,
          s.backgroundColor, s.color, s.textDecorationLine].join('|');
}
"""

# After a Tab: the focused element, whether its look differs from ``rest``, and which
# fixed or sticky element (if any) covers it entirely (2.4.11 Focus Not Obscured).
FOCUSED_JS = (
    DESCRIBE
    + """
(rest) => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const look = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor,
                s.backgroundColor, s.color, s.textDecorationLine].join('|');
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
  const r = el.getBoundingClientRect();
  let coveredBy = null;
  for (const other of document.querySelectorAll('body *')) {
    const position = getComputedStyle(other).position;
    if ((position !== 'fixed' && position !== 'sticky') || other.contains(el) || !shown(other)) continue;
    const o = other.getBoundingClientRect();
    if (o.left <= r.left && o.top <= r.top && o.right >= r.right && o.bottom >= r.bottom) {
      coveredBy = describe(other);
    }
  }
  const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  return {name: describe(el), key: el.dataset.wcagIndex || '', indicated: outline || look !== rest,
          coveredBy: coveredBy || (inView ? null : 'the edge of the viewport')};
}
"""
)

# 1.4.12 Text Spacing: the overrides the criterion names, applied as a user style would.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

# After the overrides: text cut off by a box that hides its overflow, text boxes that now
# overlap one another, and a page wider than the window.
CLIPPED_OR_OVERLAPPING_JS = (
    DESCRIBE
    + """
() => {
  const problems = [];
  const all = [...document.querySelectorAll('body *')].filter(shown);
  const hidesOverflow = (s) => ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
  const tiny = (el) => { const r = el.getBoundingClientRect(); return r.width <= 2 || r.height <= 2; };
  for (const el of all) {
    const s = getComputedStyle(el);
    if (!hidesOverflow(s) || tiny(el) || !el.innerText.trim()) continue;
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describe(el)} clips its text (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
    }
  }
  const texts = all.filter((el) => !tiny(el) && [...el.childNodes].some(
    (n) => n.nodeType === 3 && n.textContent.trim()));
  // A link that wraps onto two lines is two boxes, not the rectangle around both.
  const boxes = texts.map((el) => [...el.getClientRects()]);
  const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (texts[i].contains(texts[j]) || texts[j].contains(texts[i])) continue;
      if (boxes[i].some((a) => boxes[j].some((b) => meet(a, b)))) {
        problems.push(`${describe(texts[i])} overlaps ${describe(texts[j])}`);
      }
    }
  }
  if (document.documentElement.scrollWidth > innerWidth + 1) {
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${innerWidth} px window`);
  }
  return problems;
}
"""
)


def target_size_problems(page):
    return page.evaluate(TARGET_SIZE_JS, TARGETS)


def focus_problems(page):
    """Tab through the page from the top: each stop must show a focus indicator, and no
    fixed or sticky chrome may hide it entirely."""
    # Where focus comes to rest is what the criterion is about; without motion the page
    # scrolls there at once instead of over a few frames (the stylesheet honours it).
    page.emulate_media(reduced_motion="reduce")
    rest = {}
    for index, handle in enumerate(page.query_selector_all(TARGETS)):
        handle.evaluate("(el, i) => { el.dataset.wcagIndex = String(i); }", index)
        rest[str(index)] = handle.evaluate(FOCUS_LOOK_JS)
    page.evaluate(
        "() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }"
    )
    problems, seen = [], set()
    for _stop in range(len(rest) + 2):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS, "")
        if focused is None or focused["name"] + focused["key"] in seen:
            break
        seen.add(focused["name"] + focused["key"])
        _wait_until_focus_scrolled_into_view(page)
        look_at_rest = rest.get(focused["key"], "")
        focused = page.evaluate(FOCUSED_JS, look_at_rest)
        if not focused["indicated"]:
            problems.append(f"{focused['name']} shows no focus indicator")
        if focused["coveredBy"]:
            problems.append(f"{focused['name']} is hidden by {focused['coveredBy']}")
    return problems


# The page scrolls smoothly unless the visitor asks for reduced motion: the focused element
# comes into view over a few frames, not at once.
IN_VIEW_JS = """
() => {
  const r = document.activeElement.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}
"""


def _wait_until_focus_scrolled_into_view(page):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(IN_VIEW_JS, timeout=5000)
    except PlaywrightTimeout:
        pass  # reported by the check itself


def text_spacing_problems(page):
    # A constructed style sheet, as a reader's bookmarklet adds it: the page's CSP governs
    # <style> elements, not the CSS object model.
    page.evaluate(
        "(css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);"
        " document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }",
        TEXT_SPACING_CSS,
    )
    return page.evaluate(CLIPPED_OR_OVERLAPPING_JS)
