"""Finding report files in a drop folder and reading them (no database here)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from orchestration.parser.decoding import Decoded, decode_bytes

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class DroppedFile:
    relative_path: str  # POSIX form, relative to the drop folder
    sha256: str
    size_bytes: int
    decoded: Decoded


def iter_drop_paths(drop_dir: Path) -> Iterator[Path]:
    """Every file under drop_dir, recursively, in a stable order; hidden ones skipped.

    Files of other kinds are listed too: they are recorded with a reason
    rather than silently ignored, so a user sees what was not read.
    """
    for path in sorted(drop_dir.rglob("*")):
        rel = path.relative_to(drop_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file():
            yield path


def read_dropped_file(drop_dir: Path, path: Path) -> DroppedFile:
    data = path.read_bytes()
    if path.suffix.lower() in REPORT_SUFFIXES:
        decoded = decode_bytes(data)
    else:
        decoded = Decoded(None, None, f"unsupported file type {path.suffix or '(none)'}: reports are read from "
                          + ", ".join(REPORT_SUFFIXES))
    return DroppedFile(
        relative_path=path.relative_to(drop_dir).as_posix(),
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        decoded=decoded,
    )
