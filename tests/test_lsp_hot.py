"""The server's own reading of the wire: the framing (transpiler/lsp/wire.py) cuts the
same messages out of a byte stream as pygls' reader, and the lean path for the
messages of format-on-save (transpiler/lsp/hot.py) answers what pygls' path answers
and leaves the same documents; messages not of its plain shape, other methods,
batches and garbage go to pygls and get pygls' answers."""

from __future__ import annotations

import json
import os
import sys

import pytest

pytest.importorskip("pygls", reason="the language server needs the 'lsp' extra (pygls)")

from transpiler.lsp import hot, wire  # noqa: E402
from transpiler.lsp import server as S  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from lsp_client import LspClient  # noqa: E402
from test_lsp import OPTIONS, UNFORMATTED, apply_edits  # noqa: E402

import transpiler  # noqa: E402


def frame(message) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


# ------------------------------------------------------------------------ framing

def test_bodies_cut_at_every_byte_come_out_whole_and_in_order():
    messages = [{"n": i, "text": "é" * i} for i in range(5)]
    data = b"".join(frame(m) for m in messages)
    for size in (1, 2, 7, len(data)):
        framer = wire.Framer(1 << 20)
        bodies = []
        for start in range(0, len(data), size):
            bodies += framer.feed(data[start:start + size])
        assert [json.loads(b) for b in bodies] == messages
        assert framer.rest() is None


def test_framing_follows_pygls_rules():
    framer = wire.Framer(1 << 20)
    data = (b"garbage line\r\n"                               # skipped
            b"Content-Type: x\r\nContent-Length: 2\r\n\r\n{}"  # other headers: skipped
            b"Content-Length: 0\r\n\r\n"                       # 0 counts as no length
            b"Content-Length: 3\r\nContent-Length: 9\r\n\r\n[1]"  # the first length counts
            b"content-length: 2\r\n\r\n"                       # only the exact spelling
            b"Content-Length: 4\n\n"                           # needs \r\n
            b"Content-Length: 2\r\n \r\n{}")                   # a blank line ends the header
    assert framer.feed(data) == [b"{}", b"[1]", b"{}"]


def test_an_unfinished_body_is_handed_on_at_the_end_and_an_overlong_line_dropped():
    framer = wire.Framer(1 << 20)
    assert framer.feed(b'Content-Length: 50\r\n\r\n{"jsonrpc"') == []
    assert framer.rest() == b'{"jsonrpc"'
    framer = wire.Framer(8)
    assert framer.feed(b"x" * 20) == []                       # no line end, over the limit
    assert framer.feed(b"\r\n" + frame({"a": 1})) == [b'{"a": 1}']


def test_frame_writes_a_header_pygls_writes():
    data = wire.frame({"id": 1, "result": "é"})
    head, body = data.split(b"\r\n\r\n")
    assert head == (b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; "
                    b"charset=utf-8" % len(body))
    assert json.loads(body) == {"id": 1, "result": "é"}


# ------------------------------------------------------------------ both paths alike

class Writer:
    def __init__(self):
        self.sent = []

    def write(self, data: bytes) -> None:
        head, _, body = data.partition(b"\r\n\r\n")
        assert int(head.split(b"\r\n")[0].split(b":")[1]) == len(body)
        self.sent.append(json.loads(body))

    def close(self) -> None:
        pass


def served(tmp_path, messages, receive):
    """What a server in this process sends for ``messages`` given to ``receive`` (and
    the document's text after them); initialized, with UNFORMATTED open."""
    ls = S.build_server()
    writer = Writer()
    ls.protocol.set_writer(writer)
    uri = (tmp_path / "Dockerfile").as_uri()
    for message in (
            {"jsonrpc": "2.0", "id": 0, "method": "initialize",
             "params": {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}},
            {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "dockerfile", "version": 1, "text": UNFORMATTED}}}):
        hot.general(ls, json.dumps(message).encode())
    writer.sent.clear()
    for message in messages:
        receive(ls, message if isinstance(message, bytes) else json.dumps(message).encode())
    return writer.sent, ls.workspace.get_text_document(uri).source


def change(uri, version, *changes, **extra):
    return {"jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": {"textDocument": {"uri": uri, "version": version},
                       "contentChanges": list(changes)}, **extra}


def span(line, start, end_line, end):
    return {"start": {"line": line, "character": start},
            "end": {"line": end_line, "character": end}}


def formatting(uri, msg_id=7, **params):
    return {"jsonrpc": "2.0", "id": msg_id, "method": "textDocument/formatting",
            "params": {"textDocument": {"uri": uri}, "options": OPTIONS, **params}}


def range_formatting(uri, msg_id, selection, **params):
    message = formatting(uri, msg_id, **params)
    message["method"] = "textDocument/rangeFormatting"
    message["params"]["range"] = selection
    return message


