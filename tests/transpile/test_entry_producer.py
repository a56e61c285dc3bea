"""A command whose program no build output the recipe reads is: the decline names what
put the file there (``entry_producer``), one case per kind, instead of "which no
recognised build step produces"."""

import pathlib

import pytest

import transpiler
from transpiler.multistage.entry_producer import _origin

CASES = pathlib.Path(__file__).resolve().parent.parent / "cases" / "transpile"


@pytest.mark.parametrize("case, says", [
    ("decline_entry-script-moved-from-context-directory",
     "CMD at line 8 runs `/run.sh`, which the RUN at line 7 copies there (`cp`) from "
     "/src/docker/run.sh: a file in the directory the COPY at line 5 fills from the build "
     "context (as docker/run.sh there, if the context holds it), which was not given"),
    ("decline_entry-file-of-context-or-make",
     "CMD at line 7 runs `src/kids`, a file in the directory the COPY at line 5 fills from "
     "the build context (as src/kids there, if the context holds it), or one `make` (the "
     "RUN at line 6) writes there"),
    ("decline_entry-program-of-cloned-tree",
     "CMD at line 7 runs `/opt/tools/bin/serve`, a file of the source tree the RUN at line 6 "
     "clones (`git clone https://github.com/example/tools.git`)"),
    ("decline_entry-program-of-unpacked-archive",
     "CMD at line 8 runs `/spark/bin/spark-shell`, which may come from an archive the RUN at "
     "line 7 unpacks into /spark (`tar`)"),
    ("decline_entry-make-output-copied-elsewhere",
     "CMD at line 10 runs `relay`, which the RUN at line 9 copies there (`cp`) from "
     "/build/bin/relay: a file `make` (the RUN at line 9) may write in /build"),
    ("decline_entry-pip-console-script-beside-go-build",
     "CMD at line 9 runs `/usr/bin/supervisord`, a program of the Python package "
     "supervisor, which the RUN at line 4 installs with `pip`"),
    ("decline_entry-package-program-configured-in-builder",
     "`nginx` is the program of a package the runner installs again, and COPY at line 5 "
     "puts a file at /etc/nginx/nginx.conf in the builder"),
    ("decline_entry-file-no-instruction-writes",
     "CMD at line 8 runs `/io/dev/build-wheels.sh`, which no instruction of the Dockerfile "
     "writes: a file of the base image golang:1.21-bookworm or of a volume or bind mount"),
    ("decline_entry-exec-word-with-space",
     "CMD at line 7 runs `echo done`: an exec-form word holding a space names a program of "
     "that whole name"),
    ("decline_entry-name-no-instruction-installs",
     "ENTRYPOINT at line 7 runs `service`, which no instruction of the Dockerfile installs "
     "by that name: a program of the base image golang:1.21-bookworm"),
    ("decline_entry-script-written-by-run-on-other-runner",
     "ENTRYPOINT at line 10 runs `/opt/elastalert/run.sh`, a file the RUN at line 5 writes "
     "(a redirection into /opt/elastalert/run.sh)"),
])
def test_decline_names_what_wrote_the_program(case, says):
    result = transpiler.transpile((CASES / f"{case}.Dockerfile").read_text())
    assert result.report.declined
    assert says in result.report.reason, result.report.reason


def test_a_core_program_alone_is_the_runners_own():
    """``CMD cp /app/dist/*.AppImage /dist``: cp is every shell image's, tested in the
    runner at build time; the files it copies are in the app directory the runner gets."""
    result = transpiler.transpile(
        (CASES / "entry-core-program-copies-build-output.Dockerfile").read_text())
    assert not result.report.declined, result.report.reason
    assert "RUN command -v cp >/dev/null" in result.output


def test_origin_of_a_copy():
    """Where a cp/mv/ln took the path from: a file target, a directory target, a file in
    a directory copied there, a glob into a directory; None for anything else."""
    assert _origin("/bin/app", "/src/build/app", "/bin", False) == "/src/build/app"
    assert _origin("/bin/app", "/src/build/app", "/bin/app", False) == "/src/build/app"
    assert _origin("/public/css/a.css", "/src/public", "/", False) == "/src/public/css/a.css"
    assert _origin("/usr/local/bin/miner", "/b/bin/*", "/usr/local/bin/", True) == "/b/bin/miner"
    assert _origin("/usr/local/bin/miner", "/b/bin/x*", "/usr/local/bin/", True) is None
    # `mv build/bin/kontinuous-cli /bin` does not put /bin/kontinuous there
    assert _origin("/bin/kontinuous", "/src/build/bin/kontinuous-cli", "/bin", False) is None
