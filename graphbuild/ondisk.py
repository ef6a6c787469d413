"""Tables on disk for the corpus-wide indexes of a streamed run.

What grows with the number of entities (the official index of :mod:`graphbuild.resolve`,
the entity index of :mod:`graphbuild.graphstream`) is kept in SQLite databases of the
standard library, each in a private temporary file that SQLite deletes when the
connection closes (and that the system drops with the process however it ends). Each
database's page cache is bounded, so memory does not grow with the corpus.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["private_db", "DiskMap"]

#: the page cache of each database, in KiB
CACHE_KIB = 8192


def private_db(path: str = "") -> sqlite3.Connection:
    """A new private temporary database: deleted when closed, no journal, no syncing (it
    dies with the run). Usable from any one thread at a time. ``path``: a new file there
    instead (the caller removes it), for worker processes to read (:meth:`DiskMap.reader`)."""
    # "": SQLite's private on-disk temporary database, removed when the connection closes
    db = sqlite3.connect(path, check_same_thread=False)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{CACHE_KIB}"):
        db.execute(f"PRAGMA {pragma}")
    return db


class DiskMap(Mapping[str, Any]):
    """A read-only mapping of strings to picklable values, written once in bulk
    (:meth:`write`) into a :func:`private_db`. A pickled copy is a plain ``dict``."""

    def __init__(self, items: Iterable[tuple[str, Any]] = (), path: str | None = None) -> None:
        self.path = path  # the file, when not private: other processes may read it
        self._db = private_db(path or "")
        self._db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
        self._len = 0
        self.write(items)

    @classmethod
    def reader(cls, path: str) -> DiskMap:
        """The map written at ``path`` by another process (which wrote it in full first), read
        only."""
        self = cls.__new__(cls)
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self._len = self._db.execute("SELECT count(*) FROM kv").fetchone()[0]
        return self

    def write(self, items: Iterable[tuple[str, Any]]) -> None:
        """Add (or replace) ``items``."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO kv VALUES (?, ?)",
                ((k, pickle.dumps(v, pickle.HIGHEST_PROTOCOL)) for k, v in items),
            )
        self._len = self._db.execute("SELECT count(*) FROM kv").fetchone()[0]

    def __getitem__(self, key: str) -> Any:
        row = self._db.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return pickle.loads(row[0])

    def __contains__(self, key: object) -> bool:
        return self._db.execute("SELECT 1 FROM kv WHERE k = ?", (key,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.execute("SELECT k FROM kv ORDER BY k"))

    def __len__(self) -> int:
        return self._len

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (list(self.items()),))

    def close(self) -> None:
        self._db.close()
