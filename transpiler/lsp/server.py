"""The pygls server: handlers that turn library calls into LSP messages.

Rules every handler follows, because an editor restarts a crashed server only a few
times before giving up on it:
- nothing raised escapes a handler: a request that cannot be served answers ``null``
  (no edits, no actions) and the reason goes to the client's log;
- formatting options come from the project configuration for the document's path
  (transpiler/config.py), not from the editor's ``tabSize``, so format-on-save and
  ``dtranspile --fmt --check`` in CI always agree;
- the formatter's safety checks stay on: an edit the editor applies on save must mean
  exactly what the user wrote.
"""

from __future__ import annotations

import asyncio
import logging
import os
import select
import stat
import sys
import threading
from typing import List, Optional

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument, Workspace

import transpiler
from transpiler.cli import config
from transpiler.formatting import eol
from transpiler.tree.errors import ParseError, SafetyError
from transpiler.formatting.api import format_parsed
from transpiler.tree.gcpause import paused

from . import edits as E
from . import hot, wire

log = logging.getLogger("dtranspile.lsp")

CONVERT_TITLE = "Convert to multi-stage build"
CONVERT_KIND = types.CodeActionKind.RefactorRewrite
SOURCE = "dtranspile"


class _Protocol(LanguageServerProtocol):
    """Answers a request whose params do not fit the LSP types with an InvalidParams
    error; pygls alone only logs it, and the client would wait for ever."""

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except Exception:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"],
                                    error=JsonRpcInvalidParams().to_response_error())
            raise


class _LspLines(TextDocument):
    """A document whose lines are LSP's: broken at \\n, \\r\\n and \\r only.  pygls
    splits with ``str.splitlines``, which also breaks at form feeds, vertical tabs,
    U+0085, U+2028 ...; in a document holding one (BuildKit reads a form feed as a
    blank between words) every incremental edit below it landed lines off, and the
    format answer computed from that copy undid the user's edit."""

    @property
    def lines(self):
        return tuple(E.split_lines(self.source))


class _Workspace(Workspace):
    """Makes its documents ``_LspLines`` (the same objects, another ``lines``)."""

    def _create_text_document(self, *args, **kwargs):
        document = super()._create_text_document(*args, **kwargs)
        document.__class__ = _LspLines
        return document


class DtranspileServer(LanguageServer):
    """Keeps, per document, the results of the last calls on its text, each keyed by
    exactly what it was computed from (all are pure functions of it):

    - ``parsed``: uri -> (text, tree or ParseError): one parse per text, shared by the
      diagnostics and the format request (whichever comes first makes it);
    - ``formats``: uri -> (text, settings, formatted text or the error): a repeated
      format request on an unchanged document (editors send one per save) is answered
      without formatting again;
    - ``transpiled``: uri -> ((version, text), result): code actions are asked for on
      every cursor move, and the transpiler is not that cheap;
    - ``memos``: uri -> ((escape, indent, operator position), {instruction source text:
      document}): an edit leaves most instructions as they were, and their documents
      are what they were (``formatter.format_parsed``);

    and ``pending``: uri -> version whose diagnostics are still to be published.
    The parse of an edit starts from the last version's tree (``transpiler.parse``'s
    ``previous``).
    """

    def __init__(self) -> None:
        super().__init__("dtranspile", transpiler.__version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=_Protocol)
        self.parsed: dict = {}
        self.formats: dict = {}
        self.transpiled: dict = {}
        self.pending: dict = {}
        self.memos: dict = {}
        self._input: Optional[int] = None  # the pipe the loop reads, while it does

    def forget(self, uri: str) -> None:
        for cache in (self.parsed, self.formats, self.transpiled, self.pending, self.memos):
            cache.pop(uri, None)

    def report_server_error(self, error, source):  # no pop-ups for internal hiccups
        log.error("dtranspile server error: %s", error)

    def start_io(self, stdin=None, stdout=None):
        """Serve on stdio.  When stdin is a pipe (as editors start a server) the event
        loop reads it itself, in its read callback (``wire.PipeReader``: no reader
        thread, no task step per header line and body), and the messages of
        format-on-save take the lean path of ``hot``.  Anything else goes to pygls'
        own reader."""
        stdin = stdin or sys.stdin.buffer
        if not _loop_can_read(stdin):
            return super().start_io(stdin, stdout)
        self._stop_event = threading.Event()
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        try:
            asyncio.run(self._serve_pipe(stdin))
        except BrokenPipeError:
            log.error("the connection to the client is lost; shutting down")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()
            self._input = None
            try:  # the loop made the pipe non-blocking; others may share it
                os.set_blocking(stdin.fileno(), True)
            except (OSError, ValueError):
                pass
        return None

    async def _serve_pipe(self, stdin) -> None:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        transport, _ = await loop.connect_read_pipe(
            lambda: wire.PipeReader(self.receive, done, _READ_LIMIT), stdin)
        self._input = stdin.fileno()
        try:
            await done
        finally:
            transport.close()

    def receive(self, body: bytes) -> None:
        """Serve one message body from the client (``hot.receive``)."""
        hot.receive(self, body)

    def input_waiting(self) -> bool:
        """Whether the client has sent more than the server has read (only known when
        the loop reads a pipe itself; otherwise False)."""
        if self._input is None:
            return False
        try:
            return bool(select.select([self._input], [], [], 0)[0])
        except (OSError, ValueError):
            return False


