"""Text -> syntax tree: pre-lexer (line assembly), Lark grammar (instructions), builder."""

from .build import parse_dockerfile

__all__ = ["parse_dockerfile"]
