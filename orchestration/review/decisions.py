"""Reading and checking the review folder's CSV files.

Each row is one decision about one document, named by its content hash: a
cell's value as a person reads it on the page (`correct`), a cell the parser
missed (`add`) or invented (`drop`), or a finding's status (`confirm`: the
source really is wrong; `dismiss`: not a problem, with the reason;
`extraction`: our mistake). A row that cannot be used is kept with the
reason, `file:line: …`, so that the run goes on and says what to fix (two
rows about one cell or finding are both refused); the
`ogi review` commands refuse such a row with the same message.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from orchestration.parser.catalog import SEEDS_DIR, load_catalog
from orchestration.validation.rules import load_rules

FIELDS = ["kind", "sha256", "source_file", "indicator_code", "applicant_type", "rule_id", "value", "value_status",
          "reviewer", "decided_on", "reason"]
CELL_KINDS = ("correct", "add", "drop")
# a finding decision and the review status it gives the finding
FINDING_KINDS = {"confirm": "confirmed", "dismiss": "dismissed", "extraction": "extraction"}
KINDS = (*CELL_KINDS, *FINDING_KINDS)
STATUSES = ("reported", "blank", "not_applicable", "unreadable")  # fct_report_statistic.value_status
DEFAULT_FILE = "decisions.csv"
_SHA256 = re.compile(r"[0-9a-f]{64}")
# decimal(18, 4), the type of fct_report_statistic.value
_MAX_INTEGER_DIGITS, _MAX_DECIMALS = 14, 4


@dataclass
class Decision:
    """One row of a review file as written (all text), with what is wrong with it, if anything."""

    file: str  # as people name it: the review folder's name and the path inside it
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    problem: str | None = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def key(self) -> tuple[str, ...]:
        """What the decision is about; two decisions about the same thing are one too many."""
        f = self.fields
        if f.get("kind") in CELL_KINDS:
            return ("cell", f["sha256"], f["indicator_code"], f["applicant_type"])
        return ("finding", f["sha256"], f["rule_id"], f["indicator_code"], f["applicant_type"])

    def message(self) -> str:
        return f"{self.where}: {self.problem}"


@dataclass
class Folder:
    path: Path
    decisions: list[Decision]
    digest: str  # of every file's name and bytes, and of the catalog the rows were checked against

    @property
    def problems(self) -> list[Decision]:
        return [d for d in self.decisions if d.problem]


def review_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.csv")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_folder(folder: Path) -> Folder:
    """Every decision of every CSV file under the folder, checked; a missing folder holds none."""
    digest = hashlib.sha256()
    for seed in ("indicators.csv", "applicant_types.csv", "validation_rules.csv"):
        digest.update((SEEDS_DIR / seed).read_bytes())
    decisions: list[Decision] = []
    for path in review_files(folder):
        name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
        data = path.read_bytes()
        digest.update(name.encode() + b"\0" + data + b"\0")
        decisions.extend(parse_csv(data, name))
    mark_duplicates(decisions)
    return Folder(folder, decisions, digest.hexdigest()[:16])


def parse_csv(data: bytes, name: str) -> list[Decision]:
    """The rows of one file; a file that is not a CSV of decisions is one row with the reason."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return [Decision(name, line, problem=f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[Decision] = []
    try:
        header = next(reader, None)
        if header is None:
            return []
        header = [h.strip() for h in header]
        missing = [f for f in FIELDS if f not in header]
        if missing:
            return [Decision(name, 1, problem=f"the header lacks {', '.join(missing)}; "
                                               f"it must name the columns {','.join(FIELDS)}")]
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                rows.append(Decision(name, line, problem=f"{len(row)} fields where the header has {len(header)} "
                                                         "(a comma in a value needs quotes)"))
                continue
            fields = {h: cell.strip() for h, cell in zip(header, row) if h in FIELDS}
            rows.append(Decision(name, line, fields, check_fields(fields)))
    except csv.Error as exc:
        rows.append(Decision(name, reader.line_num or 1, problem=f"not valid CSV ({exc}); nothing after it is read"))
    return rows


