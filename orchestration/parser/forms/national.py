"""The 2019 and 2021 national forms: 表二 主动公开, 表三 收到和处理申请, 表四 复议/诉讼.

Both forms share 表三's rows and 表四's fifteen numbers; they differ in
表二's columns and in 表三's （六）其他处理, which 2021 splits into three
items. So rows are read first and the form is decided per table from what
was printed: a 表二 header or row that only one form has, 表三's （六), and
only failing those the report year. A report mixing the two keeps, per
table, the codes of what it printed, and gets a `hybrid_form` issue.

What a row is follows from its label (matched against indicators.csv), and
its columns from the form, never from the layout: a row whose count of
values does not fit its columns is reported, not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from orchestration.parser.catalog import Catalog, Indicator
from orchestration.parser.forms.rows import RowParts, fit_values, resolve_label, segments, split_row
from orchestration.parser.labels import normalize_label
from orchestration.parser.numbers import TEN_THOUSAND, in_ten_thousands, read_cell_value
from orchestration.parser.records import UNREADABLE, Cell, ParseIssue
from orchestration.parser.renderings.cells import Row, TextCell

FORMS = ("ogi2019", "ogi2021")
# Words only these forms print (表三's rows, 表二's heading, 表四's columns): a text
# without any of them has no table of these forms, and is not aligned at all.
MARKERS = re.compile("本年新收|第二十条|结转下年度|尚未审结|申请人情况|予以公开|不予公开|本年度办理结果")
_PREFIX = {"ogi2019": "2019", "ogi2021": "2021"}
# 表四 prints its groups and, in each, its results in this order (the
# national template); the catalog names the same cells without an order.
T4_GROUPS = (("review", "行政复议"), ("litigation_direct", "未经复议直接起诉"),
             ("litigation_after_review", "复议后起诉"))
T4_COLUMNS = ("upheld", "corrected", "other", "pending", "total")
_T4_WIDTH = len(T4_GROUPS) * len(T4_COLUMNS)
_UNPRINTED = "表中无此行"
_MIN_PREFIX = 3
_MIN_TRUNCATED = 4
_MIN_CONTAINED = 4
_MIN_COVERAGE = 0.6
# Fewer rows than this is a stray word in the prose, not a table.
_MIN_T3_ROWS = 3
_MIN_T2_ROWS = 2


@dataclass(frozen=True)
class T3Row:
    suffix: str  # the code without its form prefix: t3.denied.state_secret
    forms: frozenset[str]
    unprinted_in: frozenset[str]  # forms in which the row is a sum with no printed row


@dataclass
class Layout:
    t3: dict[str, T3Row] = field(default_factory=dict)  # normalised label -> row
    t2: dict[str, dict[str, list[Indicator]]] = field(default_factory=dict)  # form -> row label -> columns
    t2_columns: dict[str, set[str]] = field(default_factory=dict)  # form -> normalised column labels
    t4_groups: dict[str, str] = field(default_factory=dict)  # normalised group label -> group
    t3_order: dict[str, list[tuple[str, T3Row]]] = field(default_factory=dict)  # form -> (label, row) as printed
    applicant_types: tuple[str, ...] = ()
    header_words: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()
    found: dict = field(default_factory=dict)  # (label, fuzzy) -> what it names: labels recur across reports
    column_forms: dict = field(default_factory=dict)  # header word -> the forms whose 表二 column it names
    header_word: dict = field(default_factory=dict)  # word -> whether it is (the start of) a header word
    longest_column: int = 0  # the longest normalised 表二 column label


# By the catalog object itself, not its value: an lru_cache hashed all the catalog's
# indicators once per report (about 1 % of a parse). The entry keeps its catalog alive,
# so its id is never another's.
_LAYOUTS: dict[int, tuple[Catalog, Layout]] = {}


def layout_for(catalog: Catalog) -> Layout:
    kept = _LAYOUTS.get(id(catalog))
    if kept is not None and kept[0] is catalog:
        return kept[1]
    if len(_LAYOUTS) >= 4:
        _LAYOUTS.clear()
    layout = _build_layout(catalog)
    _LAYOUTS[id(catalog)] = (catalog, layout)
    return layout


def _build_layout(catalog: Catalog) -> Layout:
    layout = Layout(applicant_types=tuple(code for code, _ in catalog.applicant_types))
    layout.codes = frozenset(i.code for i in catalog.indicators)
    t3: dict[str, tuple[str, set, set]] = {}
    for form in FORMS:
        layout.t2[form], layout.t2_columns[form] = {}, set()
        for ind in catalog.for_form(form):
            suffix = ind.code.split(".", 1)[1]
            if ind.table == "t2":
                row_label, column_label = ind.label_zh.split("｜", 1)
                layout.t2[form].setdefault(normalize_label(row_label), []).append(ind)
                layout.t2_columns[form].add(normalize_label(column_label))
            elif ind.table == "t3":
                entry = t3.setdefault(normalize_label(ind.label_zh), (suffix, set(), set()))
                entry[1].add(form)
                if _UNPRINTED in ind.label_zh:
                    entry[2].add(form)
    layout.t3 = {k: T3Row(s, frozenset(f), frozenset(u)) for k, (s, f, u) in t3.items()}
    layout.longest_column = max(len(col) for columns in layout.t2_columns.values() for col in columns)
    for form in FORMS:
        printed = dict.fromkeys(normalize_label(i.label_zh) for i in catalog.for_form(form)
                                if i.table == "t3" and _UNPRINTED not in i.label_zh)
        layout.t3_order[form] = [(label, layout.t3[label]) for label in printed]
    layout.t4_groups = {normalize_label(label): group for group, label in T4_GROUPS}
    layout.header_words = frozenset(
        {normalize_label(label) for _, label in catalog.applicant_types}
        | {normalize_label(i.label_zh.split("｜", 1)[1]) for i in catalog.indicators
           if i.table in ("t2", "t4") and "｜" in i.label_zh}
        | set(layout.t4_groups) | {"行政诉讼", "信息内容", "申请人情况", "法人或其他组织"})
    return layout


def _fuzzy_lookup(key: str, table: dict, fuzzy: bool):
    """Exact, else (fuzzy) a label cut short or a label inside a longer printed one."""
    if key in table:
        return table[key]
    if not fuzzy or len(key) < _MIN_PREFIX:
        return None
    # a label cut short (3.危及“三安全一稳 …): a unique start of a known label
    found = [k for k in table if k.startswith(key) and len(key) >= _MIN_TRUNCATED]
    if not found:
        found = [k for k in table if len(k) >= _MIN_CONTAINED and k in key and len(k) >= _MIN_COVERAGE * len(key)]
    if not found:
        found = [k for k in table if len(key) >= _MIN_CONTAINED and key in k and len(key) >= _MIN_COVERAGE * len(k)]
    return table[found[0]] if len(found) == 1 else None


_MAX_COLUMN_WORD = 8
_COLUMN_ENDS = ("数量", "件数", "金额")


def _column_votes(parts: RowParts, layout: Layout) -> Counter:
    """Which form a 表二 header row's column labels belong to (labels may be cut short)."""
    votes: Counter = Counter()
    for cell in parts.labels:
        for word in cell.text.split():
            key = normalize_label(word)
            if len(key) < _MIN_PREFIX or (len(key) > layout.longest_column and len(key) > _MAX_COLUMN_WORD):
                continue  # too long for any column to equal, start with or hold it, or to be one misprinted
            hits = layout.column_forms.get(key)
            if hits is None:
                hits = frozenset(form for form in FORMS for col in layout.t2_columns[form]
                                 if col == key or col.startswith(key) or (len(key) >= _MIN_CONTAINED and key in col))
                # a column word misprinted in its end (本年新 制发数量 | 本年新 废止数量 | 现行有效数量 over a 2021
                # report's rows, round 40): its longest start that some column holds says whose column it is
                # (only a short word ending as columns do: row labels and prose reach here too)
                misprinted = not hits and len(key) <= _MAX_COLUMN_WORD and key.endswith(_COLUMN_ENDS)
                for end in range(len(key) - 1, 1, -1) if misprinted else ():
                    hits = frozenset(form for form in FORMS for col in layout.t2_columns[form] if key[:end] in col)
                    if hits:
                        break
                layout.column_forms[key] = hits
            if len(hits) == 1:
                votes[next(iter(hits))] += 1
    return votes


