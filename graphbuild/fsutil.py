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

:class:`OutputDir` does the same for a set of files in one directory (the outputs of
``graphbuild run``): readers see the whole previous set or the whole new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import threading
from pathlib import Path
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import IO, Any, Self

__all__ = [
    "STATE_DIR",
    "AtomicFile",
    "OutputDir",
    "UnsafeTargetError",
    "atomic_write",
    "check_target",
]

_TRIES = 100  # unique names before giving up (a clash needs 48 random bits to repeat)
#: bytes written to an :class:`AtomicFile` before they are sent to the disk in the background
SYNC_EVERY = 64 << 20


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
    if stat.S_ISLNK(mode) and _is_set_link(Path(path)):
        raise UnsafeTargetError(
            errno.ELOOP,
            "is a link into the output set of a graphbuild run, which only a run replaces: "
            "write elsewhere",
            str(path),
        )
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
        self._unsynced = 0  # bytes (characters) written since the last sync began
        self._syncing: threading.Thread | None = None

    def write(self, data: Any) -> int:
        n = self.file.write(data)
        self._unsynced += len(data)
        if self._unsynced >= SYNC_EVERY:
            self._sync_behind()
        return n

    def _sync_behind(self) -> None:
        """What is written so far goes to the disk in a thread (``fdatasync`` of a duplicate of
        the descriptor) while the writer goes on: a big file reaches the disk as it is written,
        not all at :meth:`commit` (the disk's time overlaps the writer's, and the system
        never holds gigabytes of it to write at once). One sync at a time."""
        if self._syncing is not None and self._syncing.is_alive():
            return
        self.file.flush()
        self._unsynced = 0
        fd = os.dup(self.file.fileno())

        def sync() -> None:
            try:
                with contextlib.suppress(OSError):
                    os.fdatasync(fd)
            finally:
                os.close(fd)

        self._syncing = threading.Thread(target=sync, name="graphbuild-sync", daemon=True)
        self._syncing.start()

    def commit(self) -> Path:
        """Flush, fsync and rename over ``path``; on failure the temporary file is removed."""
        if self._done:
            raise ValueError(f"{self.path}: already committed or discarded")
        self._done = True
        try:
            self.file.flush()
            if self._syncing is not None:
                self._syncing.join()
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


# --- a set of files replaced together -------------------------------------------------

STATE_DIR = ".graphbuild"  # inside the output directory: the lock, the versions, `current`
_CURRENT = "current"  # STATE_DIR/current -> <version>: the one published set
_LOCK = "lock"


def _link_text(name: str) -> str:
    """What the link ``DIR/<name>`` holds: the file of that name in the current set."""
    return f"{STATE_DIR}/{_CURRENT}/{name}"


def _is_set_link(path: Path) -> bool:
    """``path`` is a link :class:`OutputDir` made (it points into the current set)."""
    try:
        return os.readlink(path) == _link_text(path.name)
    except OSError:
        return False


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _unique_name(directory: Path, prefix: str, make: Any) -> Path:
    """``make(path)`` on a new unique ``directory/<prefix><random>``; the path."""
    for _ in range(_TRIES):
        path = directory / f"{prefix}{secrets.token_hex(6)}"
        try:
            make(path)
            return path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unique temporary name found", str(directory))


def _remove(path: Path) -> None:
    """Remove a file, a link or a whole directory (not following links); errors ignored."""
    is_dir = False
    with contextlib.suppress(OSError):
        is_dir = stat.S_ISDIR(os.lstat(path).st_mode)
    if is_dir:
        import shutil

        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


