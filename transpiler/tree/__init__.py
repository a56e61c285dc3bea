"""The syntax tree: typed frozen nodes with spans (``ast``), the record machinery they
are built on (``records``), walkers (``visit``), JSON output (``ast_json``) and the
errors that carry positions (``errors``)."""