def _is_header(parts: RowParts, layout: Layout) -> bool:
    """A row of column labels (自然人 商业企业 …, 结果维持 结果纠正 …): nothing to place."""
    words = [w for c in parts.labels for w in c.text.split()]
    if len(words) < 2:
        return False  # one word is no two header words (most rows printed one cell a line): none to normalise
    words = [normalize_label(w) for w in words]
    # header cells are often cut short: 自然 | 商业 | 科研, 结果 | 尚未
    return sum(1 for w in words if len(w) >= 2 and _header_word(w, layout)) >= 2


def _header_word(word: str, layout: Layout) -> bool:
    known = layout.header_word.get(word)
    if known is None:
        known = layout.header_word[word] = word in layout.header_words or any(
            h.startswith(word) for h in layout.header_words)
    return known


@dataclass(slots=True)
class _Placed:
    kind: str  # "t2", "t3", "t4"
    key: object
    row: int
    line_start: int
    values: list[TextCell]
    form: str | None = None


# a cell's amount printed in 元, not 万元
_IN_YUAN = re.compile(r"(?<!万)元\s*$")


# 表二's first header cell, then the words of its value columns, which differ between the forms
# (2019: 本年新制作数量 / 本年新公开数量 / 对外公开总数量; 2021: 本年制发件数 / 本年废止件数 / 现行有效件数).
_T2_HEADER = re.compile(r"第二十条第[（(]一[）)]项")
_T2_COLUMN_WORDS = (("ogi2019", re.compile("本年新制作|本年新公开|对外公开总数")),
                    ("ogi2021", re.compile("本年制发|本年废止|现行有效")))
