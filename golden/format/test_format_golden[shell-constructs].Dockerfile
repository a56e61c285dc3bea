FROM alpine
RUN set -e; for f in a b; do echo "$f"; done
RUN { echo a;   echo b; } > /out && (cd /tmp;  ls)
RUN case "$x" in a) echo a;; *) echo other;; esac
SHELL ["pwsh", "-Command"]
RUN Get-ChildItem   -Path C:\ | Where-Object { $_.Length -gt 0 }
RUN echo   "  spaced  "   'kept'
