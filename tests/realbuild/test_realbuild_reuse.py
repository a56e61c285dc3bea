"""Build records (realbuild/reuse.py): a side of a sample is built again exactly when an
input buildah's own cache compares has changed, or the image its record names is gone."""

import hashlib
import os
import subprocess

import pytest

from realbuild import cases, reuse, runner, store_gc


def test_the_context_digest_sees_content_modes_new_files_and_link_targets(tmp_path):
    a = tmp_path / "a"
    (a / "src").mkdir(parents=True)
    (a / "src" / "main.go").write_text("package main\n")
    (a / "run.sh").write_text("#!/bin/sh\n")
    os.symlink("run.sh", a / "start")
    first = reuse.context_digest(a)
    assert reuse.context_digest(a) == first

    (a / "src" / "main.go").write_text("package main // changed\n")
    assert reuse.context_digest(a) != first
    (a / "src" / "main.go").write_text("package main\n")
    assert reuse.context_digest(a) == first

    os.chmod(a / "run.sh", 0o755)
    executable = reuse.context_digest(a)
    assert executable != first
    (a / ".dockerignore").write_text("*.md\n")
    assert reuse.context_digest(a) not in (first, executable)
    (a / ".dockerignore").unlink()
    os.remove(a / "start")
    os.symlink("src/main.go", a / "start")
    assert reuse.context_digest(a) not in (first, executable)


def test_the_inputs_digest_changes_with_every_input():
    base = ("FROM golang:1.21\nRUN go build\n", "ctx", ["--build-arg", "A=1"], ["id1"],
            "buildah version 1.28.2")
    digest = reuse.inputs_digest(*base)
    assert reuse.inputs_digest(*base) == digest
    for i, other in enumerate(["FROM golang:1.21\nRUN go build -v\n", "ctx2",
                               ["--build-arg", "A=2"], ["id2"], "buildah version 1.33"]):
        changed = list(base)
        changed[i] = other
        assert reuse.inputs_digest(*changed) != digest, i


@pytest.mark.parametrize("text, why", [
    ("FROM a\nADD https://example.com/x.tgz /x\n", "remote"),
    ("FROM a\nADD git@github.com:o/r.git /src\n", "remote"),
    ("FROM a\nCOPY --from=busybox:1.36 /bin/busybox /bin/\n", "busybox:1.36"),
    ("FROM a\nRUN --mount=type=bind,from=tools,target=/t make\n", "tools"),
    ("FROM a AS builder\nRUN make\nFROM b\nCOPY --from=builder /x /x\n", None),
    ("FROM a\nRUN make\nFROM b\nCOPY --from=0 /x /x\n", None),
    ("FROM a AS b1\nFROM b\nRUN --mount=type=bind,from=b1,target=/t ls\n", None),
    ("FROM a\nADD app.tar.gz /srv/\nRUN curl https://example.com/x\n", None),
])
def test_builds_whose_inputs_the_digest_cannot_see_are_not_reused(text, why):
    found = reuse.not_reusable(text)
    assert (found is None) == (why is None)
    if why and why != "remote":
        assert why in found


class FakeStore:
    """buildah and podman as the harness calls them: builds make images (an ID from the
    Dockerfile's and context's bytes and the base's ID, or a fresh one), tags name them,
    inspect lists them."""

    def __init__(self):
        self.names = {}  # a base image not named here has an ID from its name
        self.builds = []
        self.counter = 0

    def run(self, argv, check=True, **kw):
        argv = [str(a) for a in argv]
        if argv[:2] == ["buildah", "--version"]:
            return subprocess.CompletedProcess(argv, 0, "buildah version 1.28.2\n", "")
        if argv[:3] == ["podman", "image", "inspect"]:
            # (podman lists a name without a tag as ...:latest)
            lines = [f"{self.id_of(r)} 1000 [\"{runner.images.tagged(r)}\"]"
                     for r in argv[5:] if self.id_of(r)]
            missing = len(lines) < len(argv[5:])
            return subprocess.CompletedProcess(argv, 125 if missing else 0,
                                               "".join(line + "\n" for line in lines), "")
        if argv[:2] == ["buildah", "bud"]:
            tag = argv[argv.index("-t") + 1]
            self.builds.append(tag.rsplit(":", 1)[1])
            self.counter += 1
            image = hashlib.sha256(f"{tag}{self.counter}".encode()).hexdigest()
            step = hashlib.sha256(f"step{self.counter}".encode()).hexdigest()
            with open(argv[argv.index("--iidfile") + 1], "w") as fh:
                fh.write("sha256:" + image)
            self.names[tag] = image
            return subprocess.CompletedProcess(
                argv, 0, f"STEP 1/2: FROM x\n--> Using cache {step}\n--> {image[:12]}\n", "")
        raise AssertionError(f"unexpected command {argv}")

    def id_of(self, ref):
        if ref in self.names or ref.startswith("localhost/"):
            return self.names.get(ref)
        return hashlib.sha256(ref.encode()).hexdigest()