_HEADER_REACH = 200  # characters after 第二十条第(一)项 where its column words stand


def form_of_cut_table(text: str) -> str | None:
    """The form a table cut off after its header prints (a page's excerpt that ends inside 表二):
    the form whose column words follow 表二's first header cell, or None when they do not say.
    Catalogue T11: six agencies' pages in rounds 11 and 13, read as narrative before."""
    for m in _T2_HEADER.finditer(text):
        after = re.sub(r"[\s|]", "", text[m.end():m.end() + _HEADER_REACH])
        forms = [form for form, words in _T2_COLUMN_WORDS if words.search(after)]
        if len(forms) == 1:
            return forms[0]
    return None


def _form_for_year(year: int | None) -> str:
    return "ogi2021" if year is None or year >= 2021 else "ogi2019"


def align(rows: list[Row], catalog: Catalog, report_year: int | None,
          last_line: int | None = None) -> tuple[list[Cell], list[ParseIssue], str | None]:
    """Cells, issues, and the form printed (None when no row of these forms was found).

    `last_line` is the text's last non-blank line: a row that ends there may
    have been cut off with the report."""
    layout = layout_for(catalog)
    parts = [split_row(r) for r in rows]
    issues: list[ParseIssue] = []
    placed: list[_Placed] = []
    consumed: set[int] = set()
    header_votes: list[tuple[int, str]] = []  # (row index, form) of 表二 headers
    t4_open = False  # a 表四 header was read and its numbers are still to come
    t4_pending: list[tuple[int, list[TextCell]]] = []

    def lookup(text: str, fuzzy: bool):
        key = normalize_label(text)
        if not key:
            return None
        cache_key = (key, fuzzy)
        if cache_key not in layout.found:
            layout.found[cache_key] = _lookup(key, fuzzy)
        return layout.found[cache_key]

    def _lookup(key: str, fuzzy: bool):
        hit = _fuzzy_lookup(key, layout.t3, fuzzy)
        if hit is not None:
            return ("t3", hit)
        for form in FORMS:
            if key in layout.t2[form]:
                return ("t2", key)
        if fuzzy:
            for form in FORMS:
                row_key = _fuzzy_lookup(key, {k: k for k in layout.t2[form]}, True)
                if row_key is not None:
                    return ("t2", row_key)
        group = layout.t4_groups.get(key)
        return ("t4group", group) if group else None

    label_only: list[int] = []
    unknown: list[int] = []  # rows of 表三's width whose label names no row of the form
    t2_headers: list[tuple[int, int]] = []  # (row index, column cells) of 表二's 信息内容 header rows
    # PDF text that prints each row's numbers above its label (a converter ordering a row's cells
    # by their blocks: 0 0 0 / 规章 / 1 1 6 / 规范性文件): the first numbers under a table's header come
    # before any row label, and numbers taking the label above would each be the next row's. From
    # such numbers to the next header no row is read (one issue says why).
    section_open = False  # a header was read and no row of the form named since
    numbers_first = False
    for i, (row, p) in enumerate(zip(rows, parts)):
        numbers = any(read_cell_value(v.text)[1] is not None for v in p.values)
        if not numbers and (_is_header(p, layout) or _opens_section(p)):
            section_open, numbers_first = True, False
        if numbers_first and row.lossy and not _opens_t4(p.label, header=False):
            continue
        if numbers and len(p.values) == _T4_WIDTH and _is_header(p, layout):
            # 表四's header and numbers run together when rows are not separated
            placed.append(_Placed("t4", None, i, p.values[0].line_start, p.values))
            continue
        if not numbers and _is_header(p, layout):
            if not row.lossy and len(p.labels) > 1 and normalize_label(p.labels[0].text) == _T2_FIRST_HEADER:
                t2_headers.append((i, len(p.labels) - 1))
            votes = _column_votes(p, layout)
            if votes:
                header_votes.append((i, votes.most_common(1)[0][0]))
            if _opens_t4(p.label, header=True):
                t4_open = True
            last = p.labels[-1].text
            hit = None if normalize_label(last) in layout.header_words else lookup(last, False)
            if hit and hit[0] in ("t2", "t3") and p.values:
                # cells printed without row breaks: the header ran into the first row
                placed.append(_Placed(hit[0], hit[1], i, p.labels[-1].line_start, p.values))
            continue
        # a row of column words, or a section's header run into its first row (one cell per line,
        # 第二十条第(五)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可 | 0 |): its column
        # words say whose columns the values are in (round 17: a 2020 report read with 2021's codes)
        if (not numbers or len(p.labels) > 1) and (votes := _column_votes(p, layout)):
            header_votes.append((i, votes.most_common(1)[0][0]))
        if not numbers:
            if _opens_t4(p.label, header=False):
                t4_open = True
            if not p.values:
                if p.labels:
                    label_only.append(i)
                    if section_open and lookup(p.labels[-1].text, False):
                        section_open = False  # a row of the form named before its numbers
                continue
        if not p.labels and t4_open:
            if not numbers and len(p.values) != _T4_WIDTH:
                continue  # a spacer row of empty cells
            t4_pending.append((i, p.values))
            got = sum(len(v) for _, v in t4_pending)
            if got >= _T4_WIDTH or not row.lossy:
                _close_t4(t4_pending, rows, placed, issues)
                t4_open, t4_pending = False, []
            continue
        if not p.labels and len(p.values) == _T4_WIDTH:
            placed.append(_Placed("t4", None, i, row.line_start, p.values))
            continue
        resolved = resolve_label(rows, parts, i, lookup, consumed)
        if resolved is None and section_open and row.lossy and numbers and not p.labels and p.unit is None:
            numbers_first = True
            issues.append(ParseIssue("ambiguous_row", row.line_start, "numbers before their row labels",
                                     "numbers printed under the table's header before any row label (PDF text "
                                     "that puts each row's numbers above its label): which row each belongs to is "
                                     "unclear, so this table's rows up to its next header are not read",
                                     line_end=row.line_end))
            continue
        if resolved is None:
            if numbers and len(p.values) == len(layout.applicant_types):
                unknown.append(i)
            continue
        section_open = False
        kind, key = resolved.value
        if row.lossy and kind == "t3" and key.unprinted_in and p.labels and not resolved.used_rows \
                and lookup(p.labels[-1].text, False) is None:
            # PDF text's group label (（三）不予公开, a sum the form prints no row for) with a piece of
            # another label beside it, 1.属于国家秘 / （三）不予公开 密 0 0 …: the numbers are the wrapped
            # sub-row's (pdftotext -layout prints the group's vertical cell on its middle row's line)
            issues.append(ParseIssue("ambiguous_row", row.line_start, p.labels[-1].text,
                                     f"row {p.labels[-1].text}: a group's label with words of another beside it; "
                                     "which row its numbers are is unclear; no value used", line_end=row.line_end))
            continue
        consumed.update(resolved.used_rows)
        placed.append(_Placed(kind, key, i, resolved.line_start, p.values))
    if t4_pending:
        _close_t4(t4_pending, rows, placed, issues)
    for i in label_only:
        # a row of the form printed without its numbers (PDF text drops blank cells)
        label = parts[i].labels[-1].text
        for text in dict.fromkeys([label, segments(label)[-1]]):
            if len(normalize_label(text)) > 2 and i not in consumed and (hit := lookup(text, False)):
                placed.append(_Placed(hit[0], hit[1], i, rows[i].line_start, []))
                break
    placed.sort(key=lambda pl: pl.row)

    t3_keys = {pl.key.suffix for pl in placed if pl.kind == "t3" and pl.values}
    found_t2 = sum(1 for pl in placed if pl.kind == "t2" and pl.values)
    # One 表二 row with values under its printed column headers is a table: cut after that row (T11: round 39's
    # township; realdev r288's and r306's real pages), or printing its other rows empty in a rendering that
    # keeps the cell grid (T03: round 40's county bureau, '规章 |' / '|||' … '行政许可 |' / '80 |' / '-13 |' / '76 |').
    # Where PDF text may have dropped blanks, one value under a template's row with the rows after it printed
    # bare is a stray value (T08, realdev r18), no table. Printed one cell per line between bare bars, the
    # header and that first row run together into one row, whose column words vote for it (T11: round 90's
    # district bureau and round 127's county bureau, each cut after '规章' and its three values).
    lone = next((pl for pl in placed if pl.kind == "t2" and pl.values), None)
    t2_under_header = found_t2 == 1 and (placed[-1] is lone or not rows[lone.row].lossy) \
        and any(idx <= lone.row for idx, _ in header_votes)
    if len(t3_keys) < _MIN_T3_ROWS and not any(pl.kind == "t4" for pl in placed) and found_t2 < _MIN_T2_ROWS \
            and not t2_under_header:
        return [], [], None  # stray words, not these forms' tables
    t3_form = _decide_t3_form(placed, layout, rows)
    if t3_form and unknown:
        _place_by_position(unknown, placed, rows, parts, layout.t3_order[t3_form], consumed, issues)
    t2_forms = _decide_t2_forms(placed, header_votes, layout, rows, t3_form)
    report_form = t3_form or (Counter(t2_forms.values()).most_common(1)[0][0] if t2_forms else None)
    report_form = report_form or _form_for_year(report_year)

    cells: list[Cell] = []
    seen: dict[tuple[str, str | None], int] = {}
    # A row cut off by the text's end is read left to right only where the rendering prints every
    # cell in its place; a whole 表三 row of the same table whose values do not fit its columns shows
    # it does not (round 18: a township's pipe cells, one value after a bare bar in every row)
    applicants = len(layout.applicant_types)
    t3_misfits = any(pl.kind == "t3" and pl.values and rows[pl.row].line_end != last_line
                     and fit_values(pl.values, applicants, rows[pl.row])[0] is None for pl in placed)

    def emit(code: str, applicant: str | None, cell: TextCell, pl: _Placed, row_end: int) -> None:
        """One cell of the row placed as `pl`, whose printed row ends on line `row_end`."""
        key = (code, applicant)
        if key in seen:
            issues.append(ParseIssue("duplicate_cell", cell.line_start, code,
                                     f"{code} {applicant or ''} already read at line {seen[key]}; "
                                     "this one is not used".replace("  ", " ")))
            return
        seen[key] = cell.line_start
        status, value = read_cell_value(cell.text)
        if value is not None and "元" in cell.text and _IN_YUAN.search(cell.text):
            # an amount printed in 元 in a 万元 cell (709455.9元, 79000.1元: rounds 17 and 20, two
            # agencies' 采购总金额): the form's unit, as prose amounts in 元 are read; in a cell
            # counted in another unit it is not a value of that cell
            if catalog.unit_of(code) == "万元":
                value = value / TEN_THOUSAND
            else:
                status, value = UNREADABLE, None
        elif value is not None and "万" in cell.text and catalog.unit_of(code) == "万元" and in_ten_thousands(cell.text):
            value = value / TEN_THOUSAND  # '211.509万' in the 万元 column is 211.509 of them
        # (positional, and no min/max calls: a 2021 table report makes some 200 cells, 5 % of its parse)
        start, end = cell.line_start, cell.line_end
        cells.append(Cell(code, applicant, value, status, cell.text, pl.line_start if pl.line_start < start else start,
                          row_end if row_end > end else end, "table"))

    def ambiguous(pl: _Placed, what: str, codes: list[str], reason: str) -> None:
        issues.append(ParseIssue("ambiguous_row", pl.line_start, what,
                                 f"row {what} ({', '.join(codes[:3])}{'…' if len(codes) > 3 else ''}): "
                                 f"{reason}; no value used", line_end=rows[pl.row].line_end))

    for pl in placed:
        if pl.kind == "t3":
            row_def: T3Row = pl.key
            form = t3_form or report_form
            prefix = _PREFIX[form]
            code = f"{prefix}.{row_def.suffix}"
            if code not in layout.codes:
                code = f"{_PREFIX[next(iter(row_def.forms))]}.{row_def.suffix}"
            if not pl.values:
                if form not in row_def.unprinted_in and pl.row not in consumed:
                    ambiguous(pl, _printed_label(rows, parts, pl.row, set())[0], [code], "label printed without values")
                continue
            fitted, reason = fit_values(pl.values, applicants, rows[pl.row],
                                        cut_off=rows[pl.row].line_end == last_line and not t3_misfits)
            if fitted is None:
                ambiguous(pl, _printed_label(rows, parts, pl.row, set())[0], [code], reason)
                continue
            row_end = rows[pl.row].line_end
            for applicant, cell in zip(layout.applicant_types, fitted):
                emit(code, applicant, cell, pl, row_end)
        elif pl.kind == "t2":
            form = t2_forms.get(pl.row) or report_form
            columns = (layout.t2[form].get(pl.key)
                       or layout.t2[form].get(_fuzzy_lookup(pl.key, {k: k for k in layout.t2[form]}, True) or "")
                       or _t2_columns_any(layout, pl.key))
            codes = [c.code for c in columns]
            if not pl.values:
                if pl.row not in consumed:
                    ambiguous(pl, _printed_label(rows, parts, pl.row, set())[0], codes, "label printed without values")
                continue
            printed = _header_columns(t2_headers, pl.row)
            if printed is not None and printed < len(columns):
                ambiguous(pl, _printed_label(rows, parts, pl.row, set())[0], codes,
                          f"its header prints {printed} columns where the form has {len(columns)}")
                continue
            fitted, reason = fit_values(pl.values, len(columns), rows[pl.row])
            if fitted is None:
                ambiguous(pl, _printed_label(rows, parts, pl.row, set())[0], codes, reason)
                continue
            row_end = rows[pl.row].line_end
            for ind, cell in zip(columns, fitted):
                emit(ind.code, None, cell, pl, row_end)
        else:
            prefix = _PREFIX[t3_form or report_form]
            groups = [g for g, _ in T4_GROUPS] if pl.kind == "t4" else [pl.key]
            codes = [f"{prefix}.t4.{g}.{c}" for g in groups for c in T4_COLUMNS]
            if not pl.values:
                continue
            fitted, reason = fit_values(pl.values, len(codes), rows[pl.row])
            if fitted is None and pl.kind != "t4" and not any(v.text.strip() for v in pl.values):
                # 表四's header: a group's cell merged over its five columns, printed as its label and empty
                # cells (行政复议 | | | | | 行政诉讼 …, 复议后起诉 | | | |), over the columns' words; no row to read
                continue
            if fitted is None:
                ambiguous(pl, parts[pl.row].label or "表四", codes, reason)
                continue
            row_end = rows[pl.row].line_end
            for code, cell in zip(codes, fitted):
                emit(code, None, cell, pl, row_end)

    printed_forms = {f for f in [t3_form, *t2_forms.values()] if f}
    if len(printed_forms) > 1:
        t2_rows = sorted(r for r in t2_forms)
        issues.append(ParseIssue(
            "hybrid_form", rows[t2_rows[0]].line_start if t2_rows else 1, "表二",
            f"表二 is printed in the {'/'.join(sorted(set(t2_forms.values())))} columns while 表三 follows "
            f"{t3_form or report_form}; each table keeps the codes of what it printed"))
    return cells, issues, report_form


