"""Escaping untrusted text for HTML and for folium's JavaScript template literals."""

from __future__ import annotations

import json

import pytest

from dashboard import htmlsafe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<script>", "&lt;script&gt;"),
        ("a & b", "a &amp; b"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("${alert(1)}", "&#36;{alert(1)}"),  # template-literal substitution
        ("`", "&#96;"),  # would end folium's template literal
        ("C:\\users", "C:&#92;users"),  # "\u…" is a syntax error inside a template literal
        ("line\nbreak", "line break"),  # folium joins popup lines; keep text on one line
        (None, ""),  # not known: nothing shown
    ],
)
def test_text_escapes_html_and_template_literal_syntax(raw, escaped):
    assert htmlsafe.text(raw) == escaped


def test_block_keeps_line_breaks():
    assert htmlsafe.block("a\n<b>") == "a\n&lt;b&gt;"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.kiblat.net/2019/05/27/x/", True),
        ("http://example.org/a?b=1", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example/x", False),  # scheme-relative: not an absolute http(s) link
        ("/relative/path", False),
        ("https://exa mple.org", False),  # whitespace inside
        ("", False),
        (None, False),
    ],
)
def test_only_absolute_http_links_are_allowed(url, allowed):
    assert (htmlsafe.safe_url(url) is not None) is allowed


def test_link_to_an_unsafe_url_is_plain_text():
    assert htmlsafe.link("javascript:alert(1)", "<b>klik</b>") == "&lt;b&gt;klik&lt;/b&gt;"


def test_link_escapes_the_href_and_opens_a_new_tab():
    html = htmlsafe.link('https://x.org/?q="a"', "x")
    assert 'href="https://x.org/?q=&quot;a&quot;"' in html
    assert 'rel="noopener noreferrer"' in html


@pytest.mark.parametrize("raw", ["</script><script>alert(1)</script>", "`${x}`", "\u2028"])
def test_script_json_round_trips_and_hides_script_syntax(raw):
    encoded = htmlsafe.script_json({"t": raw})
    assert "</script" not in encoded and "${" not in encoded and "`" not in encoded
    assert json.loads(encoded) == {"t": raw}