_READ_LIMIT = 1 << 30  # a header line longer than this is dropped (pygls has no limit)


def _loop_can_read(stream) -> bool:
    """Whether the event loop can watch ``stream``: a pipe or a socket, on POSIX."""
    if os.name != "posix":
        return False
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


# ------------------------------------------------------------------------------ helpers

def _encoding(ls: DtranspileServer) -> str:
    enc = getattr(ls.workspace, "position_encoding", None) or "utf-16"
    return str(getattr(enc, "value", enc))


def _path(uri: str) -> Optional[str]:
    try:
        return to_fs_path(uri) if uri.startswith("file:") else None
    except Exception:  # noqa: BLE001 - a strange URI only loses the config lookup
        return None


def _settings(uri: str) -> config.Settings:
    path = _path(uri)
    if path is None:
        return config.Settings()
    return config.resolve(path)


def _source(ls: DtranspileServer, uri: str) -> str:
    return ls.workspace.get_text_document(uri).source


def _position(lines: List[str], line: int, column: int, enc: str) -> types.Position:
    """0-based code-point (line, column) -> an LSP position in the agreed encoding."""
    text = lines[line] if 0 <= line < len(lines) else ""
    return types.Position(line=max(line, 0), character=E.encode_column(text, max(column, 0), enc))


def _to_text_edits(found: List[E.Edit], text: str, enc: str) -> List[types.TextEdit]:
    """LSP text edits for edits of ``text``: every edit starts a line; ``text``'s lines
    are only needed, and split, for one that ends inside the last line."""
    out = []
    lines = None
    for e in found:
        if e.end_char is not None:
            lines = lines or E.split_lines(text)
            end = _position(lines, e.end_line - 1, e.end_char, enc)
        else:
            end = types.Position(line=e.end_line, character=0)
        out.append(types.TextEdit(range=types.Range(start=types.Position(line=e.start_line,
                                                                        character=0), end=end),
                                  new_text=e.text))
    return out


def _log(ls: DtranspileServer, message: str, kind=types.MessageType.Warning) -> None:
    try:
        ls.window_log_message(types.LogMessageParams(type=kind, message=message))
    except Exception:  # noqa: BLE001
        log.warning("%s", message)


# --------------------------------------------------------------------------- diagnostics

_SEVERITY = {"error": types.DiagnosticSeverity.Error,
             "warning": types.DiagnosticSeverity.Warning,
             "info": types.DiagnosticSeverity.Information}


def parse(text: str, previous=None):
    """The tree, or the ParseError that says why there is none; ``previous`` is the
    tree of the document's last version, if any (see ``transpiler.parse``)."""
    try:
        return transpiler.parse(text, previous=previous)
    except ParseError as err:
        return err


def parsed(ls: DtranspileServer, uri: str, text: str):
    """``parse(text)``, made at most once per text of a document, and from the last
    version's tree (an edit re-parses only the instructions it touched)."""
    cached = ls.parsed.get(uri)
    if cached is not None and cached[0] == text:
        return cached[1]
    previous = cached[1] if cached is not None and not isinstance(cached[1], ParseError) else None
    tree = parse(text, previous)
    ls.parsed[uri] = (text, tree)
    return tree


