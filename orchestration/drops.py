"""Finding report files in a drop folder and reading them (no database here).

A scan only lists paths, sizes and modification times; a file is read and
hashed only when those differ from what the warehouse last saw, so a run over
100,000 unchanged files costs a directory walk, not 100,000 reads.
"""

from __future__ import annotations

import hashlib
import os
from stat import S_IFBLK, S_IFCHR, S_IFIFO, S_IFMT, S_IFSOCK, S_ISDIR, S_ISLNK, S_ISREG
from dataclasses import dataclass
from pathlib import Path

from orchestration import documents, settings
from orchestration.parser.decoding import decode_bytes

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Every OGI annual report names its subject; a text without these words is
# something else that landed in the folder (a README, a notice, a news page).
REPORT_WORDS = ("信息公开", "信息公開", "資訊公開", "政务公开", "政務公開")
_HASH_CHUNK = 1 << 20

OK, UNREADABLE, TOO_LARGE, NOT_REPORT = "ok", "unreadable", "too_large", "not_report"
TOO_SLOW, NEEDS_OCR = documents.TOO_SLOW, documents.NEEDS_OCR  # PDF and Word files only
SAME_CONTENT = "same_content"  # hashed equal to the version the warehouse has: nothing decoded


@dataclass(frozen=True)
class FileStat:
    relative_path: str  # POSIX form, relative to the drop folder
    size_bytes: int
    mtime_ns: int
    refused: str | None = None  # why the entry is not read at all (a pipe, a link leaving the folder …)


@dataclass(frozen=True)
class ReadFile:
    relative_path: str
    sha256: str
    size_bytes: int
    mtime_ns: int
    read_status: str  # OK, UNREADABLE, TOO_LARGE or NOT_REPORT
    text: str | None  # only when read_status is OK
    encoding: str | None
    reason: str | None  # why the file was not read, when it was not
    provenance: str | None = None  # PDF/Word: JSON of the rendering, pages and each line's page and box


_KINDS = {S_IFIFO: "a named pipe (FIFO)", S_IFSOCK: "a socket", S_IFCHR: "a character device",
          S_IFBLK: "a block device"}


