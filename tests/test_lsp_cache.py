"""What the language server computes once and reuses: the parse made for the
diagnostics serves the format request that follows; a repeated format request on an
unchanged document (and unchanged settings) is not formatted again; any change of the
text or of the project configuration is.  Checked by counting parses in process, and
through the real server for staleness."""

from __future__ import annotations

import os
import sys

import pytest

pytest.importorskip("pygls", reason="the language server needs the 'lsp' extra (pygls)")

from lsprotocol import types  # noqa: E402
from pygls.workspace import Workspace  # noqa: E402

import transpiler  # noqa: E402
from transpiler.lsp import server as S  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from lsp_client import LspClient, server_env  # noqa: E402
from test_lsp import OPTIONS, UNFORMATTED, apply_edits, diagnostics_for, open_doc  # noqa: E402


class Recorder:
    """A server whose workspace is set up directly and whose notifications are kept."""

    def __init__(self, tmp_path):
        self.ls = S.build_server()
        self.ls.protocol._workspace = Workspace(tmp_path.as_uri())
        self.sent = []
        self.ls.text_document_publish_diagnostics = self.sent.append
        self.uri = (tmp_path / "Dockerfile").as_uri()
        (tmp_path / ".git").mkdir()

    def open(self, text, version=1):
        self.ls.workspace.put_text_document(types.TextDocumentItem(
            uri=self.uri, language_id="dockerfile", version=version, text=text))
        S.publish(self.ls, self.uri, version)

    def change(self, text, version):
        self.ls.workspace.update_text_document(
            types.VersionedTextDocumentIdentifier(uri=self.uri, version=version),
            types.TextDocumentContentChangeWholeDocument(text=text))
        S.publish(self.ls, self.uri, version)

    def format(self):
        return S._format_edits(self.ls, self.uri, None)


def _as_json(edits):
    """lsprotocol TextEdits in their JSON form."""
    return [{"range": {"start": {"line": e.range.start.line, "character": e.range.start.character},
                       "end": {"line": e.range.end.line, "character": e.range.end.character}},
             "newText": e.new_text} for e in edits]


@pytest.fixture
def parses(monkeypatch):
    """The texts transpiler.parse is called on (what the server parses)."""
    seen = []
    real = transpiler.parse

    def counting(text, **kw):
        seen.append(text)
        return real(text, **kw)

    monkeypatch.setattr(transpiler, "parse", counting)
    return seen


def test_the_diagnostics_parse_serves_the_format_request(tmp_path, parses):
    new = transpiler.format(UNFORMATTED)
    rec = Recorder(tmp_path)
    parses.clear()
    rec.open(UNFORMATTED)
    assert parses == [UNFORMATTED]
    assert rec.format()
    # the input was parsed once (the safety check may parse the output, its own way)
    assert [text for text in parses if text != new] == [UNFORMATTED]


def test_a_repeated_format_request_is_not_formatted_again(tmp_path, parses, monkeypatch):
    rec = Recorder(tmp_path)
    rec.open(UNFORMATTED)
    first = rec.format()
    calls = []
    real = S.formatted
    monkeypatch.setattr(S, "formatted", lambda *a: calls.append(a) or real(*a))
    before = len(parses)
    assert rec.format() == first
    assert calls == [] and len(parses) == before


def test_an_edit_is_formatted_afresh(tmp_path, parses):
    rec = Recorder(tmp_path)
    rec.open(UNFORMATTED)
    rec.format()
    formatted_text = transpiler.format(UNFORMATTED)
    parses.clear()
    rec.change(formatted_text, 2)
    assert rec.format() == []  # already formatted: no check, no second parse
    assert parses == [formatted_text]  # the diagnostics' parse, made on the change
    edited = formatted_text.replace("WORKDIR /app", "workdir   /srv")
    rec.change(edited, 3)
    edits = rec.format()
    assert apply_edits(edited, _as_json(edits)) == transpiler.format(edited)


def test_an_edit_formats_only_the_instructions_it_touched(tmp_path, monkeypatch):
    from transpiler.formatting.printer import format_file

    rec = Recorder(tmp_path)
    formatted_text = transpiler.format(UNFORMATTED)
    rec.open(formatted_text)
    assert rec.format() == []
    edited = formatted_text.replace("WORKDIR /app", "workdir   /srv")
    expected = transpiler.format(edited)
    seen = []
    real = format_file.format_instruction
    monkeypatch.setattr(format_file, "format_instruction",
                        lambda node, style: seen.append(node.raw) or real(node, style))
    rec.change(edited, 2)
    edits = rec.format()
    assert apply_edits(edited, _as_json(edits)) == expected
    # the edited line, and its formatted form in the safety check's re-parse
    assert seen == ["workdir   /srv\n", "WORKDIR /srv\n"]