# 表二's header row starts with this cell; a section's rows follow it within this many rows.
_T2_FIRST_HEADER = "信息内容"
_T2_HEADER_REACH = 3


def _header_columns(headers: list[tuple[int, int]], row: int) -> int | None:
    """How many columns the 表二 header just above `row` prints. A county that prints its own,
    shorter columns (项目数量 | 处理决定数量 where the form has three) puts its values in no
    column of the form; by position they would be read into the wrong ones (round 18)."""
    above = [(i, n) for i, n in headers if i < row]
    return above[-1][1] if above and row - above[-1][0] <= _T2_HEADER_REACH else None


# A misprinted label must still share this much of the label its place implies.
_MIN_MISPRINT_OVERLAP = 0.6


def _place_by_position(unknown: list[int], placed: list[_Placed], rows: list[Row], parts: list[RowParts],
                       order: list[tuple[str, T3Row]], consumed: set[int], issues: list[ParseIssue]) -> None:
    """表三's rows come in the form's fixed order: a row whose label names no row
    (a misprint: 其他法律行政止公开) standing between the rows just before and
    just after one row of the form that was not read, is that row, when its
    label shares most of that row's words. The issue the inference raises lets
    a reviewer check it."""
    index = {row.suffix: n for n, (_, row) in enumerate(order)}
    t3_rows = sorted((pl.row, index[pl.key.suffix]) for pl in placed
                     if pl.kind == "t3" and pl.values and pl.key.suffix in index)
    taken = {n for _, n in t3_rows}
    for i in unknown:
        above = [n for r, n in t3_rows if r < i]
        below = [n for r, n in t3_rows if r > i]
        if not above or not below or below[0] != above[-1] + 2 or above[-1] + 1 in taken:
            continue
        label_key, row_def = order[above[-1] + 1]
        label, line_start = _printed_label(rows, parts, i, consumed)
        if _overlap(normalize_label(label), label_key) < _MIN_MISPRINT_OVERLAP:
            continue
        placed.append(_Placed("t3", row_def, i, line_start, parts[i].values))
        taken.add(above[-1] + 1)
        issues.append(ParseIssue("misprinted_label", line_start, label,
                                 f"label {label} names no row of 表三; read as t3.{row_def.suffix.split('.', 1)[1]}, "
                                 "the row its place between its neighbours leaves"))
    placed.sort(key=lambda pl: pl.row)


