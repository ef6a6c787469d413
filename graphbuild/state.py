"""The remembered local Neo4j server: a small JSON file in the user's state directory.

``graphbuild neo4j start`` records where the server it started runs (Bolt URI and
home); the other commands read it when neither an option nor ``NEO4J_URI`` names a
server, and ``graphbuild neo4j stop`` clears it. The file never holds a password.

Everything here takes the state directory as an argument, so the library reads no
environment: the CLI computes it once with :func:`state_dir_from_env`
(``$XDG_STATE_HOME/graphbuild``, else ``~/.local/state/graphbuild``).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .fsutil import atomic_write

__all__ = [
    "SERVER_FILE",
    "RememberedServer",
    "state_dir_from_env",
    "server_file",
    "read_server",
    "remember_server",
    "forget_server",
]

SERVER_FILE = "neo4j-server.json"
_KEYS = ("uri", "home")


@dataclass(frozen=True)
class RememberedServer:
    """Where ``graphbuild neo4j start`` last left a server running."""

    uri: str
    home: str

    def to_dict(self) -> dict[str, str]:
        return {"uri": self.uri, "home": self.home}


def state_dir_from_env(env: Mapping[str, str], home: str | Path | None = None) -> Path:
    """``$XDG_STATE_HOME/graphbuild``, else ``<home>/.local/state/graphbuild`` (XDG base
    directories).

    A relative ``XDG_STATE_HOME`` is ignored, as the XDG specification asks.
    """
    xdg = env.get("XDG_STATE_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "graphbuild"
    base = Path(home) if home is not None else Path.home()
    return base / ".local" / "state" / "graphbuild"


def server_file(state_dir: str | Path) -> Path:
    return Path(state_dir) / SERVER_FILE


def read_server(state_dir: str | Path) -> RememberedServer | None:
    """The remembered server, or None (no file, or a file that is not ours:
    ignored, never fatal)."""
    try:
        data = json.loads(server_file(state_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), str) and data.get(k) for k in _KEYS
    ):
        return None
    return RememberedServer(uri=data["uri"], home=data["home"])


def remember_server(state_dir: str | Path, uri: str, home: str | Path) -> Path:
    """Record ``uri`` and ``home`` (made absolute) with :func:`graphbuild.fsutil.atomic_write`.

    The file is private to the user (``0600``); an ``OSError`` (also a link or
    FIFO where the file should be) leaves the previous record as it was.
    """
    rec = RememberedServer(uri=uri, home=str(Path(home).expanduser().absolute()))
    return atomic_write(
        server_file(state_dir), json.dumps(rec.to_dict(), indent=1) + "\n", mode=0o600
    )


def _same_dir(a: str | Path, b: str | Path) -> bool:
    pa, pb = Path(a).expanduser(), Path(b).expanduser()
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return os.path.normpath(pa.absolute()) == os.path.normpath(pb.absolute())


def forget_server(state_dir: str | Path, home: str | Path) -> bool:
    """Remove the record if it points at ``home``; True if it did.
    Another server's record is kept."""
    rec = read_server(state_dir)
    if rec is None or not _same_dir(rec.home, home):
        return False
    with contextlib.suppress(FileNotFoundError):
        server_file(state_dir).unlink()
    return True
