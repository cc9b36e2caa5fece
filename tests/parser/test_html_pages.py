"""HTML pages: the quick tokeniser reads ordinary markup exactly as the
standard library's parser does, and hands anything else to that parser."""

import random

import pytest

from orchestration.parser.renderings.html import _feed_fast, _TreeBuilder, html_to_lines

# The shape of an agency's report page: a doctype, conditional comments, a
# script comparing with '<', an inline style, navigation with bare and quoted
# attributes, a statute quoted in angle brackets inside the text, entities and
# a small data table.
PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<HTML><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>某县农业农村局2022年政府信息公开工作年度报告</title>
<!--[if lt IE 9]><script src="/js/html5.js"></script><![endif]-->
<script type="text/javascript">var n = 3; if (n < 5 && n > 1) { document.write("<p>x</p>"); }</script>
<style>td { width: 10% } p > span { color: red }</style>
</head>
<body class=main onload='init()'>
<div id="nav"><a href=/index.html target=_blank>首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<P>根据《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求，现公布本年度报告。</P>
<p>本年度主动公开政府信息&nbsp;120条。<br/>受理申请<b>3</b>件。<input type="hidden" checked/></p>
<TABLE border=1 width=100%>
<tr><td colspan="2">信息内容</td><td>本年制发件数</td></tr>
<TR><TD>规章</TD><td></td><td>0</td></tr>
</table>
</body></HTML>
"""


def _tree(node):
    if isinstance(node, tuple):
        return node
    return (node.tag, node.line, [_tree(child) for child in node.children])


def _library_tree(markup: str):
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return _tree(builder.root)


def _quick_tree(markup: str):
    builder = _TreeBuilder()
    return _tree(builder.root) if _feed_fast(builder, markup) else None


def test_an_ordinary_page_is_read_by_the_quick_tokeniser_as_the_library_reads_it():
    assert _quick_tree(PAGE) == _library_tree(PAGE)


def test_the_page_becomes_lines_with_its_text_table_and_source_lines():
    lines, sources = html_to_lines(PAGE)
    assert lines[0] == "某县农业农村局2022年政府信息公开工作年度报告"
    assert "根据《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求，现公布本年度报告。" in lines
    assert lines[lines.index("本年度主动公开政府信息 120条。") + 2] == "受理申请3件。"  # <br/> breaks the block
    row = lines.index("| 规章 |  | 0 |")
    assert sources[row] == PAGE.splitlines().index("<TR><TD>规章</TD><td></td><td>0</td></tr>") + 1
    assert not any("document.write" in line or "color: red" in line for line in lines)


@pytest.mark.parametrize("markup, text", [
    ("<p>a</p><![CDATA[ <td>1</td> ]]><p>b</p>", ["a", "b"]),  # a marked section
    ('<p class="a"id=b>glued attributes</p>', ["glued attributes"]),
    ("<p>text</p><script>never closed <td>1</td>", ["text"]),  # an unclosed script swallows the rest
    ("<p>a</p></ p><p>b</p>", ["a", "b"]),  # an end tag with a space
    ("<p>a</p><!bogus comment><p>b</p>", ["a", "b"]),
])
def test_markup_outside_the_ordinary_is_handed_to_the_library(markup, text):
    assert _quick_tree(markup) is None
    lines, _ = html_to_lines(markup)
    assert [line for line in lines if line] == text


_PIECES = ["<td", "<TD", "<img", "<a", "<br", "<p", "<p>", "</p>", "<table>", "<tr>", "</tr>", "</td>", "</td >",
           "</ td>", " ", "\n", "\r\n", "\t", "\xa0", "\u3000", 'class="x"', "id='y'", "href=/a/b", "w=3", "=", '"',
           "'", ">", "/>", "/", "<", "x", "中文", "&amp;", "&", "&#12", "&nbsp", 'title="a>b"', "data-x", "<!--",
           "-->", "-- >", "--!>", "<script>", "</script>", "</SCRIPT >", "<style>", "</style>", "<![CDATA[", "]]>",
           "<?", "?>", "<!DOCTYPE html>", "<!doctype", "<o:p", ":", "`", "\x00", "\v", "<br/>", "<br />",
           "<td colspan=2/>", "n=1/", 'onclick="a<b"', "a=b\"c", "<中华>", "</p x>"]


def test_random_markup_is_read_as_the_library_reads_it_or_handed_to_it():
    rng = random.Random(20261202)
    quick = 0
    for _ in range(3000):
        markup = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))
        tree = _quick_tree(markup)
        if tree is not None:
            quick += 1
            assert tree == _library_tree(markup), repr(markup)
    assert quick > 300  # the comparison covered a fair share of pieces the quick path reads
