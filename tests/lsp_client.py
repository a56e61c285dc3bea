"""A tiny JSON-RPC client for the language server tests and bench/lsp_format.py.

It speaks LSP's base protocol by hand (``Content-Length`` framing over the server's
stdin/stdout), so the tests check the bytes an editor would see, not pygls' view of
them.  A reader thread files each incoming message: responses by id, notifications in
arrival order.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from typing import Any, Callable, Dict, List, Optional


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def server_env() -> dict:
    """The environment for a server process started from any folder: this checkout's
    ``transpiler`` first on the path, so that the server tested is the tree's, not
    whatever package of that name is installed."""
    path = os.environ.get("PYTHONPATH")
    return dict(os.environ, PYTHONPATH=ROOT + (os.pathsep + path if path else ""))


class LspClient:
    def __init__(self, cmd: Optional[List[str]] = None, cwd: Optional[str] = None,
                 env: Optional[dict] = None):
        cmd = cmd or [sys.executable, "-m", "transpiler", "--lsp"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd,
                                     env=server_env() if env is None else env)
        self._next_id = 0
        self._responses: Dict[Any, dict] = {}
        self._notifications: List[dict] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.stderr_lines: "queue.Queue[bytes]" = queue.Queue()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # ------------------------------------------------------------------ transport
    def _drain_stderr(self) -> None:
        for line in self.proc.stderr:
            self.stderr_lines.put(line)

    def _read_loop(self) -> None:
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            message = json.loads(body.decode("utf-8"))
            with self._cond:
                if "id" in message and "method" not in message:
                    self._responses[message["id"]] = message
                else:
                    self._notifications.append(message)
                self._cond.notify_all()

    def send_raw(self, payload: bytes) -> None:
        self.proc.stdin.write(payload)
        self.proc.stdin.flush()

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    # ------------------------------------------------------------------ messages
    def notify(self, method: str, params: Any = None) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request_async(self, method: str, params: Any = None) -> int:
        self._next_id += 1
        self.send({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params})
        return self._next_id

    def response(self, msg_id, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while msg_id not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None and msg_id not in self._responses:
                    raise TimeoutError(f"no response to request {msg_id} "
                                       f"(server exit code {self.proc.poll()})")
                self._cond.wait(min(left, 0.5))
            return self._responses.pop(msg_id)

    def request(self, method: str, params: Any = None, timeout: float = 30.0) -> dict:
        return self.response(self.request_async(method, params), timeout)

    def notification(self, method: str, where: Callable[[dict], bool] = lambda p: True,
                     timeout: float = 30.0) -> dict:
        """The first not yet taken notification ``method`` whose params satisfy ``where``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for i, message in enumerate(self._notifications):
                    if message.get("method") == method and where(message.get("params")):
                        return self._notifications.pop(i)["params"]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {method} notification")
                self._cond.wait(min(left, 0.5))

    # ------------------------------------------------------------------ lifecycle
    def initialize(self, root_uri: Optional[str] = None) -> dict:
        result = self.request("initialize", {"processId": None, "rootUri": root_uri,
                                             "capabilities": {}})
        self.notify("initialized", {})
        return result

    def shutdown(self, timeout: float = 30.0) -> int:
        self.request("shutdown")
        self.notify("exit")
        try:
            return self.proc.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
