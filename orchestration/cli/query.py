"""`ogi query` (SQL on the warehouse, read-only) and `ogi export` (one table to a CSV or Parquet file)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from orchestration.cli.reading import QueryError, connection, print_frame, query_failed, read_only, \
    warehouse_from_arg


def add_parser(sub) -> None:
    query = sub.add_parser("query", help="run SQL on the warehouse (read-only; no other file, no extensions)")
    query.add_argument("sql")
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    query.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    query.set_defaults(func=cmd_query)

    export = sub.add_parser("export", help="write one warehouse table to a CSV or Parquet file")
    export.add_argument("table", help="table or view, e.g. dim_report or marts.fct_report_statistic "
                        "(schema marts when none is given)")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv")
    export.add_argument("--out", required=True, help="file to write (replaced if it exists)")
    export.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    export.set_defaults(func=cmd_export)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def cmd_export(args: argparse.Namespace) -> int:
    """Write one table of the warehouse to a CSV or Parquet file.

    The output goes to a temporary file beside it, the only file the sandbox
    may write, and is renamed into place; a path that is the warehouse (by
    name, link or hard link) or one of its companion files is refused.
    """
    import duckdb

    warehouse = warehouse_from_arg(args.warehouse)
    out = Path(args.out).expanduser().absolute()
    protected = [warehouse.with_name(warehouse.name + suffix) for suffix in ("", ".wal", ".lock", ".readers")]
    if any(out.resolve() == p.resolve() or _same_file(out, p) for p in protected):
        print(f"ogi: refusing to write over the warehouse {warehouse}: choose another --out", file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"ogi: folder {out.parent} does not exist", file=sys.stderr)
        return 2
    schema, _, table = args.table.rpartition(".")
    schema = schema or "marts"
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with connection(warehouse, allowed_paths=(temporary,)) as con:
            found = con.execute("select schema_name, table_name from duckdb_tables() where schema_name = ? and "
                                "table_name = ? union all select schema_name, view_name from duckdb_views() "
                                "where schema_name = ? and view_name = ? and not internal",
                                [schema, table, schema, table]).fetchall()
            if not found:
                raise QueryError(f"no table {schema}.{table} in the warehouse; "
                                  "`ogi query \"show all tables\"` lists them")
            # identifiers from the catalog, quoted; the path is a parameter-free literal we built
            source = '"{}"."{}"'.format(*(part.replace('"', '""') for part in found[0]))
            target = str(temporary).replace("'", "''")
            options = "format csv, header true" if args.format == "csv" else "format parquet"
            try:
                con.execute(f"copy (select * from {source}) to '{target}' ({options})")
            except duckdb.Error as exc:
                raise QueryError(str(exc).splitlines()[0]) from None
        os.replace(temporary, out)
    except QueryError as exc:
        return query_failed(exc)
    finally:
        temporary.unlink(missing_ok=True)
    print(f"ogi: wrote {schema}.{table} to {out}", file=sys.stderr)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    try:
        frame, = read_only(args.warehouse, [(args.sql, [])])
    except QueryError as exc:
        return query_failed(exc)
    print_frame(frame, args.csv)
    return 0
