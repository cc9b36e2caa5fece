"""`python -m orchestration.cli`: the `ogi` command."""

from orchestration.cli import entry

entry()
