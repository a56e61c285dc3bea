"""The language server as an editor sees it: a subprocess spoken to in JSON-RPC over
stdio (tests/lsp_client.py frames the messages by hand)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the 'lsp' extra (pygls)")

sys.path.insert(0, os.path.dirname(__file__))
from lsp_client import LspClient  # noqa: E402

import transpiler  # noqa: E402
from transpiler.lsp import edits as E  # noqa: E402

SEED = """FROM golang:1.10.2-stretch

WORKDIR /go/src/github.com/ggicci/docker-example-server
COPY . .

RUN go install

LABEL \\
 me.ggicci.appdemo.image.created="2006-01-02T15:04:05+08:00" \\
 me.ggicci.appdemo.image.version="1.0.0"

# (and more)

WORKDIR /app
ENTRYPOINT [ "docker-example-server" ]
EXPOSE 8080
"""

UNFORMATTED = (
    "from alpine as base\n"
    "RUN apk add curl && \\\n"
    "  echo one\n"
    "# keep me\n"
    "run echo two && \\\n"
    "      echo three\n"
    "workdir /app\n"
)

OPTIONS = {"tabSize": 4, "insertSpaces": True}


def apply_edits(text: str, edits) -> str:
    return E.apply_text_edits(text, edits)


@pytest.fixture(scope="module")
def server():
    client = LspClient()
    result = client.initialize()
    assert "result" in result, result
    client.capabilities = result["result"]["capabilities"]
    yield client
    client.close()


def open_doc(client, path: Path, text: str, version: int = 1) -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "dockerfile", "version": version, "text": text}})
    return uri


def diagnostics_for(client, uri, version=None):
    return client.notification(
        "textDocument/publishDiagnostics",
        lambda p: p["uri"] == uri and (version is None or p.get("version") == version))


def test_initialize_advertises_formatting_ranges_and_code_actions(server):
    caps = server.capabilities
    assert caps["documentFormattingProvider"]
    assert caps["documentRangeFormattingProvider"]
    assert caps["codeActionProvider"]["codeActionKinds"] == ["refactor.rewrite"]


def test_diagnostics_for_a_parse_error_and_second_layer_problems(server, tmp_path):
    uri = open_doc(server, tmp_path / "Dockerfile", 'FROM a\nCMD ["x", 1]\n')
    found = diagnostics_for(server, uri)["diagnostics"]
    assert len(found) == 1
    assert found[0]["range"] == {"start": {"line": 1, "character": 4},
                                 "end": {"line": 1, "character": 12}}
    assert "arrays must be comprised of strings only" in found[0]["message"]
    assert found[0]["severity"] == 1 and found[0]["source"] == "dtranspile"

    # a whole-document change (allowed under incremental sync) re-publishes
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"text": "FROM a\nRUN --foo=1 echo hi\nCOPY a\n"}]})
    found = diagnostics_for(server, uri, version=2)["diagnostics"]
    by_code = {d["code"]: d for d in found}
    assert by_code["unknown-flag"]["range"]["start"] == {"line": 1, "character": 4}
    assert by_code["unknown-flag"]["message"] == "unknown flag: --foo"
    assert by_code["arg-count"]["range"] == {"start": {"line": 2, "character": 0},
                                            "end": {"line": 2, "character": 6}}

    # an incremental edit that fixes line 3
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 3},
        "contentChanges": [{"range": {"start": {"line": 2, "character": 6},
                                      "end": {"line": 2, "character": 6}}, "text": " /b"}]})
    found = diagnostics_for(server, uri, version=3)["diagnostics"]
    assert [d["code"] for d in found] == ["unknown-flag"]


def test_formatting_returns_minimal_edits_that_give_the_formatted_text(server, tmp_path):
    uri = open_doc(server, tmp_path / "Dockerfile", UNFORMATTED)
    diagnostics_for(server, uri)
    reply = server.request("textDocument/formatting",
                           {"textDocument": {"uri": uri}, "options": OPTIONS})
    edits = reply["result"]
    assert apply_edits(UNFORMATTED, edits) == transpiler.format(UNFORMATTED)
    touched = set()
    for e in edits:
        touched.update(range(e["range"]["start"]["line"], e["range"]["end"]["line"]))
    assert 3 not in touched  # the comment line is not re-sent


def test_range_formatting_touches_only_the_selected_instructions(server, tmp_path):
    uri = open_doc(server, tmp_path / "Dockerfile", UNFORMATTED)
    diagnostics_for(server, uri)
    # select the second RUN (lines 4-5), whole lines
    reply = server.request("textDocument/rangeFormatting", {
        "textDocument": {"uri": uri}, "options": OPTIONS,
        "range": {"start": {"line": 4, "character": 0}, "end": {"line": 6, "character": 0}}})
    edits = reply["result"]
    assert edits and all(4 <= e["range"]["start"]["line"] and e["range"]["end"]["line"] <= 6
                         for e in edits)
    result = apply_edits(UNFORMATTED, edits)
    assert result.splitlines()[:4] == UNFORMATTED.splitlines()[:4]
    assert result.splitlines()[4:6] == ["RUN echo two \\", "    && echo three"]
    assert result.splitlines()[6] == "workdir /app"


def test_code_action_converts_to_multi_stage_and_declines_stay_silent(server, tmp_path):
    uri = open_doc(server, tmp_path / "Dockerfile", SEED)
    diagnostics_for(server, uri)
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    reply = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}})
    actions = reply["result"]
    assert [a["title"] for a in actions] == ["Convert to multi-stage build"]
    assert actions[0]["kind"] == "refactor.rewrite"
    new = apply_edits(SEED, actions[0]["edit"]["changes"][uri])
    assert new == transpiler.transpile(SEED).output
    assert new.count("FROM ") == 2

    # only quick fixes asked for: no rewrite offered
    reply = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": whole,
        "context": {"diagnostics": [], "only": ["quickfix"]}})
    assert reply["result"] == []

    declined = open_doc(server, tmp_path / "Other.Dockerfile", "FROM alpine\nRUN echo hi\n")
    diagnostics_for(server, declined)
    reply = server.request("textDocument/codeAction", {
        "textDocument": {"uri": declined}, "range": whole, "context": {"diagnostics": []}})
    assert reply["result"] == []


def test_project_configuration_applies_to_formatting(server, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.dtranspile]\nindent = 2\n')
    (tmp_path / "svc").mkdir()
    uri = open_doc(server, tmp_path / "svc" / "Dockerfile", UNFORMATTED)
    diagnostics_for(server, uri)
    reply = server.request("textDocument/formatting",
                           {"textDocument": {"uri": uri}, "options": OPTIONS})
    assert apply_edits(UNFORMATTED, reply["result"]) == transpiler.format(UNFORMATTED,
                                                                          indent="  ")


def test_malformed_messages_and_garbage_documents_never_kill_the_server(server, tmp_path):
    # not JSON at all, then JSON that is no JSON-RPC message
    server.send_raw(b"Content-Length: 9\r\n\r\n{garbage!")
    server.send_raw(b'Content-Length: 2\r\n\r\n[]')
    # a request whose params do not fit: an error answer, not silence
    reply = server.request("textDocument/formatting", {"bogus": True}, timeout=10)
    assert reply["error"]["code"] == -32602
    # an unknown method
    reply = server.request("dtranspile/nothing", {})
    assert "error" in reply
    # formatting a document that was never opened and does not exist
    reply = server.request("textDocument/formatting", {
        "textDocument": {"uri": (tmp_path / "missing" / "Dockerfile").as_uri()},
        "options": OPTIONS})
    assert reply.get("result") is None
    garbage = [
        "\x00\x01\x02 binary \xff\xfe",
        "FROM a\nRUN <<EOF\nnever closed\n",
        "RUN " + "\\" * 5000 + "\n",
        "FROM a\n" + "x" * 200_000,
        "\ufeff\u202e\U0001f600 FROM\r\rRUN\r\n",
        "# escape=`\nFROM a\nRUN a `\n`\n",
    ]
    for i, text in enumerate(garbage):
        uri = open_doc(server, tmp_path / f"g{i}.Dockerfile", text)
        diagnostics_for(server, uri)
        for method, extra in (("textDocument/formatting", {}),
                              ("textDocument/rangeFormatting",
                               {"range": {"start": {"line": 0, "character": 0},
                                          "end": {"line": 3, "character": 0}}}),
                              ("textDocument/codeAction",
                               {"range": {"start": {"line": 0, "character": 0},
                                          "end": {"line": 0, "character": 0}},
                                "context": {"diagnostics": []}})):
            params = {"textDocument": {"uri": uri}, "options": OPTIONS, **extra}
            if method.endswith("codeAction"):
                params.pop("options")
            reply = server.request(method, params)
            assert "result" in reply, (text[:40], method, reply)
    # still alive and well
    uri = open_doc(server, tmp_path / "Dockerfile.after", UNFORMATTED)
    assert diagnostics_for(server, uri)["diagnostics"] == []
    assert server.proc.poll() is None


def test_shutdown_and_exit_end_the_process_cleanly():
    client = LspClient()
    try:
        client.initialize()
        assert client.shutdown() == 0
    finally:
        client.close()


def test_missing_pygls_is_a_clear_error(tmp_path):
    """Without the 'lsp' extra, --lsp says what to install (exit 2), no traceback."""
    import subprocess

    blocker = tmp_path / "pygls"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('pygls blocked for the test')\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--lsp"], input=b"",
                          capture_output=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert b"pip install 'dtranspile[lsp]'" in proc.stderr
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("odd", ["\f", "\v", "\x1c", "\x85", "\u2028"])
def test_incremental_edits_count_lines_as_lsp_does(server, tmp_path, odd):
    """LSP breaks lines at \\n, \\r\\n and \\r only; ``str.splitlines`` (pygls' own
    document lines) also at form feeds, vertical tabs, U+0085, U+2028 ...  BuildKit
    reads a form feed as a blank between words, so a Dockerfile may hold one: an edit
    below it must land on the line the editor means."""
    text = f"FROM a\nRUN echo{odd}hi\nrun echo two\n"  # the format changes line 2
    uri = open_doc(server, tmp_path / "Dockerfile", text)
    diagnostics_for(server, uri)
    # the editor turns "two" (line 2, characters 9-12) into "three"
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 2, "character": 9},
                                      "end": {"line": 2, "character": 12}}, "text": "three"}]})
    diagnostics_for(server, uri, version=2)
    expected = f"FROM a\nRUN echo{odd}hi\nrun echo three\n"
    reply = server.request("textDocument/formatting",
                           {"textDocument": {"uri": uri}, "options": OPTIONS})
    assert apply_edits(expected, reply["result"]) == transpiler.format(expected) \
        == f"FROM a\nRUN echo{odd}hi\nRUN echo three\n"
