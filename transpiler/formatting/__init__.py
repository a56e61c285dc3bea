"""Format-on-save: ``api.format`` prints a tree canonically (``printer/``) and proves
the result means what the input meant (``safety``); ``eol`` keeps line endings."""
