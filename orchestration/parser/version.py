"""The parser's version: what stored parse results are keyed by.

A report stored by another version is parsed again on the next run. The
version was a number bumped by hand, and it stayed "5" through every rule
added since: a user who updated the code kept the old readings of every
report already loaded, wrong ones included, with nothing to tell them. It is
now the parser's own source and the catalog files it reads, so any change to
what parsing can yield redoes the stored results once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from orchestration.parser.catalog import SEEDS_DIR

_PACKAGE = Path(__file__).resolve().parent
# the seeds parse_report reads: the cell catalog and the gazetteer
_SEED_FILES = ("indicators.csv", "applicant_types.csv", "admin_divisions.csv")


def source_digest(package: Path = _PACKAGE, seeds: Path = SEEDS_DIR) -> str:
    digest = hashlib.sha256()
    files = sorted(package.rglob("*.py")) + [seeds / name for name in _SEED_FILES]
    for path in files:
        if path.is_file():
            name = path.relative_to(package if path.is_relative_to(package) else seeds).as_posix()
            # line ends normalised: a checkout with CRLF is the same parser
            digest.update(name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:12]


# the hand-kept number stays in front, so versions stored before this change read as older ones
PARSER_VERSION = f"5.{source_digest()}"