def test_parse_errors_are_reported_and_not_formatted(tmp_path, parses):
    rec = Recorder(tmp_path)
    bad = "FROM a\nRUN <<EOF\nnever closed\n"
    rec.open(bad)
    assert rec.sent[-1].diagnostics[0].code == "parse-error"
    assert rec.format() is None and rec.format() is None
    assert parses == [bad]


def test_closing_a_document_forgets_it(tmp_path):
    rec = Recorder(tmp_path)
    rec.open(UNFORMATTED)
    rec.format()
    assert rec.uri in rec.ls.parsed and rec.uri in rec.ls.formats
    rec.ls.forget(rec.uri)
    assert rec.uri not in rec.ls.parsed and rec.uri not in rec.ls.formats


def test_no_stale_answers_through_the_server(tmp_path):
    """Edits, then a change of the project configuration, each give a fresh answer."""
    client = LspClient(cwd=str(tmp_path))
    try:
        client.initialize(tmp_path.as_uri())
        (tmp_path / ".git").mkdir()
        uri = open_doc(client, tmp_path / "Dockerfile", UNFORMATTED)
        diagnostics_for(client, uri, 1)
        params = {"textDocument": {"uri": uri}, "options": OPTIONS}
        first = client.request("textDocument/formatting", params)["result"]
        assert client.request("textDocument/formatting", params)["result"] == first
        assert apply_edits(UNFORMATTED, first) == transpiler.format(UNFORMATTED)
        # an incremental edit: the answer follows the new text
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": {"line": 6, "character": 0},
                                          "end": {"line": 6, "character": 12}},
                                "text": "workdir   /srv"}]})
        edited = UNFORMATTED.replace("workdir /app", "workdir   /srv")
        result = client.request("textDocument/formatting", params)["result"]
        assert apply_edits(edited, result) == transpiler.format(edited)
        # the configuration changes on disk, the text does not
        (tmp_path / "pyproject.toml").write_text("[tool.dtranspile]\nindent = 2\n")
        result = client.request("textDocument/formatting", params)["result"]
        assert apply_edits(edited, result) == transpiler.format(edited, indent="  ")
        client.shutdown()
    finally:
        client.close()


def test_warm_up_leaves_nothing_to_load_for_the_first_request():
    """After ``initialized`` the first format request imports no module: the set-up
    cost is paid before the editor's first save, not during it."""
    import subprocess

    script = (
        "import sys\n"
        "from transpiler.lsp import server as S\n"
        "from transpiler.cli import config\n"
        "S.warm_up()\n"
        "before = set(sys.modules)\n"
        "import test_lsp as T\n"
        "after_import = set(sys.modules)\n"
        "for text in (T.UNFORMATTED, T.SEED):\n"
        "    new = S.formatted(text, config.Settings())\n"
        "    S.diagnostics(text)\n"
        "    S.E.document_edits(text, new)\n"
        "print(sorted(set(sys.modules) - after_import))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=os.path.dirname(__file__), env=server_env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_burst_of_edits_is_diagnosed_once_after_the_format_request(tmp_path):
    """Edits and a format request that arrive together (one pipe write): the request is
    answered for the last text, and only the last version's diagnostics are published."""
    import json

    client = LspClient(cwd=str(tmp_path))
    try:
        client.initialize(tmp_path.as_uri())
        uri = open_doc(client, tmp_path / "Dockerfile", UNFORMATTED)
        diagnostics_for(client, uri, 1)
        texts = [UNFORMATTED.replace("/app", f"/app{v}") for v in range(2, 7)]
        messages = [{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": v},
            "contentChanges": [{"text": text}]}} for v, text in enumerate(texts, start=2)]
        messages.append({"jsonrpc": "2.0", "id": 999, "method": "textDocument/formatting",
                         "params": {"textDocument": {"uri": uri}, "options": OPTIONS}})
        data = b""
        for message in messages:
            body = json.dumps(message).encode()
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        assert len(data) < 4096  # one atomic pipe write: the server reads it at once
        client.send_raw(data)
        result = client.response(999)["result"]
        assert apply_edits(texts[-1], result) == transpiler.format(texts[-1])
        diagnostics_for(client, uri, 6)
        client.request("shutdown")  # everything before it has been handled
        versions = [n["params"].get("version") for n in client._notifications
                    if n.get("method") == "textDocument/publishDiagnostics"]
        assert versions == []  # 2-5 never published (1 and 6 were taken above)
    finally:
        client.close()
