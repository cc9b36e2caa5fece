"""The parser's version follows its code: stored readings are redone after any change to it."""

import shutil

from orchestration.parser.catalog import SEEDS_DIR
from orchestration.parser.version import _PACKAGE, PARSER_VERSION, source_digest


def test_the_version_is_the_digest_of_the_parser_and_the_catalog_it_reads():
    assert PARSER_VERSION == f"5.{source_digest()}"


def test_a_change_to_a_rule_or_to_the_catalog_gives_another_version(tmp_path):
    package, seeds = tmp_path / "parser", tmp_path / "seeds"
    shutil.copytree(_PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SEEDS_DIR, seeds)
    before = source_digest(package, seeds)
    assert before == source_digest(_PACKAGE, SEEDS_DIR)  # the same files, wherever they are

    prose = package / "prose" / "extract.py"
    original = prose.read_bytes()
    prose.write_bytes(original.replace(b"\n", b"\r\n"))
    assert source_digest(package, seeds) == before  # a CRLF checkout is the same parser
    prose.write_bytes(original + b"\n# a changed rule\n")
    changed_rule = source_digest(package, seeds)
    assert changed_rule != before

    prose.write_bytes(original)
    (seeds / "indicators.csv").write_bytes((seeds / "indicators.csv").read_bytes() + b"x,y\n")
    changed_catalog = source_digest(package, seeds)
    assert changed_catalog not in (before, changed_rule)
    # neither a seed the parser does not read nor compiled files are its code
    (seeds / "forms.csv").write_bytes(b"not read by the parser\n")
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "prose.cpython-311.pyc").write_bytes(b"compiled")
    assert source_digest(package, seeds) == changed_catalog