def _printed_label(rows: list[Row], parts: list[RowParts], i: int, consumed: set[int]) -> tuple[str, int]:
    """The row's label, or in PDF text the label line above its numbers."""
    if parts[i].labels:
        return parts[i].label, parts[i].labels[0].line_start
    j = i - 1
    if j >= 0 and j not in consumed and parts[j].labels and not parts[j].values:
        return parts[j].label, rows[j].line_start
    return "", rows[i].line_start


def _overlap(printed: str, expected: str) -> float:
    """Share of the expected label's characters that the printed one has."""
    pool = Counter(printed)
    hits = 0
    for ch in expected:
        if pool[ch]:
            pool[ch] -= 1
            hits += 1
    return hits / len(expected) if expected else 0.0


# What a sentence or a section heading prints and a 表四 header never does:
# the report's contents list (…政府信息公开行政复议、行政诉讼情况…) names the
# table without opening it, and numbers after it are not 表四's.
_NOT_T4_HEADER = re.compile(r"[。；，、,;]|情况|报告|工作")


def _opens_section(parts: RowParts) -> bool:
    """A row that opens a part of 表二 printed as its own line: 第二十条第（五）项, or 信息内容 alone."""
    label = normalize_label(parts.label)
    return label == _T2_FIRST_HEADER or label.startswith("第二十条")


