"""Word .docx files: tables from the document's own table structure.

A row's cells are its <w:tc> elements; a cell spanning columns (gridSpan) is
one cell, and a cell continuing a vertical merge (<w:vMerge/> without
"restart") is left out, since its text stands in the row where the merge
starts. A cell's paragraphs are its printed lines (商业 / 企业), joined.
Paragraphs outside tables are the prose, in document order; a table nested
in a cell is read as that cell's text.
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


def read_docx(data: bytes) -> DocumentText:
    doc = DocumentText()
    body = Document(io.BytesIO(data)).element.body
    for block in _blocks(body):
        if block.tag == qn("w:p"):
            doc.add_line(_text(block))
        elif block.tag == qn("w:tbl"):
            for tr in block.iter(qn("w:tr")):
                if tr.getparent() is not block:
                    continue  # a row of a table nested in a cell
                doc.add_row([(join_wrapped([line.strip() for line in _paragraph_lines(tc)]), None)
                             for tc in tr.iterchildren(qn("w:tc")) if not _continues_merge(tc)])
    return doc
