"""A partition whose result was lost with its worker (killed after the task finished, before
the client read the result) is waited for again, not reported as failed: the scheduler
computes it anew. Stand-ins for Dask's futures and ``as_completed`` replay the order of
events of such a run (the real thing: tests/integration/test_dask_run.py)."""

from __future__ import annotations

import distributed

from graphbuild import cluster


class _Future:
    """A future whose statuses come in turn, one per look at ``status`` after the first yield."""

    def __init__(self, name: str, statuses: list[str]) -> None:
        self.name, self._statuses = name, statuses

    @property
    def status(self) -> str:
        return self._statuses[0]

    def recompute(self) -> None:
        self._statuses.pop(0)

    def result(self) -> str:
        assert self.status == "finished"
        return f"result of {self.name}"

    def exception(self) -> BaseException:
        return RuntimeError("boom")


class _AsCompleted:
    """Yields the futures in order; one added back is yielded again after the others, once
    'computed anew'."""

    def __init__(self, futures: list[_Future]) -> None:
        self.queue = list(futures)

    def add(self, fut: _Future) -> None:
        fut.recompute()
        self.queue.append(fut)

    def __iter__(self):
        while self.queue:
            yield self.queue.pop(0)


def _gather(monkeypatch, futures: list[_Future]) -> tuple[list, list]:
    monkeypatch.setattr(distributed, "as_completed", _AsCompleted)
    done: list = []
    failed: list = []
    cluster._gather(
        None,  # type: ignore[arg-type]
        {f: f.name for f in futures},  # type: ignore[misc]
        lambda part, res: done.append((part, res)),
        lambda part, exc: failed.append((part, str(exc))),
    )
    return done, failed


def test_a_lost_result_is_waited_for_again_not_failed(monkeypatch):
    lost = _Future("p0", ["lost", "finished"])
    kept = _Future("p1", ["finished"])
    done, failed = _gather(monkeypatch, [lost, kept])
    assert failed == []
    assert done == [("p1", "result of p1"), ("p0", "result of p0")]


def test_a_task_that_errs_is_still_the_partitions_failure(monkeypatch):
    done, failed = _gather(monkeypatch, [_Future("p0", ["error"]), _Future("p1", ["finished"])])
    assert failed == [("p0", "boom")]
    assert done == [("p1", "result of p1")]