def diagnostics(text: str, enc: str = "utf-16", tree=None) -> List[types.Diagnostic]:
    """Parse errors and BuildKit's second-layer problems, with ranges; ``tree`` is
    ``parse(text)`` when the caller has it."""
    lines = E.split_lines(text)
    out: List[types.Diagnostic] = []
    if tree is None:
        tree = parse(text)
    if isinstance(tree, ParseError):
        err = tree
        line, col = max(err.line - 1, 0), max(err.column - 1, 0)
        end = max(E.line_end(lines, line), col)
        out.append(types.Diagnostic(
            range=types.Range(start=_position(lines, line, col, enc),
                              end=_position(lines, line, end, enc)),
            message=err.message, severity=types.DiagnosticSeverity.Error,
            source=SOURCE, code="parse-error"))
        return out
    for d in tree.diagnostics:
        line = max(d.line - 1, 0)
        col = max(d.column - 1, 0)
        last = max((d.end_line or d.line) - 1, line)
        out.append(types.Diagnostic(
            range=types.Range(start=_position(lines, line, col, enc),
                              end=_position(lines, last, E.line_end(lines, last), enc)),
            message=d.message, severity=_SEVERITY.get(d.severity, types.DiagnosticSeverity.Error),
            source=SOURCE, code=d.code))
    return out


def publish(ls: DtranspileServer, uri: str, version: Optional[int]) -> None:
    try:
        text = _source(ls, uri)
        found = diagnostics(text, _encoding(ls), parsed(ls, uri, text))
    except Exception as exc:  # noqa: BLE001 - an internal error is itself a diagnostic
        found = [types.Diagnostic(
            range=types.Range(start=types.Position(line=0, character=0),
                              end=types.Position(line=0, character=0)),
            message=f"dtranspile internal error: {type(exc).__name__}: {exc}",
            severity=types.DiagnosticSeverity.Error, source=SOURCE)]
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version))


def publish_soon(ls: DtranspileServer, uri: str, version: Optional[int]) -> None:
    """``publish`` once no message is waiting to be read: a format request sent right
    after an edit (format-on-save) is answered before the edit's diagnostics go out,
    and of a burst of edits (typing) only the last one is parsed for them.  Without a
    running event loop (a direct call), at once."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        publish(ls, uri, version)
        return
    if uri not in ls.pending:
        loop.call_soon(_publish_pending, ls, uri)
    elif version is None:  # a save after an edit not yet published: keep its version
        version = ls.pending[uri]
    ls.pending[uri] = version


def _publish_pending(ls: DtranspileServer, uri: str) -> None:
    """Parse the pending text now (the diagnostics need the tree, and so does the
    format request that usually follows an edit within microseconds), but send the
    diagnostics only when no message is waiting: the client's next message, often
    that format request, has arrived during the parse and is answered first."""
    if uri not in ls.pending:  # closed meanwhile
        return
    try:
        parsed(ls, uri, _source(ls, uri))
    except Exception:  # noqa: BLE001 - publish says what went wrong
        pass
    if ls.input_waiting():  # read first; the loop calls this again right after
        asyncio.get_running_loop().call_soon(_publish_pending, ls, uri)
        return
    version = ls.pending.pop(uri)
    try:
        publish(ls, uri, version)
    except Exception:  # noqa: BLE001 - the server must stay up
        log.exception("publishing diagnostics failed")


# ---------------------------------------------------------------------------- formatting

def formatted(text: str, settings: config.Settings, tree=None, memo=None) -> str:
    """``transpiler.format`` with the project's settings (checks on); ``tree`` is
    ``parse(text)`` when the caller has it, and is then not parsed again; ``memo`` the
    document's instruction documents (``formatter.format_parsed``)."""
    if tree is None:
        tree = transpiler.parse(text)
    with paused():
        out = format_parsed(tree, text, indent=settings.indent,
                            operator_position=settings.operator_position, memo=memo)
    if settings.end_of_line or not settings.insert_final_newline:
        out = eol.apply(out, text, end_of_line=settings.end_of_line,
                        insert_final_newline=settings.insert_final_newline)
    return out


def _formatted(ls: DtranspileServer, uri: str, text: str):
    """``formatted`` for a document, computed once per (text, settings): the new text,
    or the ParseError or SafetyError that stopped it (returned, not raised)."""
    settings = _settings(uri)
    cached = ls.formats.get(uri)
    if cached is not None and cached[0] == text and cached[1] == settings:
        return cached[2]
    tree = parsed(ls, uri, text)
    if isinstance(tree, ParseError):
        result = tree
    else:
        try:
            result = formatted(text, settings, tree, _memo(ls, uri, tree, settings))
        except SafetyError as exc:
            result = exc
    ls.formats[uri] = (text, settings, result)
    return result


