"""Which TCP addresses a process listens on, read from /proc (Linux): the tests that
check a server binds to 127.0.0.1 only use it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def listening(pid: int) -> set[tuple[str, int]]:
    """The TCP addresses process ``pid`` listens on (/proc/net/tcp and tcp6; an IPv4-mapped
    IPv6 address ``::ffff:a.b.c.d``, as Java binds, is shown as ``a.b.c.d``)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:  # LISTEN
                addr, hex_port = cols[1].split(":")
                found.add((_ip(bytes.fromhex(addr)), int(hex_port, 16)))
    return found


def _ip(raw: bytes) -> str:
    if len(raw) == 4:
        return ".".join(str(b) for b in raw[::-1])
    flat = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    if flat[:12] == b"\0" * 10 + b"\xff\xff":
        return ".".join(str(b) for b in flat[12:])
    return ":".join(flat[i : i + 2].hex() for i in range(0, 16, 2))