def _opens_t4(label: str, header: bool) -> bool:
    """A row that opens 表四: its header (行政复议 / 行政诉讼, 结果维持 / 结果纠正 …)."""
    if _NOT_T4_HEADER.search(label):
        return False
    joined = normalize_label(label)
    if "结果维持" in joined:
        return True
    return "行政复议" in joined and (header or "行政诉讼" in joined or "复议后起诉" in joined)


def _close_t4(pending: list[tuple[int, list[TextCell]]], rows: list[Row], placed: list[_Placed],
              issues: list[ParseIssue]) -> None:
    """表四's numbers, which PDF text may spread over several lines."""
    values = [v for _, vs in pending for v in vs]
    first = pending[0][0]
    if len(values) == _T4_WIDTH:
        placed.append(_Placed("t4", None, first, rows[first].line_start, values))
    else:
        issues.append(ParseIssue("ambiguous_row", rows[first].line_start, "表四",
                                 f"表四 has {len(values)} numbers where the form has {_T4_WIDTH}; none used"))


def _t2_columns_any(layout: Layout, key: str) -> list[Indicator]:
    for form in FORMS:
        if key in layout.t2[form]:
            return layout.t2[form][key]
    return []


def _decide_t3_form(placed: list[_Placed], layout: Layout, rows: list[Row]) -> str | None:
    """2021 splits （六）其他处理 into items; 2019 prints it as a row with its own values."""
    votes: Counter = Counter()
    for pl in placed:
        if pl.kind != "t3" or fit_values(pl.values, len(layout.applicant_types), rows[pl.row])[0] is None:
            continue
        row_def: T3Row = pl.key
        if len(row_def.forms) == 1:
            votes[next(iter(row_def.forms))] += 1
        elif row_def.unprinted_in and pl.values and row_def.forms - row_def.unprinted_in:
            # a sum printed with values: the form where it is a printed row
            votes[next(iter(row_def.forms - row_def.unprinted_in))] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


