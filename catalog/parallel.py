"""Parallel batch: every document stays with one worker from parse to render.

Chunk k of the input goes to worker k mod jobs. The worker parses it and reports only the
citation keys; the main process, taking chunks in input order, answers with keys unique
across the run; the same worker then renders and validates with those keys. So a parsed
record never crosses a process boundary: documents go in, keys go both ways, finished
text comes out, and the main process is left with ordering, keys and writing.
"""
from __future__ import annotations

import multiprocessing
import queue
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing.queues import Queue
from typing import Any

from catalog.errors import CatalogError, WorkerError
from catalog.model import Document

CHUNK = 64        # documents per message, rendered and checked together
IN_FLIGHT = 4     # chunks each worker may hold: enough to stay busy, little enough to keep memory flat
POLL_SECONDS = 0.5


def _serve(inbox: Queue, outbox: Queue, parse: Callable, record_keys: Callable, render: Callable) -> None:
    """A worker: parse chunks when asked, keep their outcomes, render them once keyed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the main process handles ^C and stops us
    parsed: dict[int, list] = {}
    while (message := inbox.get()) is not None:
        step, chunk, payload = message
        if step == "parse":
            parsed[chunk] = [parse(document) for document in payload]
            outbox.put(("keyed", chunk, [record_keys(o.record) if o.record else None for o in parsed[chunk]]))
        else:
            outbox.put(("done", chunk, render(list(zip(parsed.pop(chunk), payload, strict=True)))))


def outcomes(items: Iterable[Document | CatalogError], jobs: int, parse: Callable, record_keys: Callable,
             make_unique: Callable, render: Callable) -> Iterator:
    """Outcomes in input order, from `jobs` workers.

    parse(document) -> outcome; record_keys(record) -> its keys; make_unique(keys) -> the
    run's keys, called in input order; render([(outcome, keys or None), ...]) -> the
    chunk's finished outcomes.
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)   # its Process and Queue are the context's own
    outbox = context.Queue()
    inboxes = [context.Queue() for _ in range(jobs)]
    workers = [context.Process(target=_serve, args=(inbox, outbox, parse, record_keys, render), daemon=True)
               for inbox in inboxes]
    for worker in workers:
        worker.start()
    source = iter(items)
    sent = to_key = to_yield = 0
    keyed: dict[int, list] = {}
    done: dict[int, list] = {}
    try:
        while True:
            while sent - to_yield < IN_FLIGHT * jobs and (chunk := list(islice(source, CHUNK))):
                inboxes[sent % jobs].put(("parse", sent, chunk))
                sent += 1
            if to_yield == sent:
                return
            step, number, payload = _receive(outbox, workers)
            (keyed if step == "keyed" else done)[number] = payload
            while to_key in keyed:
                unique = [make_unique(keys) if keys else None for keys in keyed.pop(to_key)]
                inboxes[to_key % jobs].put(("render", to_key, unique))
                to_key += 1
            while to_yield in done:
                yield from done.pop(to_yield)
                to_yield += 1
    finally:
        for inbox in inboxes:
            inbox.put(None)
        for worker in workers:
            worker.join(timeout=1)
            if worker.is_alive():
                worker.terminate()


def _receive(outbox: Queue, workers: Sequence) -> tuple:
    """The next message; a worker that died (killed, out of memory) ends the run, never hangs it."""
    while True:
        try:
            return outbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            for worker in workers:
                if not worker.is_alive():
                    raise WorkerError(f"exit code {worker.exitcode}") from None
