"""ASGI middleware: a body size limit enforced before parsing, and one log line per request."""

from __future__ import annotations

import atexit
import logging
import threading
import time
from queue import Queue
from typing import Any

from fastapi import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("advocate_hub.server.access")

MAX_BODY_BYTES = 1_000_000


class BodyLimit:
    """Answer 413 to a body over ``max_bytes``: at once from ``Content-Length``, or as soon as a chunked body
    grows past it, so an oversized body is never buffered whole nor parsed."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        too_large = JSONResponse({"detail": f"The request body is over {self.max_bytes:,} bytes."}, status_code=413)
        try:
            if declared is not None and int(declared) > self.max_bytes:
                await too_large(scope, receive, send)
                return
        except ValueError:
            await JSONResponse({"detail": "Bad Content-Length."}, status_code=400)(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(status_code=413, detail=f"The request body is over {self.max_bytes:,} bytes.")
            return message

        await self.app(scope, limited, send)


class AccessLog:
    """One line per request: method, path, status, duration and client address.

    The request only notes these facts; one thread per process makes and writes the log lines
    (``AccessLines``): a log record's making and writing cost a fast request about a tenth of its time."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            client = scope.get("client") or ("-", 0)
            query = scope.get("query_string", b"")
            ACCESS_LINES.note(
                (scope["method"], scope["path"], query, status, (time.perf_counter() - started) * 1000, client[0])
            )


class AccessLines:
    """Writes the access log from a thread of its own, started at the first line; what was noted before the
    process exits is written then (``atexit``)."""

    def __init__(self) -> None:
        self._lines: Queue[tuple[Any, ...]] = Queue()
        self._writer: threading.Thread | None = None
        self._starting = threading.Lock()

    def note(self, line: tuple[Any, ...]) -> None:
        self._lines.put(line)
        if self._writer is None:
            self._start()

    def flush(self) -> None:
        """Wait until every line noted so far is written."""
        self._lines.join()

    def _start(self) -> None:
        with self._starting:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write, name="access-log", daemon=True)
                self._writer.start()
                atexit.register(self.flush)

    def _write(self) -> None:
        while True:
            method, path, query, status, milliseconds, address = self._lines.get()
            text = query.decode("latin-1")
            access_log.info(
                "%s %s%s %d %.1fms %s", method, path, f"?{text}" if text else "", status, milliseconds, address
            )
            self._lines.task_done()


ACCESS_LINES = AccessLines()


NUL_MESSAGE = "Text may not contain NUL characters."
_NUL_IN_JSON = (b"\\u0000", b"\x00")
_NUL_IN_URL = (b"%00", b"\x00")


class NoNulCharacters:
    """Answer 422 to a request whose path, query or JSON body holds a NUL character.

    PostgreSQL cannot store NUL in text and fails the whole statement, which would surface as a 500; no field of
    this API has a use for NUL, so it is refused at the door. The body is scanned as it streams in, keeping the
    tail of each chunk so an escape split between two chunks is still seen. (A literal backslash followed by
    ``u0000`` in a text is refused too: a false alarm no real text is expected to raise.)
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url = scope.get("raw_path", b"") + b"?" + scope.get("query_string", b"")
        if "\x00" in scope.get("path", "") or any(marker in url.lower() for marker in _NUL_IN_URL):
            await JSONResponse({"detail": NUL_MESSAGE}, status_code=422)(scope, receive, send)
            return
        tail = b""

        async def scanned() -> Message:
            nonlocal tail
            message = await receive()
            if message["type"] == "http.request":
                window = tail + message.get("body", b"")
                if any(marker in window for marker in _NUL_IN_JSON):
                    raise HTTPException(status_code=422, detail=NUL_MESSAGE)
                tail = window[-5:]
            return message

        await self.app(scope, scanned, send)