class OutputDir:
    """A set of files in one directory that readers see whole: all of one run or all of another.

    ``DIR/<name>`` is a symbolic link to ``.graphbuild/current/<name>``, and
    ``DIR/.graphbuild/current`` a link to one version directory
    ``DIR/.graphbuild/<id>/`` holding the whole set. A run writes its files into a
    fresh version directory (:meth:`file`), then :meth:`publish` replaces the one
    ``current`` link by a rename (atomic): opening ``DIR/graph.json`` resolves the
    links at that instant, so every path gives a file of the set that was current
    then. Before the swap, a link is made for each new name (it dangles — the name
    does not exist — until its set is current); after it, our links to names the set
    does not hold are removed and the previous version is deleted. ``managed`` names
    the regular files of an older graphbuild that are gathered into a version.

    A writer holds ``DIR/.graphbuild/lock`` (``flock``) from :meth:`file` (the first
    file) to the end of :meth:`publish` or :meth:`discard`: concurrent runs into one
    directory take turns (``on_wait`` is told when a run has to wait), and the
    holder removes what killed runs left in ``.graphbuild``. Output files of an
    older graphbuild (regular files) are first gathered, by hard link, into a
    version of their own, so that no moment mixes them with the new set either.
    A name that is a directory, a FIFO, a device or a link made by anyone else is
    refused (:class:`UnsafeTargetError`) before anything is written.
    """

    def __init__(
        self,
        path: str | Path,
        names: Iterable[str],
        *,
        managed: Iterable[str] = (),
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.names = tuple(names)
        self.managed = tuple(dict.fromkeys((*self.names, *managed)))
        self.state = self.path / STATE_DIR
        self.on_wait = on_wait
        self._lock_fd: int | None = None
        self._version: Path | None = None
        self._published = False

    def check(self) -> None:
        """Raise :class:`UnsafeTargetError` if the set cannot be written here (nothing is)."""
        for path in (self.path, self.state):
            try:
                is_dir = stat.S_ISDIR(os.stat(path).st_mode)  # DIR may be a link to a directory
            except FileNotFoundError:
                continue
            except NotADirectoryError:
                raise UnsafeTargetError(errno.ENOTDIR, "is under a file", str(path)) from None
            if not is_dir:
                raise UnsafeTargetError(errno.ENOTDIR, "is not a directory", str(path))
        if self.state.is_symlink():
            check_target(self.state)  # graphbuild's own directory is never someone's link
        for name in self.names:
            target = self.path / name
            if not _is_set_link(target):
                check_target(target)

    def file(self, name: str) -> Path:
        """Where to write ``name`` of the new set (the first call locks the directory)."""
        if name not in self.names:
            raise ValueError(f"{name}: not one of {self.names}")
        return self._begin() / name

    def _begin(self) -> Path:
        if self._version is None:
            if self._published:
                raise ValueError(f"{self.path}: already published")
            self.check()
            self.state.mkdir(parents=True, exist_ok=True)
            self._lock()
            try:
                self.check()  # again, under the lock
                self._clean()
                self._version = _unique_name(self.state, "", lambda p: os.mkdir(p, 0o777))
            except BaseException:
                self._unlock()
                raise
        return self._version

    def _lock(self) -> None:
        import fcntl

        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.state / _LOCK, flags, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if self.on_wait is not None:
                    self.on_wait(f"waiting for another graphbuild run writing {self.path}")
                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    def _current(self) -> Path | None:
        """The published version directory, if any."""
        try:
            return self.state / os.readlink(self.state / _CURRENT)
        except OSError:
            return None

    def _clean(self) -> None:
        """Remove from ``.graphbuild`` all but the lock, ``current``, its version and ours."""
        keep = {_LOCK, _CURRENT}
        for version in (self._current(), self._version):
            if version is not None:
                keep.add(version.name)
        with contextlib.suppress(OSError):
            for entry in os.listdir(self.state):
                if entry not in keep:
                    _remove(self.state / entry)

    def _swap(self, version: Path) -> None:
        """Make ``version`` the current set: one rename of the ``current`` link."""
        _fsync_dir(version)
        tmp = _unique_name(self.state, "current-", lambda p: os.symlink(version.name, p))
        try:
            os.replace(tmp, self.state / _CURRENT)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(self.state)

    def _link(self, name: str) -> None:
        """Make ``DIR/<name>`` the link into the current set (replacing a regular file)."""
        target = self.path / name
        if _is_set_link(target):
            return
        tmp = _unique_name(self.state, "link-", lambda p: os.symlink(_link_text(name), p))
        try:
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _adopt(self) -> None:
        """Old-style outputs (regular files) become a version, so no moment mixes them with
        the new set: each is hard-linked (or copied) into it, it is made current, and each
        regular file is replaced by its link (the same bytes, seen through the version)."""
        legacy = [n for n in self.managed if _is_regular(self.path / n)]
        if not legacy:
            return
        current = self._current()
        version = _unique_name(self.state, "", lambda p: os.mkdir(p, 0o777))
        for name in self.managed:
            source = self.path / name if name in legacy else None
            if source is None and current is not None:
                source = current / name
            if source is not None and _is_regular(source):
                try:
                    os.link(source, version / name)
                except OSError:
                    import shutil

                    shutil.copy2(source, version / name)
        self._swap(version)
        for name in legacy:
            self._link(name)

    def publish(self) -> list[Path]:
        """Make the new set the one readers see; the paths ``DIR/<name>`` of its files.

        On failure (an :class:`OSError`, Ctrl-C) before the swap, the previous set
        stays and the new version is removed; the lock is released either way.
        """
        version = self._begin()
        try:
            self.check()
            missing = [n for n in self.names if not os.path.lexists(version / n)]
            if missing:
                raise FileNotFoundError(errno.ENOENT, "not written", str(version / missing[0]))
            self._adopt()
            for name in self.names:
                self._link(name)
            _fsync_dir(self.path)
            self._swap(version)
            self._published = True
            self._unlink_stale()
            self._clean()
        except BaseException:
            self.discard()
            raise
        self._version = None
        self._unlock()
        return [self.path / n for n in self.names]

    def _unlink_stale(self) -> None:
        """Remove our links to names this set lacks (they now dangle): those of an earlier
        set with other names too, such as a cluster run's shards. Others' links stay."""
        try:
            entries = os.listdir(self.path)
        except OSError:
            return
        for name in entries:
            if name not in self.names and _is_set_link(self.path / name):
                with contextlib.suppress(OSError):
                    os.unlink(self.path / name)

    def discard(self) -> None:
        """Drop the unpublished new version (if any) and release the lock. Safe to repeat."""
        if self._version is not None and not self._published:
            _remove(self._version)
        self._version = None
        self._unlock()
