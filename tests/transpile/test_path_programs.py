"""path_programs: the runner's test of the programs carried from the builder, run here
with /bin/sh on this host's files: an ELF whose libraries resolve and a script whose
interpreter is here pass; a missing library or interpreter fails (the build, there)."""

import os
import shutil
import subprocess

import pytest

from transpiler.multistage.path_programs import check_text, programs_run, hand_placed


def _check(*paths):
    return subprocess.run(["sh", "-c", check_text(paths)], capture_output=True, text=True)


def _script(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    path.chmod(0o755)
    return str(path)


def test_dynamic_program_with_its_libraries_passes():
    assert _check(shutil.which("ls")).returncode == 0


def test_scripts_with_their_interpreter_pass(tmp_path):
    sh = _script(tmp_path, "a", "#!/bin/sh\necho a\n")
    env = _script(tmp_path, "b", "#!/usr/bin/env sh\necho b\n")
    spaced = _script(tmp_path, "s", "#! /bin/sh -e\necho s\n")
    assert _check(sh, env, spaced).returncode == 0


def test_script_without_its_interpreter_fails(tmp_path):
    missing = _script(tmp_path, "c", "#!/opt/nowhere/bash\necho c\n")
    by_env = _script(tmp_path, "d", "#!/usr/bin/env no-such-interpreter\necho d\n")
    for path in (missing, by_env):
        got = _check(path)
        assert got.returncode == 1 and "which this image lacks" in got.stderr


def test_not_executable_fails(tmp_path):
    path = tmp_path / "e"
    path.write_text("#!/bin/sh\n")
    assert _check(str(path)).returncode == 1


@pytest.mark.skipif(shutil.which("gcc") is None, reason="no gcc to link a test program")
def test_missing_library_fails(tmp_path):
    """A program linked to a library that is then removed: ldd says ``not found``."""
    (tmp_path / "lib.c").write_text("int f(void) { return 1; }\n")
    (tmp_path / "main.c").write_text("int f(void);\nint main(void) { return f(); }\n")
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(tmp_path / "libgone.so"),
                    str(tmp_path / "lib.c")], check=True)
    subprocess.run(["gcc", "-o", str(tmp_path / "prog"), str(tmp_path / "main.c"),
                    f"-L{tmp_path}", "-lgone"], check=True)
    os.remove(tmp_path / "libgone.so")
    got = _check(str(tmp_path / "prog"))
    assert got.returncode == 1 and "loads a library this image lacks" in got.stderr


def test_version_check_is_no_use_by_the_build():
    """``/usr/bin/caddy -version`` in the RUN that downloads it does not make caddy a
    tool of the build; ``dep ensure`` makes dep one."""
    from transpiler import parse
    from transpiler.analysis import analyze_stage
    from transpiler.analysis.state import global_args
    tree = parse("FROM golang:1.21\n"
                 "RUN curl -o /usr/bin/caddy https://x && /usr/bin/caddy -version\n"
                 "RUN curl -o /usr/bin/dep https://y && dep ensure\n")
    facts = analyze_stage(tree.stages[0], global_args(tree))
    run = programs_run(facts)
    assert "dep" in run and "caddy" not in run
    assert hand_placed("/usr/bin/caddy", run, ()) and not hand_placed("/usr/bin/dep", run, ())


def _node(run: str) -> str:
    return ("FROM node:20-bookworm\n" + run + "\nWORKDIR /app\n"
            "COPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\n"
            'CMD ["node", "server.js"]\n')


def test_program_removed_in_its_run_is_not_carried():
    from transpiler.multistage.api import transpile
    result = transpile(_node("RUN curl -fsSL -o /usr/local/bin/gen https://x && "
                             "chmod +x /usr/local/bin/gen && rm /usr/local/bin/gen"))
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /usr/local/bin/gen" not in result.output


def test_downloaded_program_is_carried_and_tested():
    from transpiler.multistage.api import transpile
    result = transpile(_node("RUN curl -fsSL -o /usr/bin/tool https://x && "
                             "chmod +x /usr/bin/tool"))
    assert "COPY --from=builder /usr/bin/tool /usr/bin/tool" in result.output
    assert "RUN set -- /usr/bin/tool; for p in" in result.output
    # the builder's library scan (node:20-bookworm -> its slim sibling) reads it too
    assert "find /app /usr/bin/tool -type f" in result.output
