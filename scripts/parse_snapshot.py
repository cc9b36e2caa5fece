"""Whether a parser change leaves its output as it was: for refactors and speed-ups.

    python scripts/parse_snapshot.py save SNAPSHOT [CORPUS …]   # before the change
    python scripts/parse_snapshot.py check SNAPSHOT [CORPUS …]  # after it: exits 1 on a difference

Parses every text of the dev sets (tests/fixtures/devset, tests/fixtures/realdev),
raw/ and any CORPUS folders given (a `make bench` or one_more corpus, say) and
stores, per file, what parse_report read: metadata, cells and parse issues. The
frozen test set is left out: it is scored, never worked on. `check` names the
files whose output changed. Accuracy is the tests' and `ogi evaluate`'s to judge;
this only says "nothing changed".
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

from orchestration.parser import parse_report
from orchestration.parser.decoding import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
DEV_FOLDERS = (ROOT / "tests" / "fixtures" / "devset", ROOT / "tests" / "fixtures" / "realdev", ROOT / "raw")


def outputs(folders: list[Path]) -> dict[str, str]:
    found = {}
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".csv")):
            text = decode_bytes(path.read_bytes()).text
            if text:
                report = parse_report(text)
                found[str(path)] = repr((report.metadata, report.cells, report.issues))
    return found


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("mode", choices=("save", "check"))
    args.add_argument("snapshot", type=Path)
    args.add_argument("corpora", type=Path, nargs="*")
    opts = args.parse_args(argv)
    now = outputs([*DEV_FOLDERS, *opts.corpora])
    if opts.mode == "save":
        opts.snapshot.write_bytes(pickle.dumps(now))
        print(f"saved the output of {len(now):,} texts to {opts.snapshot}")
        return 0
    before = pickle.loads(opts.snapshot.read_bytes())
    changed = [name for name in before.keys() | now.keys() if before.get(name) != now.get(name)]
    print(f"compared {len(before.keys() | now.keys()):,} texts: {len(changed):,} differ")
    # (every name: a list cut at 50 hid the dev sets' files, sorted after a round's corpus folders, behind its new texts)
    for name in sorted(changed):
        print(f"  {name}" + ("  (new)" if name not in before else "  (gone)" if name not in now else ""))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
