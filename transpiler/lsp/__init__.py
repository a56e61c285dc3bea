"""``dtranspile --lsp``: a language server on stdio (document and range formatting,
diagnostics, and the "Convert to multi-stage build" code action).

pygls is an optional dependency (``pip install 'dtranspile[lsp]'``) and is imported
only here, when the server starts, so the formatter CLI never pays for it.
"""

from __future__ import annotations

import sys


def serve() -> int:
    """Run the server until the client says exit; the process exit code."""
    try:
        from .server import build_server
    except ImportError as exc:  # pygls or lsprotocol missing
        sys.stderr.write(f"dtranspile --lsp needs pygls ({exc}); "
                         "install it with: pip install 'dtranspile[lsp]'\n")
        return 2
    server = build_server()
    server.start_io()
    return 0