#: instruction documents kept per document, at most (a memo larger than this is
#: mostly texts long gone: it starts again)
MEMO_LIMIT = 4096


def _memo(ls: DtranspileServer, uri: str, tree, settings: config.Settings) -> dict:
    """The document's memo of instruction documents (source text -> document), valid
    for one escape character and one style: made anew when either changes."""
    key = (tree.escape, settings.indent, settings.operator_position)
    cached = ls.memos.get(uri)
    if cached is None or cached[0] != key or len(cached[1]) > MEMO_LIMIT:
        cached = ls.memos[uri] = (key, {})
    return cached[1]


def _format_edits(ls: DtranspileServer, uri: str, selection: Optional[types.Range]):
    text = _source(ls, uri)
    try:
        new = _formatted(ls, uri, text)
    except config.ConfigError as exc:
        new = exc
    if isinstance(new, ParseError):
        return None  # the diagnostics already say why
    if isinstance(new, (SafetyError, config.ConfigError)):
        _log(ls, f"dtranspile: not formatted: {new}")
        return None
    if new == text:
        return []
    if selection is None:
        found = E.document_edits(text, new)
    else:
        first, last = selection.start.line, selection.end.line
        if last > first and selection.end.character == 0:
            last -= 1  # a selection of whole lines ends at the start of the next one
        found = E.range_edits(text, new, parsed(ls, uri, text), transpiler.parse(new),
                              first, last)
    return _to_text_edits(found, text, _encoding(ls))


# ------------------------------------------------------------------------------ warm-up

#: one of each kind of instruction the printer treats apart, written sloppily so that
#: every path runs: the safety check, continuations, JSON forms, heredocs, ONBUILD
WARM_UP_TEXT = """\
# syntax=docker/dockerfile:1
from   alpine:3 as base
arg  V=1
env A 1
label k v
run apk add curl && \\
  echo one | tee x || true
run <<EOF
echo heredoc
EOF
copy [ "a","b" ]
add --chmod=644 x /y
workdir /app
user 1000
expose 80
volume /data
healthcheck --interval=5s cmd curl -f http://localhost/ || exit 1
onbuild run echo hi
shell ["/bin/sh", "-c"]
stopsignal SIGTERM
entrypoint ["/app"]
cmd  echo  hi
"""


def warm_up(ls: Optional[DtranspileServer] = None) -> None:
    """Load and exercise everything a format request uses, once, when the client says
    it is initialized: the editor's first save is then as fast as the later ones
    instead of paying the imports, the parser's set-up and the (de)serialisers that
    cattrs generates for each message type on first use.  Then the objects alive now
    (pygls, lsprotocol, the formatter's modules and tables: all kept for the process's
    life) are moved out of the cyclic collector's sight (gc.freeze), so its full
    collections stop walking them."""
    import gc

    text = WARM_UP_TEXT
    new = formatted(text, config.Settings())
    found = diagnostics(text) + diagnostics("COPY a\n")  # one problem, to serialise
    edits = _to_text_edits(E.document_edits(text, new), text, "utf-16")
    if ls is not None:
        _warm_messages(ls, text, found, edits)
    gc.collect()
    gc.freeze()


def _warm_messages(ls: DtranspileServer, text: str, found, edits) -> None:
    """Structure the messages the server is sent and unstructure what it answers, as
    pygls does (nothing is handled or sent)."""
    uri = "untitled:dtranspile-warm-up"
    doc = {"uri": uri, "version": 1}
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}
    options = {"tabSize": 4, "insertSpaces": True}
    for method, params in (
            (types.TEXT_DOCUMENT_DID_OPEN, {"textDocument": {**doc, "languageId": "dockerfile",
                                                             "text": text}}),
            (types.TEXT_DOCUMENT_DID_CHANGE, {"textDocument": doc, "contentChanges": [
                {"range": whole, "text": "FROM a\n"}, {"text": text}]}),
            (types.TEXT_DOCUMENT_DID_SAVE, {"textDocument": {"uri": uri}}),
            (types.TEXT_DOCUMENT_DID_CLOSE, {"textDocument": {"uri": uri}})):
        ls.protocol.structure_message({"jsonrpc": "2.0", "method": method, "params": params})
    for method, params in (
            (types.TEXT_DOCUMENT_FORMATTING, {"textDocument": {"uri": uri},
                                              "options": options}),
            (types.TEXT_DOCUMENT_RANGE_FORMATTING, {"textDocument": {"uri": uri},
                                                    "options": options, "range": whole}),
            (types.TEXT_DOCUMENT_CODE_ACTION, {"textDocument": {"uri": uri}, "range": whole,
                                               "context": {"diagnostics": []}})):
        ls.protocol.structure_message({"jsonrpc": "2.0", "id": 0, "method": method,
                                       "params": params})
    converter = getattr(ls.protocol, "_converter", None)  # pygls keeps it private
    if converter is None:
        return
    action = types.CodeAction(title=CONVERT_TITLE, kind=CONVERT_KIND,
                              edit=types.WorkspaceEdit(changes={uri: edits}))
    notification = types.PublishDiagnosticsNotification(
        params=types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=1))
    for message in (*edits, action, notification):  # a result's items, one by one
        converter.unstructure(message)


