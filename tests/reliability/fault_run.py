"""Run ``graphbuild`` with a fault planted at one change it makes to an output directory.

    python tests/reliability/fault_run.py DIR MODE N [FILE] -- graphbuild arguments...

Every call that changes the file system under DIR (``os.replace``, ``os.rename``,
``os.symlink``, ``os.link``, ``os.unlink``, ``os.remove``, ``os.rmdir``, ``os.mkdir``,
and the same calls on a directory descriptor, as ``shutil.rmtree`` makes them) is
numbered from 1. MODE says what happens at change N:

* ``kill-before`` / ``kill-after``: the process sends itself SIGKILL just before /
  just after the change — a ``kill -9`` at an exact point of the write phase;
* ``kill-after-replace``: SIGKILL just after the Nth ``os.replace``/``os.rename`` only;
* ``pause-after-replace``: just after the Nth ``os.replace``/``os.rename``, create
  ``FILE.paused`` and wait until ``FILE`` exists (at most 120 s), then go on;
* ``count``: nothing; at exit the number of changes is written to ``FILE``.

The hooks are in this test helper only: the library and the CLI know nothing of them.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import time
from pathlib import Path

_CALLS = ("replace", "rename", "symlink", "link", "unlink", "remove", "rmdir", "mkdir")
_RENAMES = ("replace", "rename")


def _under(root: str, args: tuple, kwargs: dict) -> bool:
    if kwargs.get("dir_fd") is not None or kwargs.get("src_dir_fd") is not None:
        return True  # shutil.rmtree works on descriptors: only the outputs are removed that way
    for arg in args[:2]:
        if isinstance(arg, (str, bytes, os.PathLike)):
            path = os.path.abspath(os.fsdecode(arg))
            if path == root or path.startswith(root + os.sep):
                return True
    return False


def main() -> None:
    root, mode, n = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rest = sys.argv[4:]
    file = rest.pop(0) if rest[0] != "--" else ""
    argv = rest[1:]
    seen = {"all": 0, "renames": 0}

    def fault(name: str, when: str) -> None:
        if mode == f"kill-{when}" and seen["all"] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        if when != "after" or name not in _RENAMES or seen["renames"] != n:
            return
        if mode == "kill-after-replace":
            os.kill(os.getpid(), signal.SIGKILL)
        if mode == "pause-after-replace":
            Path(file + ".paused").touch()
            deadline = time.monotonic() + 120
            while not os.path.exists(file) and time.monotonic() < deadline:
                time.sleep(0.02)

    def wrap(name: str):
        real = getattr(os, name)

        def call(*args, **kwargs):
            if not _under(root, args, kwargs):
                return real(*args, **kwargs)
            seen["all"] += 1
            seen["renames"] += name in _RENAMES
            fault(name, "before")
            try:
                return real(*args, **kwargs)
            finally:  # a call that fails (mkdir of a directory that exists) is a point too
                fault(name, "after")

        return call

    for name in _CALLS:
        setattr(os, name, wrap(name))
    if mode == "count":
        atexit.register(lambda: Path(file).write_text(str(seen["all"])))
    sys.argv = ["graphbuild", *argv]
    from graphbuild.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
