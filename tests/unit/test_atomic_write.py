"""atomic_write / AtomicFile: whole files or nothing, unique temporary names,
ordinary modes, no links followed."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import networkx as nx
import pytest

from graphbuild import fsutil
from graphbuild.fsutil import AtomicFile, UnsafeTargetError, atomic_write


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def test_writes_text_and_bytes(tmp_path):
    assert atomic_write(tmp_path / "a.txt", "سطر\nline\n") == tmp_path / "a.txt"
    assert (tmp_path / "a.txt").read_bytes() == "سطر\nline\n".encode()
    atomic_write(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert leftovers(tmp_path) == []


def test_newlines_are_written_as_given(tmp_path):
    atomic_write(tmp_path / "x", "a\r\nb\n")
    assert (tmp_path / "x").read_bytes() == b"a\r\nb\n"


def test_creates_missing_parent_directories(tmp_path):
    atomic_write(tmp_path / "d" / "e" / "f.json", "{}")
    assert (tmp_path / "d" / "e" / "f.json").read_text() == "{}"


def test_replaces_an_existing_file_whole(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    atomic_write(target, "new")
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


def test_mode_is_an_ordinary_files_not_mkstemps(tmp_path):
    atomic_write(tmp_path / "x.jsonl", "{}\n")
    assert stat.S_IMODE((tmp_path / "x.jsonl").stat().st_mode) == 0o666 & ~current_umask()


def test_mode_follows_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        atomic_write(tmp_path / "private", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o600


def test_an_explicit_mode_is_only_narrowed_by_the_umask(tmp_path):
    atomic_write(tmp_path / "state.json", "{}", mode=0o600)
    assert stat.S_IMODE((tmp_path / "state.json").stat().st_mode) == 0o600 & ~current_umask()


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("previous")
    with pytest.raises(RuntimeError), AtomicFile(target) as fh:
        fh.write("half of a fi")
        raise RuntimeError("disk on fire")
    assert target.read_text() == "previous"
    assert leftovers(tmp_path) == []


def test_ctrl_c_while_writing_leaves_no_temp(tmp_path):
    with pytest.raises(KeyboardInterrupt), AtomicFile(tmp_path / "page.html") as fh:
        fh.write("<html>")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_removes_the_temp(tmp_path, monkeypatch):
    target = tmp_path / "x.json"
    target.write_text("previous")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", boom)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, "new")
    assert target.read_text() == "previous"
    assert leftovers(tmp_path) == []


def test_a_failed_encode_removes_the_temp(tmp_path):
    with pytest.raises(UnicodeEncodeError):
        atomic_write(tmp_path / "x.txt", "سطر", encoding="ascii")
    assert list(tmp_path.iterdir()) == []


def test_temp_names_are_unique_and_hidden_next_to_the_target(tmp_path):
    a, b = AtomicFile(tmp_path / "graph.json"), AtomicFile(tmp_path / "graph.json")
    try:
        assert a.temp_path != b.temp_path
        for f in (a, b):
            assert f.temp_path.parent == tmp_path
            assert f.temp_path.name.startswith(".graph.json.") and f.temp_path.name.endswith(".tmp")
        assert not (tmp_path / "graph.json.tmp").exists()  # never the old fixed name
    finally:
        a.discard()
        b.discard()
    assert list(tmp_path.iterdir()) == []


def test_two_writers_of_one_path_at_once_never_collide(tmp_path):
    """Interleaved writers: each commits a whole file of its own, the last rename wins."""
    target = tmp_path / "extractions.jsonl"
    first, second = AtomicFile(target), AtomicFile(target)
    first.write("first\n" * 1000)
    second.write("second\n" * 1000)
    first.write("first\n")
    second.commit()
    assert target.read_text() == "second\n" * 1000
    first.commit()
    assert target.read_text() == "first\n" * 1001
    assert leftovers(tmp_path) == []


def test_many_threads_writing_one_path(tmp_path):
    target = tmp_path / "graph.json"
    errors: list[BaseException] = []

    def write(i: int) -> None:
        try:
            atomic_write(target, f"writer {i}\n" * 2000)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    lines = set(target.read_text().splitlines())
    assert len(lines) == 1 and next(iter(lines)).startswith("writer ")  # one writer's whole file
    assert leftovers(tmp_path) == []


def test_a_symlink_is_refused_not_replaced_nor_followed(tmp_path):
    real = tmp_path / "real.html"
    real.write_text("keep me")
    link = tmp_path / "graph.html"
    link.symlink_to(real)
    with pytest.raises(UnsafeTargetError, match="symbolic link") as info:
        atomic_write(link, "new page")
    assert isinstance(info.value, OSError)
    assert str(link) in str(info.value)
    assert link.is_symlink() and real.read_text() == "keep me"
    assert leftovers(tmp_path) == []


def test_a_dangling_symlink_is_refused(tmp_path):
    link = tmp_path / "graph.json"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(UnsafeTargetError, match="symbolic link"):
        atomic_write(link, "{}")
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "extractions.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTargetError, match="FIFO"):
        atomic_write(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_a_device_is_refused():
    with pytest.raises(UnsafeTargetError, match="character device"):
        atomic_write("/dev/null", "x")


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        with pytest.raises(UnsafeTargetError, match="socket"):
            atomic_write(path, "x")


def test_a_directory_is_refused(tmp_path):
    (tmp_path / "graph.html").mkdir()
    with pytest.raises(UnsafeTargetError, match="directory"):
        atomic_write(tmp_path / "graph.html", "x")
    assert (tmp_path / "graph.html").is_dir()


def test_a_symlink_that_appears_before_the_rename_is_refused(tmp_path):
    target = tmp_path / "graph.json"
    fh = AtomicFile(target)
    fh.write("{}")
    target.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UnsafeTargetError):
        fh.commit()
    assert target.is_symlink() and leftovers(tmp_path) == []


def test_commit_twice_is_an_error_and_discard_after_commit_is_harmless(tmp_path):
    fh = AtomicFile(tmp_path / "x")
    fh.write("x")
    fh.commit()
    fh.discard()
    with pytest.raises(ValueError):
        fh.commit()
    assert (tmp_path / "x").read_text() == "x"


def test_the_graph_writers_and_the_page_are_atomic(tmp_path, monkeypatch):
    """graph.json, GraphML and the page all go through AtomicFile:
    a failed rename keeps the old file."""
    from graphbuild.graph import write_graph_json, write_graphml
    from graphbuild.render import render

    g = nx.MultiDiGraph()
    g.add_node("Country:EGY", type="Country", name="Egypt", aliases=[], articles=[])
    g.graph["articles"] = {}
    writers = {
        "graph.json": write_graph_json,
        "graph.graphml": write_graphml,
        "graph.html": lambda graph, path: render(graph, path),
    }
    for name in writers:
        (tmp_path / name).write_text("previous")

    def failing_replace(src, dst):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(fsutil.os, "replace", failing_replace)
    for name, write in writers.items():
        with pytest.raises(OSError, match="I/O error"):
            write(g, tmp_path / name)
        assert (tmp_path / name).read_text() == "previous", name
    assert leftovers(tmp_path) == []
    monkeypatch.undo()
    for name, write in writers.items():
        write(g, tmp_path / name)
        assert (tmp_path / name).read_text() != "previous"
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~current_umask()


def test_the_graph_writers_refuse_a_symlinked_output(tmp_path):
    from graphbuild.graph import write_graph_json
    from graphbuild.render import render

    real = tmp_path / "real"
    real.write_text("keep")
    for name in ("graph.json", "graph.html"):
        (tmp_path / name).symlink_to(real)
    with pytest.raises(UnsafeTargetError):
        write_graph_json(nx.MultiDiGraph(), tmp_path / "graph.json")
    with pytest.raises(UnsafeTargetError):
        render(nx.MultiDiGraph(), tmp_path / "graph.html")
    assert real.read_text() == "keep"