def cases(uri):
    """Message sequences, each served from UNFORMATTED (version 1)."""
    return {
        "an incremental edit, then format": [
            change(uri, 2, {"range": span(6, 0, 6, 12), "text": "workdir   /srv"}),
            formatting(uri)],
        "edits with rangeLength and a whole text": [
            change(uri, 2, {"range": span(0, 0, 0, 4), "rangeLength": 4, "text": "FROM"},
                   {"text": UNFORMATTED + "expose 80\n"},
                   {"range": span(7, 0, 7, 0), "text": "user 1\n"}),
            formatting(uri, "a string id", workDoneToken="token")],
        "range formatting": [
            change(uri, 2, {"range": span(6, 0, 6, 12), "text": "workdir   /srv"}),
            range_formatting(uri, 30, span(4, 0, 7, 0)),
            range_formatting(uri, 31, span(0, 0, 0, 0), workDoneToken=5),
            range_formatting(uri, 32, {"start": {"line": 0, "character": 0}}),
            range_formatting(uri, 33, span(0, 0, 1, True))],
        "format options with every flag": [
            formatting(uri, 8, options={**OPTIONS, "trimTrailingWhitespace": True,
                                        "insertFinalNewline": False,
                                        "trimFinalNewlines": True})],
        "a document never opened": [
            change((uri[:-1] + "X"), 2, {"text": "FROM a\n"}),
            formatting(uri[:-1] + "Y")],
        "odd but valid shapes (pygls converts them)": [
            change(uri, True, {"text": "from a\n"}),
            change(uri, 3.0, {"range": span(0, 0, 0, 1.0), "text": "F"}),
            formatting(uri, 9, options={"tabSize": True, "insertSpaces": True}),
            formatting(uri, 10, options={**OPTIONS, "custom": "x"}),
            change(uri, 4, {"text": "FROM b\n", "extra": 1}),
            json.dumps(change(uri, 5, {"text": "FROM e\n"})).replace(
                "textDocument/didChange", "textDocument\\/didChange").encode()],
        "params that do not fit": [
            formatting(uri, 11, options={"tabSize": 4}),
            {"jsonrpc": "2.0", "id": 12, "method": "textDocument/formatting",
             "params": {"bogus": True}},
            {"jsonrpc": "2.0", "id": 13, "method": "textDocument/formatting"},
            formatting(uri, 14, options={"tabSize": -1, "insertSpaces": True}),
            change(uri, 2, {"range": span(-1, 0, 0, 0), "text": "x"}),
            change(uri, 2, {"range": {"start": {"line": 0}}, "text": "x"})],
        "other methods, batches, garbage": [
            {"jsonrpc": "2.0", "id": 15, "method": "dtranspile/nothing", "params": {}},
            [formatting(uri, 16)],
            b"{garbage!", b"[]", b"\xff\xfe", b"[" * 100_000,
            {"jsonrpc": "1.0", "id": 17, "method": "textDocument/formatting",
             "params": formatting(uri)["params"]},
            {**formatting(uri, 18), "error": {"code": 1, "message": "m"}},
            {**formatting(uri, [19])},
            change(uri, 2, {"text": "FROM c\n"}, id=20),
            {"jsonrpc": "2.0", "method": ["textDocument/formatting"]},
            {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 7}},
            formatting(uri, 21)],
        "after shutdown": [
            {"jsonrpc": "2.0", "id": 22, "method": "shutdown"},
            change(uri, 2, {"text": "FROM d\n"}),
            formatting(uri, 23)],
    }


@pytest.mark.parametrize("name", list(cases("file:///x")))
def test_the_lean_path_answers_what_pygls_answers(tmp_path, name):
    messages = cases((tmp_path / "Dockerfile").as_uri())[name]
    lean = served(tmp_path, messages, hot.receive)
    general = served(tmp_path, messages, hot.general)
    assert lean == general


def test_the_lean_path_takes_the_plain_messages(tmp_path, monkeypatch):
    """The messages of an editor's format-on-save do not reach pygls' reading."""
    uri = (tmp_path / "Dockerfile").as_uri()
    messages = cases(uri)["an incremental edit, then format"] + [
        range_formatting(uri, 8, span(4, 0, 6, 0))]
    calls = []
    general = hot.general

    def receive(ls, body):
        monkeypatch.setattr(hot, "general", lambda ls, body: calls.append(body))
        try:
            hot.receive(ls, body)
        finally:
            monkeypatch.setattr(hot, "general", general)

    sent, text = served(tmp_path, messages, receive)
    assert calls == []
    edited = UNFORMATTED.replace("workdir /app", "workdir   /srv")
    assert text == edited
    answers = [m for m in sent if "id" in m]
    assert [m["id"] for m in answers] == [7, 8]
    assert apply_edits(edited, answers[0]["result"]) == transpiler.format(edited)
    assert answers[1]["result"]
    assert all(4 <= e["range"]["start"]["line"] < 6 for e in answers[1]["result"])