@pytest.fixture
def store(monkeypatch, tmp_path):
    fake = FakeStore()
    monkeypatch.setattr(runner, "WORK", tmp_path)
    monkeypatch.setattr(runner, "run", fake.run)
    monkeypatch.setattr(runner, "ensure_images", lambda refs, log: None)
    monkeypatch.setattr(runner.images, "image_sizes", lambda tags: [1000] * len(tags))
    monkeypatch.setattr(runner, "exercise",
                        lambda *a, **k: runner.Outcome(exit_code=0, stdout="hi\n"))
    monkeypatch.delenv("DTRANSPILE_REALBUILD_REBUILD", raising=False)
    return fake


def _case():
    case = cases.by_name(["go-static-cli"])[0]
    assert not case.fixtures  # its context is the case folder, which the test leaves alone
    return case


def test_a_side_is_built_once_while_its_inputs_and_image_stay(store, tmp_path):
    case = _case()
    first = runner.run_case(case)
    assert sorted(store.builds) == ["original", "transpiled"]
    assert first.reused == [] and first.status == "same"
    for side in ("original", "transpiled"):
        record = reuse.load(tmp_path / case.name, side)
        assert record and record.image == store.names[f"localhost/realbuild/{case.name}:{side}"]
        assert len(record.steps) == 2

    store.builds.clear()
    again = runner.run_case(case)
    assert store.builds == [] and sorted(again.reused) == ["original", "transpiled"]
    assert again.status == "same" and again.original_size == 1000
    log = (tmp_path / case.name / "log.txt").read_text()
    assert log.count("not run, the inputs are those of the build of") == 2


def test_a_remade_base_image_a_retagged_image_or_rebuild_asks_for_the_build(store, tmp_path,
                                                                            monkeypatch):
    case = _case()
    runner.run_case(case)
    store.builds.clear()
    # the builder's base image remade (a stand-in's recipe changed): both sides build
    base = runner.images.qualify(runner.from_images(case.dockerfile.read_text())[0])
    store.names[base] = "e" * 64
    assert runner.run_case(case).reused == []
    assert sorted(store.builds) == ["original", "transpiled"]

    # the rewrite changed (here: its Dockerfile edited after the transpiler wrote it)
    store.builds.clear()
    real_transpile = runner_transpile()
    monkeypatch.setattr("transpiler.multistage.api.transpile", lambda text, **kw: _edited(
        real_transpile(text, **kw)))
    assert runner.run_case(case).reused == ["original"]
    assert store.builds == ["transpiled"]
    monkeypatch.setattr("transpiler.multistage.api.transpile", real_transpile)
    store.builds.clear()
    assert runner.run_case(case).reused == ["original"]  # and back
    assert store.builds == ["transpiled"]

    store.builds.clear()
    store.names[f"localhost/realbuild/{case.name}:original"] = "f" * 64  # another build's
    assert runner.run_case(case).reused == ["transpiled"]
    assert store.builds == ["original"]

    store.builds.clear()
    monkeypatch.setenv("DTRANSPILE_REALBUILD_REBUILD", "1")
    assert runner.run_case(case).reused == []
    assert sorted(store.builds) == ["original", "transpiled"]


def runner_transpile():
    import transpiler.multistage.api as api
    return api.transpile


def _edited(result):
    result.output += "LABEL edited=1\n"
    return result


def test_a_failed_build_leaves_no_record(store, tmp_path, monkeypatch):
    case = _case()
    runner.run_case(case)
    real = store.run

    def failing(argv, **kw):
        if argv[:2] == ["buildah", "bud"] and str(argv[argv.index("-t") + 1]).endswith(
                ":transpiled"):
            raise runner.CommandError(argv, subprocess.CompletedProcess(argv, 1, "", "no"))
        return real(argv, **kw)

    monkeypatch.setenv("DTRANSPILE_REALBUILD_REBUILD", "1")
    monkeypatch.setattr(runner, "run", failing)
    assert runner.run_case(case).status == "transpiled-build-failed"
    assert reuse.load(tmp_path / case.name, "transpiled") is None
    monkeypatch.delenv("DTRANSPILE_REALBUILD_REBUILD")
    store.builds.clear()
    assert runner.run_case(case).status == "transpiled-build-failed"  # tried again
    assert reuse.load(tmp_path / case.name, "original") is not None


def test_the_clean_up_keeps_a_reused_builds_steps(store, tmp_path):
    """store_gc reads the step lines of the log: a reused build writes its record's."""
    case = _case()
    runner.run_case(case)
    steps = {s for side in ("original", "transpiled")
             for s in reuse.load(tmp_path / case.name, side).steps}
    runner.run_case(case)
    log = (tmp_path / case.name / "log.txt").read_text()
    assert "buildah bud --isolation" not in log
    found = {m.group(1) for m in store_gc.STEP_ID.finditer(log)}
    assert steps <= found