def _inside(root: str, target: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def boundary_refusal(root: str, path: str) -> str | None:
    """Why the entry at path may not be read as a report, or None for a regular file inside root.

    root is the drop folder's real path. The folder is the boundary: a link is
    followed only to a file inside it, and nothing but regular files is
    opened (opening a pipe would wait forever for a writer).
    """
    try:
        st = os.lstat(path)
        if S_ISLNK(st.st_mode):
            target = os.path.realpath(path)
            if not _inside(root, target):
                return f"symbolic link to {target}, outside the drop folder: not followed"
            st = os.stat(path)
            if S_ISDIR(st.st_mode):
                return "symbolic link to a folder of the drop: not followed (its files are read where they are)"
    except OSError as exc:
        return f"broken symbolic link: {exc.strerror or exc}"
    if S_ISREG(st.st_mode):
        return None
    kind = _KINDS.get(S_IFMT(st.st_mode), "not a regular file")
    return f"{kind}, not a file: not read"


def scan_drop(drop_dir: Path) -> list[FileStat]:
    """Every entry under drop_dir, recursively, sorted by path; hidden ones skipped.

    Files of other kinds are listed too: they are recorded with a reason
    rather than silently ignored, so a user sees what was not read. So are
    pipes, sockets, devices and links that lead out of the folder, which are
    never opened.
    """
    root = os.path.realpath(drop_dir)
    found: list[FileStat] = []
    stack = [("", str(drop_dir))]
    while stack:
        prefix, folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # a folder that vanished or cannot be listed
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((rel + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    found.append(FileStat(rel, st.st_size, st.st_mtime_ns))
                elif refused := boundary_refusal(root, entry.path):
                    st = entry.stat(follow_symlinks=False)
                    found.append(FileStat(rel, 0, st.st_mtime_ns, refused))
                else:  # a link to a file inside the drop: read as the file it points to
                    st = entry.stat()
                    found.append(FileStat(rel, st.st_size, st.st_mtime_ns))
            except OSError:  # removed between listing and stat
                continue
    found.sort(key=lambda f: f.relative_path)
    return found


# The scan `ogi run` made to decide whether anything is new, kept for the run it then starts in this
# process: the ingest step takes it instead of walking the folder again (about 1 s at 100,000 files).
_HANDED_OVER: dict[str, list[FileStat]] = {}


def hand_over_scan(drop_dir: Path, stats: list[FileStat] | None) -> None:
    """Keep stats as the scan of drop_dir the next ingest in this process uses (None: forget it)."""
    _HANDED_OVER.clear()
    if stats is not None:
        _HANDED_OVER[os.path.realpath(drop_dir)] = stats


def take_scan(drop_dir: Path) -> list[FileStat]:
    """The scan handed over for drop_dir (used once), else a fresh one."""
    handed = _HANDED_OVER.pop(os.path.realpath(drop_dir), None)
    return handed if handed is not None else scan_drop(drop_dir)


def fingerprint(stats: list[FileStat]) -> str:
    """A digest of every file's path, size and modification time (no file is read)."""
    digest = hashlib.sha256()
    for f in stats:
        digest.update(f"{f.relative_path}\0{f.size_bytes}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()


def _open_regular(path: Path):
    """Open path for reading only if it is a regular file; never waits on a pipe swapped in since the scan."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise IsADirectoryError(0, "no longer a regular file")
    return os.fdopen(fd, "rb")


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with _open_regular(path) as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def looks_like_report(text: str) -> bool:
    return any(word in text for word in REPORT_WORDS)


def read_drop_file(drop_dir: str, stat: FileStat, max_bytes: int, known_sha: str | None = None) -> ReadFile | None:
    """Read, hash and decode one file; None if it vanished since the scan.

    A file whose hash is known_sha (the content the warehouse already has:
    the same file copied in again) is not decoded, the costly part.
    Never raises for a bad file: what could not be read is returned with a reason.
    """
    path = Path(drop_dir, stat.relative_path)

    def unread(status: str, sha: str, reason: str, encoding: str | None = None) -> ReadFile:
        return ReadFile(stat.relative_path, sha, stat.size_bytes, stat.mtime_ns, status, None, encoding, reason)

    # checked again at read time: the entry may have been replaced since the scan
    refused = stat.refused or boundary_refusal(os.path.realpath(drop_dir), str(path))
    if refused:
        if not os.path.lexists(path):
            return None
        return unread(UNREADABLE, hashlib.sha256(b"").hexdigest(), refused)
    try:
        if path.suffix.lower() not in REPORT_SUFFIXES + documents.DOCUMENT_SUFFIXES:
            return unread(UNREADABLE, _hash_file(path), f"unsupported file type {path.suffix or '(none)'}: "
                          "reports are read from " + ", ".join(REPORT_SUFFIXES + documents.DOCUMENT_SUFFIXES))
        if stat.size_bytes > max_bytes:
            return unread(TOO_LARGE, _hash_file(path), f"file larger than the limit of {max_bytes} bytes "
                          f"({stat.size_bytes} bytes; set OGI_MAX_FILE_BYTES to raise it)")
        with _open_regular(path) as fh:
            data = fh.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        # no content to hash: the empty digest stands in until the file can be read
        return unread(UNREADABLE, hashlib.sha256(b"").hexdigest(), f"cannot read: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    if sha == known_sha:
        return ReadFile(stat.relative_path, sha, len(data), stat.mtime_ns, SAME_CONTENT, None, None, None)
    if path.suffix.lower() in documents.DOCUMENT_SUFFIXES:
        got = documents.read_document_bounded(data, path.suffix, settings.document_limits())
        if got.status != OK:
            return unread(got.status, sha, got.reason or got.status)
        if not looks_like_report(got.text):
            return unread(NOT_REPORT, sha, "not an OGI annual report: the text never mentions 信息公开")
        return ReadFile(stat.relative_path, sha, len(data), stat.mtime_ns, OK, got.text, None, None, got.provenance)
    decoded = decode_bytes(data)
    if decoded.text is None:
        return unread(UNREADABLE, sha, decoded.reason or "unreadable", decoded.encoding)
    if not looks_like_report(decoded.text):
        return unread(NOT_REPORT, sha, "not an OGI annual report: the text never mentions 信息公开",
                      decoded.encoding)
    return ReadFile(stat.relative_path, sha, len(data), stat.mtime_ns, OK, decoded.text, decoded.encoding, None)
