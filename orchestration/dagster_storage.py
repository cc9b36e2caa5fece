"""Dagster's own SQLite storage, with the event log's connections kept open.

Dagster's SQLite event log opens a new engine and connection for every
event it stores, and closing the last connection of a WAL database
checkpoints and syncs it: about 18 ms an event on these machines, and a run
stores 300 to 400 events (every dbt model, test and check), so 6 s of a
one-report run went to writing Dagster's log. This storage keeps one
engine per database and lets SQLite sync at checkpoints rather than at each
commit (synchronous=NORMAL in WAL mode: a power cut can lose the last
events of the run log, never corrupt it). The files and tables are
Dagster's own, so a home written by the stock storage reads the same, and
`ogi ui` shows the same history. `ogi` names this class in the dagster.yaml
it writes (cli/runner.py's DAGSTER_YAML).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite import create_db_conn_string
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

# A run writes its own database and the index; the UI reads a few runs at once.
_ENGINES_KEPT = 8


def _sync_at_checkpoints(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class KeptOpenEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage with one long-lived engine per database file."""

    def __init__(self, base_dir: str, inst_data=None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()  # before: the parent may index at start
        super().__init__(base_dir, inst_data)

    def _engine(self, shard: str) -> Engine:
        engine = self._engines.get(shard)
        if engine is not None:
            self._engines.move_to_end(shard)
            return engine
        engine = create_engine(create_db_conn_string(self._base_dir, shard),
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}, pool_size=1, max_overflow=2)
        event.listen(engine, "connect", _sync_at_checkpoints)
        self._engines[shard] = engine
        while len(self._engines) > _ENGINES_KEPT:
            self._engines.popitem(last=False)[1].dispose()
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _dispose_engines(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()

    def wipe(self) -> None:
        self._dispose_engines()  # the files are deleted; a kept connection would write into a removed file
        super().wipe()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()


class KeptOpenSqliteStorage(DagsterSqliteStorage):
    """Dagster's default SQLite storage (same files under base_dir), with KeptOpenEventLogStorage."""

    def __init__(self, base_dir: str, inst_data=None):
        super().__init__(base_dir, inst_data=inst_data)
        self._event_log_storage = KeptOpenEventLogStorage(os.path.join(base_dir, "history", "runs", ""))

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        return cls.from_local(inst_data=inst_data, **config_value)
