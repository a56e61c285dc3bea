"""How the server reads its input: from a pipe in the event loop itself (what editors
give it), from anything else through pygls' own reader; both must serve the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

pytest.importorskip("pygls", reason="the language server needs the 'lsp' extra (pygls)")

sys.path.insert(0, os.path.dirname(__file__))
from lsp_client import LspClient, server_env  # noqa: E402

from test_lsp import OPTIONS, UNFORMATTED, apply_edits  # noqa: E402

import transpiler  # noqa: E402


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def session(uri: str) -> bytes:
    return b"".join(frame(m) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "dockerfile", "version": 1, "text": UNFORMATTED}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/formatting",
         "params": {"textDocument": {"uri": uri}, "options": OPTIONS}},
        {"jsonrpc": "2.0", "id": 3, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ])


def replies(out: bytes) -> dict:
    found = {}
    while out:
        head, _, rest = out.partition(b"\r\n\r\n")
        length = int(head.split(b"\r\n")[0].split(b":")[1])
        message = json.loads(rest[:length])
        if "id" in message:
            found[message["id"]] = message
        out = rest[length:]
    return found


def test_a_regular_file_as_stdin_is_read_by_pygls(tmp_path):
    script = tmp_path / "session.bin"
    uri = (tmp_path / "Dockerfile").as_uri()
    script.write_bytes(session(uri))
    with open(script, "rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "transpiler", "--lsp"], stdin=stdin,
                              capture_output=True, timeout=60, cwd=tmp_path, env=server_env())
    assert proc.returncode == 0, proc.stderr
    got = replies(proc.stdout)
    assert apply_edits(UNFORMATTED, got[2]["result"]) == transpiler.format(UNFORMATTED)
    assert got[3]["result"] is None


def test_messages_cut_anywhere_on_a_pipe_are_put_together(tmp_path):
    client = LspClient(cwd=str(tmp_path))
    try:
        data = session((tmp_path / "Dockerfile").as_uri())
        # a piece at a time, cutting headers and bodies at odd places
        for start in range(0, len(data), 7):
            client.send_raw(data[start:start + 7])
            if start % 70 == 0:
                time.sleep(0.001)
        assert client.proc.wait(60) == 0
        result = client.response(2)["result"]
        assert apply_edits(UNFORMATTED, result) == transpiler.format(UNFORMATTED)
    finally:
        client.close()


def test_input_ending_inside_a_message_ends_the_server_quietly():
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--lsp"],
                          input=b'Content-Length: 50\r\n\r\n{"jsonrpc"', capture_output=True,
                          timeout=60)
    assert proc.returncode == 0


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")
def test_a_pipe_is_read_without_a_reader_thread(tmp_path):
    """Editors give the server pipes: the event loop reads them itself, so no message
    waits for a hand-off from a reader thread (pygls' own reader uses one)."""
    client = LspClient(cwd=str(tmp_path))
    try:
        client.initialize()
        client.request("textDocument/formatting", {
            "textDocument": {"uri": (tmp_path / "Dockerfile").as_uri()}, "options": OPTIONS})
        assert len(os.listdir(f"/proc/{client.proc.pid}/task")) == 1
        assert client.shutdown() == 0
    finally:
        client.close()
