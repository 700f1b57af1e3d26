from core.sanitise import dropped_by_sanitiser, sanitise_answer


def test_keeps_paragraphs_lists_links_and_emphasis():
    html = (
        '<h3>Before you come</h3><p>Read <a href="https://example.org/x">this</a>, '
        "<b>bold</b> <strong>strong</strong> <i>i</i> <em>em</em>.</p>"
        "<ul><li>one</li></ul><ol><li>two</li></ol>"
    )
    result = sanitise_answer(html)
    assert result.html == html
    assert result.dropped == ()


def test_drops_scripts_images_and_event_attributes_and_says_so():
    html = (
        '<p onclick="steal()" class="x">Hi<script>alert(1)</script>'
        '<img src="x.png" alt="spine"><a href="javascript:alert(1)">bad</a></p>'
    )
    result = sanitise_answer(html)
    assert result.html == "<p>Hi<a>bad</a></p>"
    assert set(result.dropped) == {
        "onclick attribute on <p>",
        "class attribute on <p>",
        "<script> element",
        "<img> element",
        "javascript: link",
    }


def test_relative_links_become_absolute_with_a_base_url():
    result = sanitise_answer('<p><a href="/techniques/">Techniques</a></p>', "https://clinic.test/")
    assert result.html == '<p><a href="https://clinic.test/techniques/">Techniques</a></p>'


def test_comments_and_cdata_cannot_survive():
    result = sanitise_answer("<p>a<!-- hidden -->b</p><![CDATA[x]]>")
    assert "<!--" not in result.html
    assert "HTML comment" in result.dropped


def test_clean_html_reports_nothing():
    assert dropped_by_sanitiser("<p>Plain <em>answer</em>.</p>") == ()


def test_draftail_block_keys_are_dropped_without_a_report():
    result = sanitise_answer('<p data-block-key="a1b2c">Yes.</p>')
    assert result.html == "<p>Yes.</p>"
    assert result.dropped == ()