def test_other_messages_are_parsed_by_pygls_only(tmp_path, monkeypatch):
    read = []
    monkeypatch.setattr(hot, "_read", lambda ls, body: read.append(body))
    uri = (tmp_path / "Other").as_uri()
    served(tmp_path, [{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "dockerfile", "version": 1,
                         "text": "FROM a\n" * 1000}}}], hot.receive)
    assert read == []


def test_a_request_whose_handler_raises_gets_an_internal_error(tmp_path, monkeypatch):
    def boom(ls, params):
        raise RuntimeError("boom")

    monkeypatch.setattr(hot, "_feature", lambda ls, method: lambda params: boom(ls, params))
    sent, _ = served(tmp_path, [formatting((tmp_path / "Dockerfile").as_uri())], hot.receive)
    assert sent[-1]["id"] == 7 and sent[-1]["error"]["code"] == -32603


# ------------------------------------------------------------ diagnostics come after

def test_diagnostics_wait_for_a_message_that_arrived_during_the_parse(tmp_path):
    """The edit's text is parsed at once (the format request wants the tree too), but
    its diagnostics go out only once no message is waiting to be read."""
    import asyncio

    ls = S.build_server()
    writer = Writer()
    ls.protocol.set_writer(writer)
    uri = (tmp_path / "Dockerfile").as_uri()
    hot.general(ls, json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}}).encode())
    ls.workspace.put_text_document(S.types.TextDocumentItem(
        uri=uri, language_id="dockerfile", version=1, text=UNFORMATTED))
    writer.sent.clear()
    waiting = [True, True]
    ls.input_waiting = lambda: bool(waiting and waiting.pop())

    async def edit_then_idle():
        S.publish_soon(ls, uri, 1)
        for _ in range(2):
            await asyncio.sleep(0)
            assert ls.parsed[uri][0] == UNFORMATTED and writer.sent == []
        await asyncio.sleep(0)

    asyncio.run(edit_then_idle())
    assert [(m["method"], m["params"]["version"]) for m in writer.sent] == [
        ("textDocument/publishDiagnostics", 1)]


def test_edit_and_format_cycles_through_the_process(tmp_path):
    """An edit, then the format request a moment later (two writes, as an editor sends
    them), again and again: every answer is the formatted text of its version; the
    diagnostics published are of increasing versions, the last one's among them (a
    version whose successor came before they went out is skipped)."""
    client = LspClient(cwd=str(tmp_path))
    try:
        client.initialize(tmp_path.as_uri())
        (tmp_path / ".git").mkdir()
        uri = (tmp_path / "Dockerfile").as_uri()
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "dockerfile", "version": 1, "text": UNFORMATTED}})
        text = UNFORMATTED
        for version in range(2, 12):
            new_line = f"workdir /v{version}"
            old_line = text.splitlines()[6]
            client.send(change(uri, version, {"range": span(6, 0, 6, len(old_line)),
                                              "text": new_line}))
            text = text.replace(old_line, new_line)
            reply = client.request("textDocument/formatting",
                                   {"textDocument": {"uri": uri}, "options": OPTIONS})
            assert apply_edits(text, reply["result"]) == transpiler.format(text)
        client.notification("textDocument/publishDiagnostics",
                            lambda p: p.get("version") == 11)
        client.request("shutdown")
        versions = [m["params"]["version"] for m in client._notifications
                    if m.get("method") == "textDocument/publishDiagnostics"] + [11]
        assert versions == sorted(set(versions))
    finally:
        client.close()


def test_one_write_with_edits_requests_a_cancel_and_garbage(tmp_path):
    """What an editor may send in one go, through the real process: an edit, a format
    request and its cancellation (too late: it is answered), an unknown method (an
    error answer), a batch and broken JSON (logged, no answer), another request."""
    client = LspClient(cwd=str(tmp_path))
    try:
        client.initialize(tmp_path.as_uri())
        (tmp_path / ".git").mkdir()
        uri = (tmp_path / "Dockerfile").as_uri()
        edited = UNFORMATTED.replace("workdir /app", "workdir   /srv")
        messages = [
            {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "dockerfile", "version": 1, "text": UNFORMATTED}}},
            change(uri, 2, {"range": span(6, 0, 6, 12), "text": "workdir   /srv"}),
            formatting(uri, 1),
            {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 1}},
            {"jsonrpc": "2.0", "id": 2, "method": "dtranspile/nothing", "params": {}},
            [formatting(uri, 3)],
        ]
        client.send_raw(b"".join(frame(m) for m in messages)
                        + b"Content-Length: 9\r\n\r\n{garbage!" + frame(formatting(uri, 4)))
        first, unknown, last = client.response(1), client.response(2), client.response(4)
        assert apply_edits(edited, first["result"]) == transpiler.format(edited)
        assert unknown["error"]["code"] == -32601
        assert last["result"] == first["result"]
        assert client.shutdown() == 0
        assert 3 not in client._responses
    finally:
        client.close()
