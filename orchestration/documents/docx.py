"""Word .docx files: tables from the document's own table structure.

A row's cells are its <w:tc> elements; a cell spanning columns (gridSpan) is
one cell, and a cell continuing a vertical merge (<w:vMerge/> without
"restart") is left out, since its text stands in the row where the merge
starts. A cell's paragraphs are its printed lines (商业 / 企业), joined.
Paragraphs outside tables are the prose, in document order. A row one of
whose cells holds a table is a layout row (a web page saved as a Word file
keeps the page's frame: one cell holding the whole report, its paragraphs
and its statistics tables), so its cells' paragraphs and tables are read as
the document's own, in order; glued into one cell's text, a nested table's
rows ran together (规章3387规范性文件121229) and none could be read.
"""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn

from orchestration.documents.layout import DocumentText, join_wrapped


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _paragraph_lines(element) -> list[str]:
    return [_text(p) for p in element.iter(qn("w:p"))]


def _continues_merge(tc) -> bool:
    props = tc.find(qn("w:tcPr"))
    merge = props.find(qn("w:vMerge")) if props is not None else None
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def _blocks(element):
    """Paragraphs and tables in document order, also those inside content controls (<w:sdt>)."""
    for child in element.iterchildren():
        if child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
            yield from _blocks(child)
        else:
            yield child


def _add_blocks(doc: DocumentText, element) -> None:
    for block in _blocks(element):
        if block.tag == qn("w:p"):
            doc.add_line(_text(block))
        elif block.tag == qn("w:tbl"):
            _add_table(doc, block)


def _add_table(doc: DocumentText, table) -> None:
    for tr in table.iter(qn("w:tr")):
        if tr.getparent() is not table:
            continue  # a row of a table nested in a cell: read with its own table
        cells = [tc for tc in tr.iterchildren(qn("w:tc")) if not _continues_merge(tc)]
        if any(tc.find(".//" + qn("w:tbl")) is not None for tc in cells):
            for tc in cells:
                _add_blocks(doc, tc)
            continue
        doc.add_row([(join_wrapped([line.strip() for line in _paragraph_lines(tc)]), None) for tc in cells])


def read_docx(data: bytes) -> DocumentText:
    doc = DocumentText()
    _add_blocks(doc, Document(io.BytesIO(data)).element.body)
    return doc
