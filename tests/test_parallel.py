"""The parallel engine on its own: input order, keys in input order, a dead worker ends the run."""
import os

import pytest

from catalog import parallel
from catalog.errors import WorkerError


class Parsed:
    def __init__(self, n):
        self.n = n
        self.record = n if n % 5 else None      # every fifth document has no record


def keys_of(record):
    return f"key{record % 7}"


def render(chunk):
    return [(outcome.n, keys) for outcome, keys in chunk]


def _run(items, jobs, parse=Parsed):
    taken = {}

    def make_unique(key):   # like the real one: depends on every earlier key, in input order
        taken[key] = taken.get(key, 0) + 1
        return f"{key}-{taken[key]}"

    return list(parallel.outcomes(items, jobs, parse, keys_of, make_unique, render))


def test_parallel_keeps_input_order_and_keys_in_input_order():
    serial = [(n, f"key{n % 7}-{sum(1 for m in range(1, n + 1) if m % 5 and m % 7 == n % 7)}" if n % 5 else None)
              for n in range(1, 501)]
    assert _run(range(1, 501), jobs=3) == serial
    assert _run(range(1, 501), jobs=2) == serial


def test_parallel_on_nothing_yields_nothing():
    assert _run([], jobs=2) == []


def _dies_on_13(n):
    if n == 13:
        os._exit(3)
    return Parsed(n)


def test_a_worker_that_dies_ends_the_run_with_an_error():
    with pytest.raises(WorkerError, match="worker process died"):
        _run(range(1, 200), jobs=2, parse=_dies_on_13)
