"""LSP's base protocol (``Content-Length`` framing) on a pipe, read in the event loop's
own read callback; kept free of pygls.

Why: pygls reads through an asyncio StreamReader and one task, so every header line
and every body is an ``await``: a future, a wake-up and a task step each, several per
message.  Here the loop hands each chunk the pipe gives to ``PipeReader.data_received``,
which cuts out the complete messages and passes each body on at once: a chunk that
holds an edit and the format request behind it (format-on-save) is served in one go.

The framing is pygls' (``pygls.io_.run_async``), rule for rule, so that both read the
same bytes the same way: header lines end with ``\\n``; only an exact
``Content-Length: N\\r\\n`` line counts, the first one of a message; a blank line after
it starts the body; other lines (other headers, garbage) are skipped; a length of 0
counts as none.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Callable, List, Optional

_CONTENT_LENGTH = re.compile(rb"Content-Length: (\d+)\r\n")

#: what every message the server writes starts with (pygls writes the same header)
CONTENT_TYPE = b"application/vscode-jsonrpc; charset=utf-8"


class Framer:
    """Cuts message bodies out of a byte stream fed in pieces of any size."""

    __slots__ = ("_buffer", "_length", "_body", "_line_limit")

    def __init__(self, line_limit: int) -> None:
        self._buffer = bytearray()
        self._length = 0    # the Content-Length read for the message under way, if any
        self._body = False  # its header has ended: the next _length bytes are its body
        self._line_limit = line_limit  # longer header lines are dropped unread

    def feed(self, data: bytes) -> List[bytes]:
        """The bodies completed by ``data``, in order."""
        buffer = self._buffer
        buffer += data
        bodies = []
        start = 0
        while True:
            if self._body:
                end = start + self._length
                if len(buffer) < end:
                    break
                bodies.append(bytes(buffer[start:end]))
                start, self._length, self._body = end, 0, False
                continue
            newline = buffer.find(b"\n", start)
            if newline < 0:
                if len(buffer) - start > self._line_limit:  # garbage without end
                    start = len(buffer)
                break
            line = bytes(buffer[start:newline + 1])
            start = newline + 1
            if not self._length:
                match = _CONTENT_LENGTH.fullmatch(line)
                if match:
                    self._length = int(match.group(1))
            if self._length and not line.strip():
                self._body = True
        del buffer[:start]
        return bodies

    def rest(self) -> Optional[bytes]:
        """At the end of the input: the start of a body that never completed, if any
        (pygls hands such a piece on too, to fail as JSON and be logged)."""
        if self._body and self._buffer:
            return bytes(self._buffer)
        return None


class PipeReader(asyncio.Protocol):
    """Reads a pipe for the event loop: each complete message body goes to ``receive``
    as soon as its last byte is in; ``done`` is set when the input ends."""

    def __init__(self, receive: Callable[[bytes], None], done: asyncio.Future,
                 line_limit: int) -> None:
        self._receive = receive
        self._done = done
        self._framer = Framer(line_limit)

    def data_received(self, data: bytes) -> None:
        for body in self._framer.feed(data):
            self._receive(body)

    def eof_received(self) -> None:
        rest = self._framer.rest()
        if rest:
            self._receive(rest)

    def connection_lost(self, exc: Optional[Exception]) -> None:
        if not self._done.done():
            self._done.set_result(None)


def frame(message: dict) -> bytes:
    """A message as it goes on the wire: the JSON body (ASCII, as pygls writes it) with
    its header, in one piece so that it is written with one system call."""
    body = json.dumps(message).encode("ascii")
    return (b"Content-Length: %d\r\nContent-Type: %s\r\n\r\n" % (len(body), CONTENT_TYPE)
            + body)
