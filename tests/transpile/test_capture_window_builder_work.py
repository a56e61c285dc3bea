"""A RUN after the first captured one that classify takes for build work (its programs are
echo, rm) but that writes outside what the runner copies (93d546d6: `echo "daemon off;" >>
/etc/nginx/nginx.conf` after the captured spacy download): its change reaches the runner
with the captured files, and the explain says so instead of "only build work or cleanup"."""
import re
from pathlib import Path

from transpiler import transpile

CASE = Path(__file__).resolve().parent.parent / "cases" / "transpile" / \
    "python-capture-window-etc-append-explained.Dockerfile"


def test_the_append_is_explained_as_captured():
    result = transpile(CASE.read_text())
    assert not result.report.declined, result.report.reason
    text = result.report.render()
    assert "RUN at line 13: it writes /etc/nginx/nginx.conf, which the runner does not copy " \
        "from the builder (after a captured RUN: captured with it)" in text
    line = next(t for t in text.splitlines() if t.strip().startswith("line 13 "))
    assert "only build work or cleanup" not in line
    assert "inside the capture window" in line
    # (the output is the capture's: the runner copies the captured files after nginx)
    runner = result.output.split("\nFROM ", 2)[-1]
    # (gcc's libgomp1 and libatomic1 come first in the install: apt_gcc_runtime)
    assert re.search(r"apt-get install -y --no-install-recommends [^&]*\bnginx\b",
                     runner).start() < \
        runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /")


def test_cleanup_inside_the_window_is_still_build_work():
    text = CASE.read_text().replace('RUN echo "daemon off;" >> /etc/nginx/nginx.conf',
                                    "RUN rm -rf /srv/app/tests")
    result = transpile(text)
    line = next(t for t in result.report.render().splitlines()
                if t.strip().startswith("line 13 "))
    assert "inside the capture window" not in line, line