def check_fields(f: dict[str, str]) -> str | None:
    """What makes this decision unusable, in one sentence, or None."""
    kind = f["kind"]
    if kind not in KINDS:
        return f"unknown decision {kind!r} (one of: {', '.join(KINDS)})"
    if not _SHA256.fullmatch(f["sha256"]):
        return "sha256 must be the document's content hash, 64 hex digits (`ogi review` fills it in from the file)"
    for required in ("reviewer", "reason"):
        if not f[required]:
            return f"no {required}: every decision says who made it and why"
    try:
        dt.date.fromisoformat(f["decided_on"])
    except ValueError:
        return f"decided_on {f['decided_on']!r} is not a date (YYYY-MM-DD)"
    if kind in CELL_KINDS:
        return _check_cell(f)
    if f["rule_id"] not in load_rules():
        return f"unknown rule {f['rule_id']!r} (one of: {', '.join(load_rules())})"
    if f["value"] or f["value_status"]:
        return f"a {kind} decision is about a finding and takes no value or value_status"
    if f["indicator_code"]:
        return _check_cell_name(f, applicant_required=False)
    if f["applicant_type"]:
        return "an applicant_type needs an indicator_code"
    return None


def _check_cell(f: dict[str, str]) -> str | None:
    kind = f["kind"]
    if f["rule_id"]:
        return f"a {kind} decision is about a cell and takes no rule_id"
    if problem := _check_cell_name(f, applicant_required=True):
        return problem
    value, status = f["value"], f["value_status"]
    if kind == "drop":
        return "a drop decision takes no value or value_status" if value or status else None
    if not value and not status:
        return f"a {kind} decision needs a value (or a value_status such as blank or not_applicable)"
    if status and status not in STATUSES:
        return f"unknown value_status {status!r} (one of: {', '.join(STATUSES)})"
    if value and status not in ("", "reported"):
        return f"a value goes with value_status reported, not {status!r}"
    if status == "reported" and not value:
        return "value_status reported needs a value"
    return _check_value(value) if value else None


def _check_value(value: str) -> str | None:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return f"value {value!r} is not a number (write it plainly: 1234 or 12.5, no separators or units)"
    if not number.is_finite():
        return f"value {value!r} is not a number"
    sign, digits, exponent = number.as_tuple()
    decimals = max(0, -exponent)
    if decimals > _MAX_DECIMALS or len(digits) - decimals > _MAX_INTEGER_DIGITS:
        return f"value {value!r} does not fit the warehouse's decimal(18, 4)"
    return None


def _check_cell_name(f: dict[str, str], applicant_required: bool) -> str | None:
    code, applicant = f["indicator_code"], f["applicant_type"]
    catalog = load_catalog()
    indicator = next((i for i in catalog.indicators if i.code == code), None)
    if indicator is None:
        return f"unknown indicator_code {code!r} (the codes are in marts.dim_indicator)" if code else \
            "no indicator_code: name the cell by its code in marts.dim_indicator"
    columns = [c for c, _ in catalog.applicant_types]
    if applicant and applicant not in columns:
        return f"unknown applicant_type {applicant!r} (one of: {', '.join(columns)})"
    if applicant and not indicator.by_applicant_type:
        return f"{code} has no applicant columns; leave applicant_type empty"
    if applicant_required and indicator.by_applicant_type and not applicant:
        return f"{code} is printed per applicant column: give applicant_type (one of: {', '.join(columns)})"
    return None


def mark_duplicates(decisions: list[Decision]) -> None:
    """Two decisions about the same cell or finding are both refused: which one holds is for a person to
    say, not for the order of the files."""
    groups: dict[tuple[str, ...], list[Decision]] = {}
    for d in decisions:
        if not d.problem:
            groups.setdefault(d.key(), []).append(d)
    for key, group in groups.items():
        if len(group) < 2:
            continue
        what = "cell" if key[0] == "cell" else "finding"
        for d in group:
            others = ", ".join(o.where for o in group if o is not d)
            d.problem = f"duplicate decision: {others} also decides this {what}; keep one of them"


def format_row(fields: dict[str, str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([fields.get(f, "") for f in FIELDS])
    return out.getvalue()


def append(path: Path, fields: dict[str, str]) -> int:
    """Append one row (writing the header to a new file); returns its line number."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_bytes() if path.exists() else b""
    with path.open("a" if existing.strip() else "w", encoding="utf-8", newline="") as fh:
        if not existing.strip():
            fh.write(",".join(FIELDS) + "\n")
        elif not existing.endswith(b"\n"):
            fh.write("\n")  # a file saved without its last newline
        fh.write(format_row(fields))
    return path.read_bytes().rstrip(b"\n").count(b"\n") + 1
