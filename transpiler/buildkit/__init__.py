"""Models of what BuildKit does after parsing: its second-layer checks
(``diagnostics``), the instruction sequence it dispatches (``semantics``) and its shell
word lexer (``shellword``)."""
