"""The drivers a cluster load opens on its workers are closed when the load ends, so a
long-lived worker keeps no pool and no credentials of a finished run (no Dask needed:
a stand-in client records what the load asks of the workers)."""

from __future__ import annotations

from pathlib import Path

from graphbuild import cluster


class _Recorder:
    def __init__(self) -> None:
        self.exited = 0

    def __exit__(self, *exc: object) -> None:
        self.exited += 1


class _Client:
    """Runs a function 'on every worker' in this process, as ``Client.run`` does."""

    def __init__(self) -> None:
        self.ran: list[object] = []

    def run(self, fn):
        self.ran.append(fn)
        return {"worker": fn()}


def test_close_drivers_closes_and_forgets_every_open_driver(monkeypatch):
    a, b = _Recorder(), _Recorder()
    monkeypatch.setattr(cluster, "_DRIVERS", {"s1": (a, object()), "s2": (b, object())})
    assert cluster._close_drivers() == 2
    assert (a.exited, b.exited) == (1, 1) and cluster._DRIVERS == {}
    assert cluster._close_drivers() == 0


def test_a_cluster_load_that_wrote_closes_the_workers_drivers(monkeypatch, tmp_path: Path):
    opened = _Recorder()
    monkeypatch.setattr(cluster, "_DRIVERS", {"s": (opened, object())})
    client = _Client()
    with cluster.ClusterDriver(client, tmp_path, None) as drv:  # type: ignore[arg-type]
        drv._n = 3  # three batches went to the workers
    assert client.ran == [cluster._close_drivers] and opened.exited == 1
    idle = _Client()
    with cluster.ClusterDriver(idle, tmp_path, None):  # type: ignore[arg-type]
        pass
    assert idle.ran == []  # nothing written: nothing to close, no round trip


def test_a_worker_that_does_not_share_the_work_directory_stops_the_run(tmp_path: Path):
    import pytest

    from graphbuild.errors import GraphbuildError, InputError

    raw = tmp_path / "not-shared" / ".graphbuild-work-x" / "raw-00000.jsonl"
    part = cluster.Partition(0, (str(tmp_path / "a.txt"),))
    with pytest.raises(GraphbuildError, match="every worker shares") as err:
        cluster._extract_task(part, str(raw), frozenset())
    assert not isinstance(err.value, InputError)  # the run stops: not one partition's error
    assert not raw.parent.exists()  # nothing made on the worker's own disk