def _decide_t2_forms(placed: list[_Placed], header_votes: list[tuple[int, str]], layout: Layout,
                     rows: list[Row], t3_form: str | None) -> dict[int, str]:
    """The form of each 表二 row: its header, else the only form its label and values fit, else the table's."""
    t2 = [pl for pl in placed if pl.kind == "t2"]
    decided: dict[int, str] = {}
    table_votes: Counter = Counter(form for _, form in header_votes)
    for pl in t2:
        fits = [form for form in FORMS if pl.key in layout.t2[form]
                and (not pl.values or fit_values(pl.values, len(layout.t2[form][pl.key]), rows[pl.row])[0])]
        if len(fits) == 1:
            table_votes[fits[0]] += 1
    for pl in t2:
        header = [form for idx, form in header_votes if idx <= pl.row]
        local = header[-1] if header else None
        if local and pl.key not in layout.t2[local]:
            # the other form's label for a row the header's form holds under a longer one
            # (规范性文件 under 2021's 本年制发件数…, whose row is 行政规范性文件): that row, read with
            # the columns printed above it, not the other form's (round 16, a county's 2023 report)
            own = _fuzzy_lookup(pl.key, {k: k for k in layout.t2[local]}, True)
            if own is not None:
                pl.key = own
        fits = [form for form in FORMS if pl.key in layout.t2[form]
                and (not pl.values or fit_values(pl.values, len(layout.t2[form][pl.key]), rows[pl.row])[0])]
        if local and (local in fits or pl.key in layout.t2[local]):
            # the header printed above says whose columns these are: a row that does
            # not fit them is ambiguous, never read with the other form's columns
            decided[pl.row] = local
        elif len(fits) == 1:
            decided[pl.row] = fits[0]
        elif table_votes:
            decided[pl.row] = table_votes.most_common(1)[0][0]
        elif t3_form:
            decided[pl.row] = t3_form
    return decided
