"""The desk's web side (Flask): pages rendered on the server, one small script, and one
endpoint that saves a book to the journal.

Safe by default: the caller binds 127.0.0.1 only; every request carries the run's random
token; a Host other than localhost or 127.0.0.1 is refused (DNS rebinding); bodies are
size-limited; the browser never names a file (the run and the journal are the command
line's); notes are Jinja-escaped text, and a strict Content-Security-Policy forbids any
script but the desk's own.
"""
from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, abort, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from catalog.corrections import EDITABLE, append_correction, checked_fields, entry, read_journal
from catalog.errors import InputError
from catalog.review.desk import PAGE, Item, known, neighbours, page, queue, segments, shown

MAX_BODY = 64 * 1024   # a book's fields are a few hundred bytes
HOSTS = frozenset({"localhost", "127.0.0.1"})
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
          "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
KEYS = (("t", "title"), ("s", "subtitle"), ("a", "authors"), ("e", "editors"), ("r", "translators"),
        ("i", "illustrators"), ("p", "publisher"), ("l", "place"), ("g", "pages"), ("d", "year"))


class Journal:
    """The latest saved correction of each book, kept in step with the journal file: a save
    is on disk (fsynced) before it is here, and before the page is told."""

    def __init__(self, path: Path):
        self.path = path
        self.latest, self.warnings = read_journal(path)
        self.lock = threading.Lock()

    def get(self, item: Item) -> Mapping[str, Any] | None:
        return self.latest.get(item.doc_id, {}).get(item.index)

    def save(self, item: Item, fields: dict[str, Any]) -> dict[str, Any]:
        line = entry(item.doc_id, item.index, fields)
        line["notes"] = item.book.get("printed_notes") or ""   # training reads the text beside its fields
        with self.lock:
            append_correction(self.path, line)
            self.latest.setdefault(item.doc_id, {})[item.index] = fields
        return line


def create_app(items: list[Item], journal: Journal, token: str) -> Flask:
    """The desk for a run's books; every route needs `token`."""
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY

    @app.before_request
    def _guard() -> None:
        host = (request.host or "").rsplit(":", 1)[0] if not (request.host or "").startswith("[") else request.host
        if host not in HOSTS:
            abort(403, "unknown Host: the desk answers localhost and 127.0.0.1 only")
        given = request.args.get("token") or request.headers.get("X-Catalog-Token") or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            abort(403, "missing or wrong token: open the address catalog review printed")

    @app.after_request
    def _headers(response: Any) -> Any:
        response.headers["Content-Security-Policy"] = POLICY
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(HTTPException)
    def _error(exc: HTTPException) -> Any:
        return jsonify(error=exc.description), exc.code

    def _filters() -> tuple[str, str]:
        return request.args.get("reason", ""), request.args.get("outlet", "")

    def _item(number: int) -> Item:
        if not 0 <= number < len(items):
            abort(404, "no such book in this run")
        return items[number]

    @app.get("/")
    def queue_page() -> str:
        reason, outlet = _filters()
        rows = queue(items, reason, outlet)
        at = max(0, request.args.get("page", 0, type=int))
        shown_rows = page(rows, at)
        for row in shown_rows:   # read before the suggestions, so that they include this page's
            row.line.read()
        kinds, outlets = known(items)
        return render_template("queue.html", token=token, rows=shown_rows, total=len(rows), page=at,
                               pages=(len(rows) + PAGE - 1) // PAGE, reason=reason, outlet=outlet,
                               outlets=outlets, kinds=kinds, saved=journal.get, warnings=journal.warnings)

    @app.get("/book/<int:number>")
    def book_page(number: int) -> str:
        item = _item(number)
        reason, outlet = _filters()
        before, after = neighbours(queue(items, reason, outlet), item)
        saved = journal.get(item)
        fields = shown(item, saved)
        return render_template("book.html", token=token, item=item, fields=fields, saved=saved is not None,
                               pieces=segments(item.book.get("printed_notes") or "", fields),
                               before=before, after=after, reason=reason, outlet=outlet, keys=KEYS,
                               editable=EDITABLE)

    @app.post("/book/<int:number>")
    def save_book(number: int) -> Any:
        item = _item(number)
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, "expected a JSON object of the book's fields")
        try:
            fields = checked_fields(body.get("fields"))
        except InputError as exc:
            abort(400, exc.detail)
        gold = {**shown(item, None), **fields}
        line = journal.save(item, gold)
        return jsonify(saved=True, time=line["time"],
                       pieces=segments(item.book.get("printed_notes") or "", gold))

    return app


def serve(items: list[Item], journal: Journal, port: int, on_ready: Any) -> None:
    """Serve the desk on 127.0.0.1 until interrupted; on_ready(address with token) once
    the socket listens (port 0: a free port)."""
    import secrets

    from werkzeug.serving import make_server
    logging.getLogger("werkzeug").setLevel(logging.WARNING)   # no line a request on the terminal
    token = secrets.token_urlsafe(24)
    server = make_server("127.0.0.1", port, create_app(items, journal, token), threaded=True)
    on_ready(f"http://127.0.0.1:{server.server_port}/?token={token}")
    try:
        server.serve_forever()
    finally:
        server.server_close()
