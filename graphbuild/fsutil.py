"""Every file graphbuild writes goes through :func:`atomic_write` / :class:`AtomicFile`.

A write goes to a temporary file in the target's own directory, is flushed and
fsynced, and is then renamed over the target with ``os.replace`` — so a reader
(or a run that fails half way) sees the old file or the new one, never half of
one. The details that matter:

* The temporary name is unique (``.<name>.<random>.tmp``, created with
  ``O_EXCL``): two runs writing the same output at once never share a temporary
  file, and the last rename wins with a whole file.
* The temporary file is created with mode ``0o666`` (or ``mode=``) through the
  process umask, like ``open(path, "w")`` would create it — not the ``0600`` of
  ``tempfile.mkstemp`` — so outputs are ordinary files.
* On any failure, Ctrl-C included, the temporary file is removed and the target
  is left as it was.
* Only a regular file (or nothing) is replaced. A symbolic link, a directory, a
  FIFO, a socket or a device at the target is refused with
  :class:`UnsafeTargetError` (an ``OSError``) before anything is written: a
  rename would silently replace the link instead of writing where it points,
  and a FIFO or device is not a file to be replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

__all__ = ["AtomicFile", "UnsafeTargetError", "atomic_write", "check_target"]

_TRIES = 100  # unique names before giving up (a clash needs 48 random bits to repeat)


class UnsafeTargetError(OSError):
    """The path to write is not a regular file (a link, directory, FIFO, socket or device)."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


_KINDS = (
    (stat.S_ISLNK, "a symbolic link", errno.ELOOP),
    (stat.S_ISDIR, "a directory", errno.EISDIR),
    (stat.S_ISFIFO, "a FIFO", errno.EINVAL),
    (stat.S_ISSOCK, "a socket", errno.EINVAL),
    (stat.S_ISCHR, "a character device", errno.EINVAL),
    (stat.S_ISBLK, "a block device", errno.EINVAL),
)


def check_target(path: str | Path) -> None:
    """Raise :class:`UnsafeTargetError` unless ``path`` is a regular file or does not exist."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    kind, code = next(
        ((kind, code) for test, kind, code in _KINDS if test(mode)),
        ("not a regular file", errno.EINVAL),  # every file type is in _KINDS
    )
    raise UnsafeTargetError(
        code,
        f"is {kind}; only a regular file is replaced — remove it or write elsewhere",
        str(path),
    )


def _create_temp(target: Path, mode: int) -> tuple[int, Path]:
    """A new, empty temporary file next to ``target``: ``(fd, path)``."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_NOFOLLOW", 0)
    )
    stem = target.name[:180]  # leave room in NAME_MAX for the prefix and suffix
    for _ in range(_TRIES):
        tmp = target.with_name(f".{stem}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unique temporary file name found", str(target.parent))


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable (best effort: not every platform can open a directory)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A file that appears at ``path`` whole, on :meth:`commit`, or not at all.

    Write to it (or to :attr:`file`) as often as needed — a sink streams
    extractions into it batch by batch — then :meth:`commit`; :meth:`discard`
    (or an exception inside ``with``) removes the temporary file and leaves
    ``path`` as it was. As a context manager it commits when the block ends
    without an exception::

        with AtomicFile("out/graph.json") as fh:
            fh.write(text)

    ``binary=True`` gives a bytes file; otherwise text in ``encoding`` with no
    newline translation. Missing parent directories are created.
    """

    def __init__(
        self, path: str | Path, *, binary: bool = False, encoding: str = "utf-8", mode: int = 0o666
    ) -> None:
        self.path = Path(path)
        check_target(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.temp_path = _create_temp(self.path, mode)
        try:
            self.file: IO[Any] = (
                os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")
            )
        except BaseException:
            os.close(fd)
            self.temp_path.unlink(missing_ok=True)
            raise
        self._done = False

    def write(self, data: Any) -> int:
        return self.file.write(data)

    def commit(self) -> Path:
        """Flush, fsync and rename over ``path``; on failure the temporary file is removed."""
        if self._done:
            raise ValueError(f"{self.path}: already committed or discarded")
        self._done = True
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            check_target(self.path)  # again: something may have appeared there meanwhile
            os.replace(self.temp_path, self.path)
        except BaseException:
            self._cleanup()
            raise
        _fsync_dir(self.path.parent)
        return self.path

    def discard(self) -> None:
        """Remove the temporary file; ``path`` is left as it was. Safe to call twice."""
        if not self._done:
            self._done = True
            self._cleanup()

    def _cleanup(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(OSError):
            self.temp_path.unlink()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def atomic_write(
    path: str | Path, data: str | bytes, *, encoding: str = "utf-8", mode: int = 0o666
) -> Path:
    """Write ``data`` (text in ``encoding``, or bytes) to ``path`` atomically; return the path.

    Raises :class:`UnsafeTargetError` when ``path`` is a link, directory, FIFO,
    socket or device, and any other ``OSError`` of the write; either way the
    previous file at ``path`` is untouched and no temporary file is left.
    """
    with AtomicFile(path, binary=isinstance(data, bytes), encoding=encoding, mode=mode) as fh:
        fh.write(data)
    return Path(path)
