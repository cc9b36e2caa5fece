"""End to end: a drop of PDF and Word files loads like a drop of text, bad ones recorded with reasons."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURES, query, run

DEVSET = FIXTURES / "devset"


def test_a_drop_of_pdf_and_word_files(definitions, tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    shutil.copy(DEVSET / "m_ogi2021_pdf_file_01.pdf", raw_dir / "district_2022.pdf")
    shutil.copy(DEVSET / "m_ogi2019_docx_file_01.docx", raw_dir / "bureau.docx")
    shutil.copy(FIXTURES / "t4_total_zero_m_ogi2021_01.pdf", raw_dir / "planted.pdf")
    shutil.copy(FIXTURES / "scan_m_ogi2021_01.pdf", raw_dir / "scanned.pdf")
    shutil.copy(FIXTURES / "partly_scanned_m_ogi2021_01.pdf", raw_dir / "signed.pdf")
    (raw_dir / "broken.docx").write_bytes(b"not a zip at all")
    data = (DEVSET / "m_ogi2021_pdf_file_02.pdf").read_bytes()
    (raw_dir / "cut.pdf").write_bytes(data[:200])
    (raw_dir / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    warehouse = tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)

    files = {f: (s, e) for f, s, e in query(warehouse, "select source_file, read_status, read_error "
                                                         "from marts.dim_source_file")}
    assert files["district_2022.pdf"][0] == "ok" and files["bureau.docx"][0] == "ok"
    assert files["scanned.pdf"][0] == "needs_ocr" and "image-only" in files["scanned.pdf"][1]
    assert files["broken.docx"] == ("unreadable", files["broken.docx"][1]) and "not a zip" in files["broken.docx"][1]
    assert files["cut.pdf"][0] == "unreadable" and "PDF" in files["cut.pdf"][1]
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        assert files["old.doc"] == ("unreadable", "install LibreOffice to read .doc/.wps")

    # a report whose last page is a scan loads, and names that page
    assert files["signed.pdf"][0] == "ok"
    scanned = query(warehouse, """select i.printed_label, i.source_line, i.message from marts.fct_parse_issue i
                                  where i.source_file = 'signed.pdf' and i.issue_kind = 'needs_ocr'""")
    assert [(label, "image-only" in message) for label, _, message in scanned] == [("page 4", True)]

    renderings = dict(query(warehouse, "select source_file, rendering from marts.dim_report"))
    assert renderings["district_2022.pdf"] == "pdf_file" and renderings["bureau.docx"] == "docx_file"

    total = query(warehouse, """
        select s.value, s.source_page, s.source_bbox, s.source_line_start, s.source_line_end
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        where r.source_file = 'district_2022.pdf' and s.indicator_code = '2021.t3.new_received'
          and s.applicant_type_code = 'total'""")
    value, page, bbox, _, line_end = total[0]
    assert int(value) == 185 and page == 2 and len(json.loads(bbox)) == 4
    text = query(warehouse, """select d.text from raw.documents d join marts.dim_report r
                               on r.source_sha256 = d.sha256 where r.source_file = 'district_2022.pdf'""")[0][0]
    assert text.split("\n")[line_end - 1] == "\t185"  # the line number names the printed cell
    docx_pages = query(warehouse, """select count(*) filter (where s.source_page is not null)
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        where r.source_file = 'bureau.docx'""")[0][0]
    assert docx_pages == 0  # a Word file has no fixed pages

    # the 表四 group total printed 0 beside non-zero parts: a source error naming file, page and line
    findings = query(warehouse, """
        select source_file, severity, source_line_start, operands from marts.fct_validation_finding
        where rule_id = 't4_group_total' and source_file = 'planted.pdf'""")
    assert len(findings) == 1
    source_file, severity, line, operands = findings[0]
    assert severity == "error" and line is not None
    assert all("page" in o and len(o["bbox"]) == 4 for o in json.loads(operands))
