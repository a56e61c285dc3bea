"""The messages of every format-on-save, read and answered from plain JSON.

Why: pygls structures each message into lsprotocol objects through cattrs (called on
every JSON object of the message, nested ones too), runs the handler through a
context copy, a ``uuid4``, a generator and a future, checks the message against
runtime protocols, and unstructures the answer through cattrs again: about 100 µs
for each of ``textDocument/didChange`` and ``textDocument/formatting`` (or
``rangeFormatting``), the messages on the path between a keystroke and the
formatted answer.  Here those are read with ``json.loads`` and the few lsprotocol
objects the handlers take are built directly (their constructors run the same
validators); the handlers called are the very ones pygls would call; the answer's
JSON is written in one piece.

Anything else goes to pygls unchanged, and so does any hot message that is not
exactly of the plain shape read here (an extra key, a bool or a float where LSP
says integer, a string where it says boolean ...): pygls decides what such a
message means, and its error answers stay pygls' own.  tests/test_lsp_hot.py checks
that both paths give the same answers and leave the same documents.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, Callable, Dict, Optional

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInternalError

from . import wire

log = logging.getLogger("dtranspile.lsp")


def receive(ls, body: bytes) -> None:
    """Serve one message body read from the client.  A body that does not name a hot
    method is not parsed here, only by pygls (a large didOpen would be read twice)."""
    hot = None
    if any(name in body for name in _HOT_NAMES):
        try:
            hot = _read(ls, body)
        except Exception:  # noqa: BLE001 - not the plain shape (or not JSON): pygls reads it
            pass
    if hot is None:
        general(ls, body)
        return
    serve, message, params = hot
    try:
        serve(ls, message, params)
    except Exception as exc:  # noqa: BLE001 - e.g. the client is gone (BrokenPipeError)
        log.exception("Unable to handle message")
        ls.report_server_error(exc, JsonRpcException)


def general(ls, body: bytes) -> None:
    """pygls' own reading and handling of a message, as ``pygls.io_.run_async`` does
    it (object_hook included: it is called on every JSON object)."""
    protocol = ls.protocol
    try:
        protocol.handle_message(json.loads(body, object_hook=protocol.structure_message))
    except Exception as exc:  # noqa: BLE001 - the server must stay up
        log.exception("Unable to handle message")
        ls.report_server_error(exc, JsonRpcException)


def _read(ls, body: bytes) -> Optional[tuple]:
    """(serve, message, params) for a message of a hot method in the plain shape,
    read without side effects; None for anything else.  After ``shutdown`` pygls
    drops all but ``exit``: it sees every message then."""
    message = json.loads(body)
    if type(message) is not dict or message.get("jsonrpc") != "2.0" or ls.protocol._shutdown:
        return None
    hot = _HOT.get(message.get("method"))
    if hot is None:
        return None
    read, serve = hot
    if serve is _request:
        if message.keys() != _REQUEST_KEYS or not _is_id(message["id"]):
            return None
    elif message.keys() != _NOTIFICATION_KEYS:
        return None
    return serve, message, read(message["params"])


_REQUEST_KEYS = frozenset({"jsonrpc", "id", "method", "params"})
_NOTIFICATION_KEYS = frozenset({"jsonrpc", "method", "params"})


def _is_id(value) -> bool:
    return type(value) is str or type(value) is int


# ------------------------------------------------------------------------ reading

def _fields(obj, required: frozenset, optional: frozenset = frozenset()) -> dict:
    """``obj`` if it is a JSON object with all of ``required`` and nothing beyond
    ``optional``; raises TypeError otherwise."""
    if type(obj) is not dict or not required <= obj.keys() <= required | optional:
        raise TypeError("not the plain shape")
    return obj


def _int(value) -> int:
    """An LSP integer as JSON gives it; a bool (an int to Python) or a float is left to
    pygls, which converts it."""
    if type(value) is not int:
        raise TypeError("not an int")
    return value


_POSITION = frozenset({"line", "character"})
_RANGE = frozenset({"start", "end"})


def _position(obj) -> types.Position:
    _fields(obj, _POSITION)
    return types.Position(line=_int(obj["line"]), character=_int(obj["character"]))


def _range(obj) -> types.Range:
    _fields(obj, _RANGE)
    return types.Range(start=_position(obj["start"]), end=_position(obj["end"]))


def _change(obj):
    """A content change: a range and its new text, or the whole new text."""
    if type(obj) is dict and "range" in obj:
        _fields(obj, frozenset({"range", "text"}), frozenset({"rangeLength"}))
        length = obj.get("rangeLength")
        return types.TextDocumentContentChangePartial(
            range=_range(obj["range"]), text=obj["text"],
            range_length=None if length is None else _int(length))
    _fields(obj, frozenset({"text"}))
    return types.TextDocumentContentChangeWholeDocument(text=obj["text"])


def _did_change(params) -> types.DidChangeTextDocumentParams:
    _fields(params, frozenset({"textDocument", "contentChanges"}))
    document = _fields(params["textDocument"], frozenset({"uri", "version"}))
    changes = params["contentChanges"]
    if type(changes) is not list:
        raise TypeError("not a list")
    return types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(
            uri=document["uri"], version=_int(document["version"])),
        content_changes=[_change(change) for change in changes])


_OPTION_FLAGS = frozenset({"trimTrailingWhitespace", "insertFinalNewline", "trimFinalNewlines"})


def _formatting_fields(params, extra: frozenset = frozenset()) -> dict:
    """The lsprotocol fields a formatting request's params have in common (its
    document, options and progress token), read from ``params``, which may hold
    ``extra`` keys besides."""
    _fields(params, frozenset({"textDocument", "options"}) | extra, frozenset({"workDoneToken"}))
    document = _fields(params["textDocument"], frozenset({"uri"}))
    options = _fields(params["options"], frozenset({"tabSize", "insertSpaces"}), _OPTION_FLAGS)
    token = params.get("workDoneToken")
    if token is not None and not _is_id(token):
        raise TypeError("not a progress token")
    return dict(
        text_document=types.TextDocumentIdentifier(uri=document["uri"]),
        options=types.FormattingOptions(
            tab_size=_int(options["tabSize"]), insert_spaces=options["insertSpaces"],
            trim_trailing_whitespace=options.get("trimTrailingWhitespace"),
            insert_final_newline=options.get("insertFinalNewline"),
            trim_final_newlines=options.get("trimFinalNewlines")),
        work_done_token=token)


def _formatting(params) -> types.DocumentFormattingParams:
    return types.DocumentFormattingParams(**_formatting_fields(params))


def _range_formatting(params) -> types.DocumentRangeFormattingParams:
    """Format-on-save of the modified lines only (VS Code's "modifications" mode)."""
    return types.DocumentRangeFormattingParams(
        range=_range(params["range"]), **_formatting_fields(params, frozenset({"range"})))


# ------------------------------------------------------------------------ serving

def _feature(ls, method: str) -> Optional[Callable]:
    """The server's own handler for ``method``, with the server bound (pygls' table)."""
    return ls.protocol.fm.features.get(method)


def _did_change_document(ls, message: dict, params: types.DidChangeTextDocumentParams) -> None:
    """What pygls does for the notification: apply the changes to the workspace's copy
    of the document in order, then call the server's handler; a failure is reported
    as pygls reports it, never answered (a notification has no answer)."""
    try:
        for change in params.content_changes:
            ls.workspace.update_text_document(params.text_document, change)
        handler = _feature(ls, types.TEXT_DOCUMENT_DID_CHANGE)
        if handler is not None:
            handler(params)
    except Exception:  # noqa: BLE001 - the server must stay up
        ls.report_server_error(JsonRpcInternalError.of(sys.exc_info()), JsonRpcException)


def _request(ls, message: dict, params) -> None:
    """Call the server's handler for a request and send its answer (an InternalError
    answer if the handler raised, as pygls sends; the handlers here do not raise)."""
    msg_id = message["id"]
    try:
        result = _feature(ls, message["method"])(params)
        data = wire.frame({"id": msg_id, "jsonrpc": "2.0", "result": _json(ls, result)})
    except Exception:  # noqa: BLE001
        error = JsonRpcInternalError.of(sys.exc_info())
        log.exception('Exception occurred for message "%s"', msg_id)
        ls.protocol._send_response(msg_id, error=error.to_response_error())
        return
    ls.protocol.writer.write(data)


def _json(ls, result) -> Any:
    """An answer in its JSON form: text edits written out here (the common answer),
    anything else through pygls' converter."""
    if result is None:
        return None
    if type(result) is list and all(type(edit) is types.TextEdit for edit in result):
        return [{"range": {"start": {"line": edit.range.start.line,
                                     "character": edit.range.start.character},
                           "end": {"line": edit.range.end.line,
                                   "character": edit.range.end.character}},
                 "newText": edit.new_text} for edit in result]
    return ls.protocol._converter.unstructure(result)


#: method -> (read its params into lsprotocol objects, serve it)
_HOT: Dict[str, tuple] = {
    types.TEXT_DOCUMENT_DID_CHANGE: (_did_change, _did_change_document),
    types.TEXT_DOCUMENT_FORMATTING: (_formatting, _request),
    types.TEXT_DOCUMENT_RANGE_FORMATTING: (_range_formatting, _request),
}

#: the hot methods' names as a body spells them, quoted (a name written with escapes
#: is missed, and pygls serves that message)
_HOT_NAMES = tuple(json.dumps(method).encode() for method in _HOT)