# -------------------------------------------------------------------------- code action

def _transpiled(ls: DtranspileServer, uri: str):
    doc = ls.workspace.get_text_document(uri)
    key = (doc.version, doc.source)
    cached = ls.transpiled.get(uri)
    if cached and cached[0] == key:
        return cached[1]
    result = transpiler.transpile(doc.source, runtime=_settings(uri).runtime)
    ls.transpiled[uri] = (key, result)
    return result


def _wants_rewrite(only) -> bool:
    if not only:
        return True
    kind = str(CONVERT_KIND.value)
    return any(kind == str(getattr(k, "value", k)) or kind.startswith(str(getattr(k, "value", k)) + ".")
               for k in only)


def code_actions(ls: DtranspileServer, params: types.CodeActionParams):
    if not _wants_rewrite(params.context.only if params.context else None):
        return []
    uri = params.text_document.uri
    try:
        result = _transpiled(ls, uri)
    except (ParseError, SafetyError):
        return []
    if result.report.declined or not result.changed:
        return []
    text = _source(ls, uri)
    found = E.document_edits(text, result.output)
    text_edits = _to_text_edits(found, text, _encoding(ls))
    return [types.CodeAction(title=CONVERT_TITLE, kind=CONVERT_KIND,
                             edit=types.WorkspaceEdit(changes={uri: text_edits}))]


# ------------------------------------------------------------------------------ wiring

def _guarded(name: str, fallback=None):
    """Run a handler; log instead of raising, answer ``fallback``."""
    def wrap(fn):
        def handler(ls, params):
            try:
                return fn(ls, params)
            except Exception as exc:  # noqa: BLE001 - the server must stay up
                log.exception("%s failed", name)
                _log(ls, f"dtranspile: {name} failed: {type(exc).__name__}: {exc}",
                     types.MessageType.Error)
                return fallback
        handler.__name__ = fn.__name__
        return handler
    return wrap


def build_server() -> DtranspileServer:
    server = DtranspileServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls, params: types.InitializeParams):
        # pygls has just made the workspace, and no document is open yet
        ls.workspace.__class__ = _Workspace

    @server.feature(types.INITIALIZED)
    @_guarded("initialized")
    def initialized(ls, params: types.InitializedParams):
        warm_up(ls)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @_guarded("didOpen")
    def did_open(ls, params: types.DidOpenTextDocumentParams):
        publish_soon(ls, params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @_guarded("didChange")
    def did_change(ls, params: types.DidChangeTextDocumentParams):
        publish_soon(ls, params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @_guarded("didSave")
    def did_save(ls, params: types.DidSaveTextDocumentParams):
        publish_soon(ls, params.text_document.uri, None)  # a config file may have changed

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @_guarded("didClose")
    def did_close(ls, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.forget(uri)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @_guarded("formatting")
    def formatting(ls, params: types.DocumentFormattingParams):
        return _format_edits(ls, params.text_document.uri, None)

    @server.feature(types.TEXT_DOCUMENT_RANGE_FORMATTING)
    @_guarded("rangeFormatting")
    def range_formatting(ls, params: types.DocumentRangeFormattingParams):
        return _format_edits(ls, params.text_document.uri, params.range)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[CONVERT_KIND]))
    @_guarded("codeAction", fallback=None)
    def code_action(ls, params: types.CodeActionParams):
        return code_actions(ls, params)

    return server


def main() -> None:  # pragma: no cover - python -m transpiler.lsp.server
    logging.basicConfig(level=os.environ.get("DTRANSPILE_LSP_LOG", "WARNING"))
    build_server().start_io()
