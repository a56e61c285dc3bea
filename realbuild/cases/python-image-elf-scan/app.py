"""Renders each argument as Markdown with the installed libcmark extension."""
import sys

import mdnative

for text in sys.argv[1:]:
    print(mdnative.to_html(text).strip())
print("cmark", mdnative.version())
