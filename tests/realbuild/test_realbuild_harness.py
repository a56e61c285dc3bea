"""Fast checks of the real-build harness's pure parts (no buildah, no root): they run in
the normal suite.  The real builds are in test_realbuild.py."""

import json
import subprocess
from pathlib import Path

import pytest

from realbuild import cases, images, runner


def test_short_names_qualify_like_docker():
    assert images.qualify("golang:1.19-bookworm") == "docker.io/library/golang:1.19-bookworm"
    assert images.qualify("bitnami/node:20") == "docker.io/bitnami/node:20"
    assert images.qualify("gcr.io/distroless/static-debian12") == "gcr.io/distroless/static-debian12"
    assert images.qualify("localhost/x:1") == "localhost/x:1"


def test_from_images_skip_stages_and_scratch():
    text = ("FROM golang:1.19-bookworm AS builder\nRUN go build\n"
            "FROM builder AS again\nFROM scratch\nCOPY --from=builder /a /a\n"
            "FROM --platform=linux/amd64 debian:bookworm-slim\n")
    assert runner.from_images(text) == ["golang:1.19-bookworm", "debian:bookworm-slim"]


def test_buildah_unsupported_features_are_named():
    assert runner.buildah_unsupported("FROM a\nRUN <<EOF\necho\nEOF\n")
    assert runner.buildah_unsupported("FROM a\nCOPY --link --from=b /x /x\n")
    assert runner.buildah_unsupported("FROM a\nRUN echo '<<' && cat <<< x\n") is None
    assert runner.buildah_unsupported("FROM a\nCOPY --from=b /x /x\n") is None


def test_every_case_is_complete_and_its_images_can_be_made():
    made = {images.qualify(n) for spec in images.SPECS.values() for n in spec.names}
    found = cases.all_cases()
    assert len(found) >= 5
    for case in found:
        json.loads((case.path / "case.json").read_text())
        assert case.dockerfile.exists(), case.name
        assert case.ecosystem
        assert bool(case.probe) != bool(case.args or case.env) or not case.args, case.name
        for ref in runner.from_images(case.dockerfile.read_text()):
            assert images.qualify(ref) in made, (case.name, ref)
        if case.runtime and case.runtime != "scratch":
            assert images.qualify(case.runtime) in made, (case.name, case.runtime)


def test_every_case_transpiles_as_it_expects_to_images_that_can_be_made(tmp_path):
    """What the real build would do first, without buildah: the rewrite (with the case's
    --runtime and its folder, with its fixtures, as the build context, as `dtranspile`
    assumes, unless it says "context": false) is declined
    exactly when case.json expects it, and every image the rewrite names can be made."""
    from transpiler.multistage.api import transpile

    made = {images.qualify(n) for spec in images.SPECS.values() for n in spec.names}
    for case in cases.all_cases():
        context = cases.build_context(case, tmp_path / case.name)
        result = transpile(case.dockerfile.read_text(), runtime=case.runtime,
                           context=context if case.context else None)
        declined = bool(result.report.declined)
        if not case.known_failure:
            assert declined == (case.expect == "declined"), (case.name, result.report.reason)
        for ref in runner.from_images(result.output):
            assert images.qualify(ref) in made, (case.name, ref)


def test_a_go_program_starting_git_declines_with_its_sources_and_runs_without(tmp_path):
    """go-exec-git-unread is built without its context (the parent image as runner); with
    the context its source is read, and the rewrite declines naming git: the other run
    of the sample, which realbuild.context_runs does not list (it would not build)."""
    from transpiler.multistage.api import transpile

    case = next(c for c in cases.all_cases() if c.name == "go-exec-git-unread")
    assert not case.context
    text = case.dockerfile.read_text()
    assert "\nFROM buildpack-deps:bookworm-scm\n" in transpile(text).output
    result = transpile(text, context=cases.build_context(case, tmp_path / case.name))
    assert result.report.declined
    assert "main.go starts `git` (os/exec)" in result.report.reason


def test_selection_by_environment_variable():
    subset, why = cases.selected(None)
    assert [c.name for c in subset] == list(cases.CI_SUBSET) and "DTRANSPILE_REALBUILD=1" in why
    assert cases.selected("")[0] == subset
    assert cases.selected("0") == ([], "real builds disabled (DTRANSPILE_REALBUILD=0)")
    # every sample, then the context runs (realbuild/context_runs.txt)
    everything = [c.name for c in cases.all_cases()] + \
        [c.name for c in cases.context_runs()]
    assert len(everything) > len(cases.all_cases())
    assert [c.name for c in cases.selected("1")[0]] == everything
    assert [c.name for c in cases.selected("all")[0]] == everything
    assert [c.name for c in cases.selected("node-cli, c-static")[0]] == ["node-cli", "c-static"]
    with pytest.raises(KeyError):
        cases.selected("no-such-case")


def test_server_ports():
    port, env = runner.server_port({"port_env": "PORT"}, transpiled=False)
    assert env == {"PORT": str(port)} and port > 0
    assert runner.server_port({"port_env": "PORT", "transpiled_port": 80}, True) == (80, {})
    assert runner.server_port({"port": 8000, "transpiled_port": 80}, False) == (8000, {})
    assert runner.server_port({"port": 8000}, True) == (8000, {})


def test_table_counts_builds_behaviour_and_reduction():
    same = runner.Result("a", "go", "scratch", status="same", runner="scratch",
                         original_size=900_000_000, transpiled_size=9_000_000)
    same.original = runner.Outcome(exit_code=0, stdout="hi\n")
    same.transpiled = runner.Outcome(exit_code=0, stdout="hi\n")
    declined = runner.Result("b", "c", None, status="declined", declined_reason="why",
                             detail="why", original_size=400_000_000)
    broken = runner.Result("c", "java", None, status="transpiled-build-failed",
                           original_size=100_000_000, detail="boom")
    text = runner.table([same, declined, broken])
    rows = {line.split()[0]: line.split() for line in text.splitlines()[2:5]}
    assert rows["a"][2:9] == ["scratch", "(--runtime)", "yes/yes", "yes", "900.0", "MB", "9.0"]
    assert "99.0%" in rows["a"]
    assert rows["b"][2:5] == ["-", "yes/-", "-"] and rows["c"][3] == "yes/NO"
    assert ("totals: 3 cases, 2 transpiled, 1 rewrites built, 1 behave the same, 1 declined; "
            "900.0 MB -> 9.0 MB for the 1 built pairs (99.0% smaller)") in text
    assert "- c: transpiled-build-failed: boom" in text


def test_every_release_has_its_debian_distroless_and_toolchain_images():
    """The runners issue 16's policy names exist for bullseye, bookworm and trixie, made
    from that release (a tag whose real image is bullseye is made from bullseye)."""
    for release, number in (("bullseye", "11"), ("bookworm", "12"), ("trixie", "13")):
        for ref in (f"debian:{release}", f"debian:{release}-slim", f"debian:{number}-slim",
                    f"gcr.io/distroless/static-debian{number}",
                    f"gcr.io/distroless/base-debian{number}",
                    f"gcr.io/distroless/cc-debian{number}",
                    f"gcr.io/distroless/cc-debian{number}:nonroot"):
            key = images.key_of(ref)
            assert key, ref
            assert images.SPECS[key].release == release, ref
    assert images.SPECS[images.key_of("debian:latest")].release == "trixie"
    assert images.SPECS[images.key_of("python:3.9-slim-bullseye")].release == "bullseye"
    assert "FROM docker.io/library/debian:trixie-slim" in images.SPECS[
        images.key_of("eclipse-temurin:21-jre")].containerfile
    nonroot = images.SPECS[images.key_of("gcr.io/distroless/static:nonroot")]
    assert "USER 65532:65532" in nonroot.containerfile and nonroot.release == "bookworm"


def test_floating_tags_are_the_newest_stand_ins_under_their_own_names():
    """node:latest (the bare name too) and node:slim, as python:3 and python:3-slim, are the
    trixie stand-ins under the floating tags, and say that their version is not the data's;
    every Ubuntu release of rootfs.UBUNTU_RELEASES has its image under both names."""
    from realbuild import rootfs

    for ref, of in (("node", "node:20-trixie"), ("node:latest", "node:20-trixie"),
                    ("node:slim", "node:20-trixie-slim"), ("python:3", "python:3.13-trixie")):
        spec = images.SPECS[images.key_of(ref)]
        assert spec.deps == (of,) and spec.release == "trixie", ref
        assert spec.containerfile == f"FROM docker.io/library/{of}\n", ref
        assert "not the" in spec.note, ref
    for release, number in rootfs.UBUNTU_RELEASES.items():
        assert images.key_of(f"ubuntu:{number}") == images.key_of(f"ubuntu:{release}")
    assert images.SPECS[images.key_of("ubuntu:18.04")].release == "bionic"


def test_distroless_flavours_take_the_release_packages():
    from realbuild import rootfs

    assert rootfs.flavour_packages("static", "bookworm") == ("tzdata", "netbase")
    assert "libssl3t64" in rootfs.flavour_packages("base", "trixie")
    assert "libssl1.1" in rootfs.flavour_packages("cc", "bullseye")
    assert {"libc6", "libstdc++6", "libgcc-s1"} <= set(rootfs.flavour_packages("cc", "bookworm"))
    assert "libc6" not in rootfs.flavour_packages("static", "trixie")


def test_stand_ins_of_another_distribution_say_so():
    assert "STAND-IN OF ANOTHER DISTRIBUTION" in images.note_of("nginx:alpine")
    assert "musl" in images.note_of("alpine:3.20")
    assert images.note_of("no-such-image:1") == ""
    unexplained = [key for key, spec in images.SPECS.items()
                   if not spec.note and not key.startswith("localhost/")]
    assert unexplained == []  # the table says what every runner is


def test_paths_inside_a_tree_follow_its_own_absolute_symlinks(tmp_path):
    from realbuild import alpine

    (tmp_path / "usr/lib/musl").mkdir(parents=True)
    (tmp_path / "usr/lib/musl/libc.so").write_text("musl")
    (tmp_path / "lib").symlink_to("usr/lib")
    (tmp_path / "usr/lib/ld.so").symlink_to("/usr/lib/musl/libc.so")
    assert alpine._inside(tmp_path, "lib/ld.so").read_text() == "musl"


def test_known_failures_are_declared_with_their_reason():
    for case in cases.all_cases():
        data = json.loads((case.path / "case.json").read_text())
        assert isinstance(data.get("needs", []), list), case.name
        if "known_failure" in data:
            assert len(data["known_failure"]) > 20, case.name


def test_verdicts_known_failures_and_declines():
    case = cases.Case("x", cases.CASES_DIR, "go")
    same = runner.Result("x", "go", None, status="same")
    differs = runner.Result("x", "go", None, status="differs")
    declined = runner.Result("x", "go", None, status="declined")
    assert runner.as_expected(case, same) and not runner.as_expected(case, differs)
    assert not runner.as_expected(case, declined)
    case.expect = "declined"
    assert runner.as_expected(case, declined) and not runner.as_expected(case, same)
    case.known_failure = "issue 16: no tzdata on the runner"
    assert runner.as_expected(case, differs) and not runner.as_expected(case, same)


def test_results_written_by_a_run_make_the_same_table_again():
    res = runner.Result("a", "go", None, status="same", runner="alpine:3.20",
                        original_size=900_000_000, transpiled_size=9_000_000,
                        needs=["time-zones"], known_failure="")
    res.original = runner.Outcome(exit_code=0, stdout="hi\n")
    res.transpiled = runner.Outcome(exit_code=0, stdout="hi\n")
    again = runner.Result.from_json(json.loads(json.dumps(res.to_json())))
    assert again == res and again.same
    assert runner.table([again]) == runner.table([res])
    assert "time-zones" in runner.table([res]) and "alpine:3.20: musl" in runner.table([res])


def test_the_alpine_stand_in_apk_fails_naming_what_it_cannot_provide():
    """`apk add` of a package the stand-in cannot really install fails the build and says
    which (checked with this machine's sh, on paths that write nothing)."""
    from realbuild import alpine

    def apk(*args):
        return subprocess.run(["sh", "-c", alpine.APK, "apk", *args], capture_output=True,
                              text=True)

    failed = apk("add", "--no-cache", "--virtual", ".build-deps", "curl")
    assert failed.returncode == 1
    assert "curl: the alpine:3.20 stand-in" in failed.stderr and "cannot provide" in failed.stderr
    assert "only ca-certificates, tzdata" in failed.stderr
    assert apk("update").returncode == 0
    assert apk("fetch", "x").returncode == 99


def test_healthcheck_cases_keep_the_healthcheck(monkeypatch, tmp_path):
    """A case that probes its HEALTHCHECK is built in the docker format (the OCI format
    drops HEALTHCHECK, and the check would then pass on every image); others are not."""
    calls = []
    monkeypatch.setattr(runner, "run", lambda argv, **kw: calls.append(list(argv)) or
                        subprocess.CompletedProcess(argv, 0, "", ""))
    checked = next(c for c in cases.all_cases() if (c.probe or {}).get("healthcheck"))
    plain = next(c for c in cases.all_cases() if not c.probe)
    for case in (checked, plain):
        runner.build(case, case.dockerfile, "localhost/x:y", tmp_path / "log")
    assert "--format" in calls[0] and calls[0][calls[0].index("--format") + 1] == "docker"
    assert "--format" not in calls[1]


def test_healthcheck_status_is_compared(monkeypatch, tmp_path):
    """The HEALTHCHECK's exit status and podman's word for it are part of the behaviour."""
    class Proc:
        def __init__(self, rc, out):
            self.returncode, self.stdout, self.stderr = rc, out, ""
    monkeypatch.setattr(runner, "run", lambda argv, **kw: Proc(1, "unhealthy\n"))
    assert runner._healthcheck("c", tmp_path / "log") == [1, "unhealthy"]
    monkeypatch.setattr(runner, "run", lambda argv, **kw: Proc(0, ""))
    assert runner._healthcheck("c", tmp_path / "log") == [0, "healthy"]


def test_from_images_resolves_global_arg_defaults():
    """A FROM through a global ARG names the ARG's default image (what a build without
    --build-arg pulls), so the stand-in for it is made."""
    text = ("ARG BASE_IMAGE=example.org/acme/pyapp-base:1\nFROM $BASE_IMAGE AS builder\n"
            "RUN true\nFROM ${BASE_IMAGE}\nFROM builder\nFROM $UNSET\n")
    assert runner.from_images(text) == ["example.org/acme/pyapp-base:1",
                                        "example.org/acme/pyapp-base:1", "$UNSET"]


def _tree(root):
    return {str(p.relative_to(root)): (p.stat().st_mode, p.read_bytes())
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_build_context_is_the_case_folder_with_its_fixtures(tmp_path):
    """Every file of a fixture a case names stands in its built context at the directory
    fixtures.json gives, byte for byte and with its mode, beside the case's own files
    (fixtures.json itself left out: the contexts stay those the cases had with copies);
    a case naming none is built from its folder itself."""
    fixtures = [c for c in cases.all_cases() if c.fixtures]
    assert fixtures, "no case names a fixture"
    for case in fixtures:
        context = cases.build_context(case, tmp_path / case.name)
        got = _tree(context)
        want = _tree(case.path)
        assert want.pop(cases.FIXTURES_FILE, None) is not None, case.name
        for name, directory in case.fixtures.items():
            source = cases.FIXTURES_DIR / name
            for rel, data in _tree(source).items():
                where = str((Path(directory) / rel))
                assert where not in want, (case.name, where)
                want[where] = data
        assert got == want, case.name
    plain = next(c for c in cases.all_cases() if not c.fixtures)
    assert cases.build_context(plain, tmp_path / "plain") == plain.path


def test_a_fixture_may_not_cover_a_case_file_or_leave_the_context(tmp_path, monkeypatch):
    (tmp_path / "fixtures/lib").mkdir(parents=True)
    (tmp_path / "fixtures/lib/a.c").write_text("int a;\n")
    case_dir = tmp_path / "cases/x"
    case_dir.mkdir(parents=True)
    (case_dir / "a.c").write_text("int b;\n")
    monkeypatch.setattr(cases, "FIXTURES_DIR", tmp_path / "fixtures")
    case = cases.Case("x", case_dir, "c", fixtures={"lib": "."})
    with pytest.raises(ValueError, match="cover a.c"):
        cases.build_context(case, tmp_path / "ctx")
    case.fixtures = {"lib": "../.."}
    with pytest.raises(ValueError, match="outside"):
        cases.build_context(case, tmp_path / "ctx")
    case.fixtures = {"lib": "src"}
    assert (cases.build_context(case, tmp_path / "ctx") / "src/a.c").read_text() == "int a;\n"


def test_the_harness_builds_and_transpiles_from_the_fixture_context(monkeypatch, tmp_path):
    """run_case hands buildah (both builds) and the transpiler the folder with the
    fixtures, not the case folder that lacks them."""
    case = next(c for c in cases.all_cases() if c.fixtures and c.context and c.args)
    calls, contexts = [], []
    monkeypatch.setattr(runner, "WORK", tmp_path)
    monkeypatch.setattr(runner, "ensure_images", lambda refs, log: None)
    monkeypatch.setattr(runner.images, "image_sizes", lambda tags: [1] * len(tags))
    monkeypatch.setattr(runner, "exercise", lambda *a, **k: runner.Outcome(exit_code=0))
    monkeypatch.setattr(runner, "run", lambda argv, **kw: calls.append(list(argv)) or
                        subprocess.CompletedProcess(argv, 0, "", ""))
    import transpiler.multistage.api as api
    real = api.transpile
    monkeypatch.setattr(api, "transpile", lambda text, runtime=None, context=None:
                        contexts.append(context) or real(text, runtime=runtime, context=context))
    runner.run_case(case)
    built = tmp_path / case.name / "context"
    assert contexts == [built]
    assert [Path(c[-1]) for c in calls if c[:2] == ["buildah", "bud"]] == [built, built]
    name, directory = next(iter(case.fixtures.items()))
    one = next(p for p in (cases.FIXTURES_DIR / name).rglob("*") if p.is_file())
    assert (built / directory / one.relative_to(cases.FIXTURES_DIR / name)).read_bytes() == \
        one.read_bytes()


def test_an_image_checked_in_this_run_does_not_wait_for_the_store_lock(monkeypatch, tmp_path):
    """Another process making images holds images.lock for minutes; a sample whose images
    this run has already checked goes on without it."""
    key = "golang:1.19-bookworm"

    def held(path):
        raise AssertionError(f"waited for {path}")
    monkeypatch.setattr(images, "process_lock", held)
    monkeypatch.setattr(images, "_CHECKED", {key})
    assert images.ensure(key, tmp_path / "log") == "docker.io/library/golang:1.19-bookworm"
    with pytest.raises(AssertionError, match="images.lock"):
        images.ensure("gcc:12", tmp_path / "log")


def test_volatile_output_is_masked_on_both_sides_and_nothing_else():
    from realbuild.cases import load
    from realbuild.runner import Outcome, without_volatile

    case = load(Path(__file__).resolve().parents[2] / "realbuild" / "cases" / "static-mkdocs")
    assert case.volatile
    page = "<p>x</p>\n<!--\nMkDocs version : 1.6.1\nBuild Date UTC : {}\n-->\n"
    a = Outcome(exit_code=None, stdout="", stderr="",
                http={"/": [200, page.format("2026-12-06 09:26:20.076523+00:00")]})
    b = Outcome(exit_code=None, stdout="", stderr="",
                http={"/": [200, page.format("2026-12-06 09:26:22.001+00:00")]})
    assert a.behaviour() != b.behaviour()
    assert without_volatile(a, case.volatile).behaviour() == \
        without_volatile(b, case.volatile).behaviour()
    other = Outcome(exit_code=None, stdout="", stderr="",
                    http={"/": [200, page.replace("x", "y").format("2026-12-06 09:26:22+00:00")]})
    assert without_volatile(other, case.volatile).behaviour() != \
        without_volatile(a, case.volatile).behaviour()
    assert without_volatile(a, []) is a


class _Proc:
    def __init__(self, stdout="", returncode=0):
        self.stdout, self.returncode, self.stderr = stdout, returncode, ""


def test_both_sizes_come_from_one_inspect_in_order(monkeypatch):
    calls = []
    monkeypatch.setattr(images, "run", lambda argv, **kw: calls.append(argv) or _Proc("20\n10\n"))
    assert images.image_sizes(["a:original", "a:transpiled"]) == [20, 10]
    assert len(calls) == 1 and calls[0][-2:] == ["a:original", "a:transpiled"]
    monkeypatch.setattr(images, "run", lambda argv, **kw: _Proc("20\n"))
    with pytest.raises(ValueError):
        images.image_sizes(["a:original", "a:transpiled"])


def test_images_are_checked_with_one_inspect_and_aliases_tagged_only_when_missing(
        monkeypatch, tmp_path):
    """golang:1.19-bookworm, the buildpack-deps:bookworm-scm it is built on and
    debian:bookworm in one podman command; an image of the recipe is kept, an alias it
    already has is not tagged again, one it lacks is; an image of another recipe is made
    again (and all its aliases tagged)."""
    go, scm, deb = "golang:1.19-bookworm", "buildpack-deps:bookworm-scm", "debian:bookworm"
    assert images.SPECS[go].deps == (scm,) and images.SPECS[scm].deps == (deb,)
    want = {k: images.SPECS[k].recipe_hash() for k in (go, scm, deb)}
    deb_names = [images.tagged(images.qualify(n)) for n in images.SPECS[deb].names]
    scm_names = [images.tagged(images.qualify(n)) for n in images.SPECS[scm].names]
    go_names = [images.tagged(images.qualify(n)) for n in images.SPECS[go].names]

    def listing(go_label, deb_names):
        return (f"{want[deb]} {json.dumps(deb_names)}\n"
                f"{want[scm]} {json.dumps(scm_names)}\n"
                f"{go_label} {json.dumps(go_names)}\n")

    def fake(out):
        calls = []

        def run(argv, **kw):
            calls.append(list(argv))
            return _Proc(out if argv[:3] == ["podman", "image", "inspect"] else "")
        return calls, run

    made = []
    monkeypatch.setattr(images, "process_lock", lambda path: __import__("contextlib").nullcontext())
    monkeypatch.setattr(images, "_make", lambda spec, ref, want, log: made.append(ref))
    calls, run = fake(listing(want[go], deb_names[:-1]))
    monkeypatch.setattr(images, "run", run)
    monkeypatch.setattr(images, "_CHECKED", set())
    images.ensure(go, tmp_path / "log")
    assert [c[:3] for c in calls].count(["podman", "image", "inspect"]) == 1
    assert made == []
    assert [c for c in calls if c[:2] == ["buildah", "tag"]] == [
        ["buildah", "tag", images.qualify(deb), images.qualify(images.SPECS[deb].names[-1])]]
    calls, run = fake(listing("0000", deb_names))
    monkeypatch.setattr(images, "run", run)
    monkeypatch.setattr(images, "_CHECKED", set())
    images.ensure(go, tmp_path / "log")
    assert made == [images.qualify(go)]
    assert len([c for c in calls if c[:2] == ["buildah", "tag"]]) == len(go_names) - 1


def test_debian_family_stand_ins_configure_apt_as_the_official_images(tmp_path):
    """debuerreotype's minimizing-config, and nothing that turns Recommends off: a sample's
    `apt-get install` without --no-install-recommends gets them, as on the real images
    (the stand-ins once wrote docker-no-recommends, and a cached rootfs may still hold it)."""
    from realbuild import rootfs

    conf = tmp_path / "etc/apt/apt.conf.d"
    conf.mkdir(parents=True)
    (conf / "docker-no-recommends").write_text('APT::Install-Recommends "false";\n')
    (tmp_path / "var/lib/apt/lists").mkdir(parents=True)
    (tmp_path / "var/lib/apt/lists/deb.debian.org_Packages").write_text("x")
    rootfs.docker_apt(tmp_path)
    assert sorted(p.name for p in conf.iterdir()) == [
        "docker-autoremove-suggests", "docker-clean", "docker-gzip-indexes",
        "docker-no-languages"]
    assert not any("Recommends" in p.read_text() for p in conf.iterdir())
    policy = tmp_path / "usr/sbin/policy-rc.d"
    assert policy.read_text().rstrip().endswith("exit 101") and policy.stat().st_mode & 0o111
    assert (tmp_path / "etc/dpkg/dpkg.cfg.d/docker-apt-speedup").read_text() == "force-unsafe-io\n"
    assert not any((tmp_path / "var/lib/apt/lists").iterdir())


def test_slim_stand_ins_keep_copyright_files_and_tell_dpkg(tmp_path):
    """debuerreotype-slimify: docs go but copyright files and locale.alias stay, a link
    left dangling and a directory left empty go too, and dpkg gets the same rules."""
    from realbuild import rootfs

    doc = tmp_path / "usr/share/doc"
    for pkg in ("libc6", "zlib1g"):
        (doc / pkg).mkdir(parents=True)
        (doc / pkg / "copyright").write_text("c")
        (doc / pkg / "changelog.Debian.gz").write_text("x")
    (doc / "empty").mkdir()
    (doc / "empty/README").write_text("x")
    (doc / "gone").symlink_to("empty")
    (tmp_path / "usr/share/locale/de/LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "usr/share/locale/de/LC_MESSAGES/apt.mo").write_text("x")
    (tmp_path / "usr/share/locale/locale.alias").write_text("x")
    (tmp_path / "usr/share/man/man1").mkdir(parents=True)
    (tmp_path / "usr/share/man/man1/ls.1.gz").write_text("x")
    (tmp_path / "usr/share/zoneinfo").mkdir(parents=True)
    (tmp_path / "usr/share/zoneinfo/UTC").write_text("x")
    rootfs.slimify(tmp_path)
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")
                  if p.is_file() and "etc/dpkg" not in str(p))
    assert left == ["usr/share/doc/libc6/copyright", "usr/share/doc/zlib1g/copyright",
                    "usr/share/locale/locale.alias", "usr/share/zoneinfo/UTC"]
    assert not (doc / "gone").is_symlink() and not (doc / "empty").exists()
    rules = (tmp_path / "etc/dpkg/dpkg.cfg.d/docker").read_text().splitlines()
    assert "path-exclude /usr/share/doc/*" in rules
    assert "path-include /usr/share/doc/*/copyright" in rules


def test_the_context_runs_are_the_samples_whose_rewrite_differs_the_other_way():
    """realbuild/context_runs.txt names exactly the samples whose rewrite the other way
    about the build context (without it, as every corpus file is transpiled; with it,
    for a sample transpiled without) is another Dockerfile, so each such rewrite is
    built too (``python -m realbuild.context_runs`` rewrites the list when a transpiler
    change moves one)."""
    from realbuild import context_runs

    listed = [c.name for c in cases.context_runs()]
    assert listed == context_runs.differing()
    blind = [n for n in listed if n.endswith(cases.NO_CONTEXT)]
    seeing = [n for n in listed if n.endswith(cases.WITH_CONTEXT)]
    assert blind and seeing and len(blind) + len(seeing) == len(listed)
    for name, suffix, context in ((blind[0], cases.NO_CONTEXT, False),
                                  (seeing[0], cases.WITH_CONTEXT, True)):
        run = cases.by_name([name])[0]
        sample = cases.by_name([name[:-len(suffix)]])[0]
        assert run.context is context and sample.context is not context
        assert run.path == sample.path
    everything, _ = cases.selected("all")
    assert [c.name for c in everything][-len(listed):] == listed


def test_a_rewrite_mounting_a_stage_is_built_without_buildahs_cache(monkeypatch, tmp_path):
    """buildah 1.28 serves a cached ``RUN --mount=...,from=builder`` step of another
    build whose earlier steps were the same, whatever the stage holds (it gave
    python-major-tag-requirements python-floating-tag's site-packages): such a
    Dockerfile is built with --no-cache, and the flag is part of the record's digest."""
    calls = []
    monkeypatch.setattr(runner, "run", lambda argv, **kw: calls.append(list(argv)) or
                        subprocess.CompletedProcess(argv, 0, "", ""))
    case = cases.by_name(["python-floating-tag"])[0]
    mounting = tmp_path / "Dockerfile.mount"
    mounting.write_text("FROM python:3 AS builder\nRUN pip install x\nFROM python:3-slim\n"
                        "RUN --mount=type=bind,from=builder,source=/usr/local/lib,"
                        "target=/tmp/b cp -a /tmp/b/. /usr/local/lib/\n")
    plain = tmp_path / "Dockerfile.plain"
    plain.write_text("FROM python:3 AS builder\nRUN pip install x\nFROM python:3-slim\n"
                     "COPY --from=builder /usr/local/lib /usr/local/lib\n")
    runner.build(case, mounting, "localhost/x:y", tmp_path / "log")
    runner.build(case, plain, "localhost/x:y", tmp_path / "log")
    assert "--no-cache" in calls[0] and "--no-cache" not in calls[1]
    assert runner.cache_flags(mounting.read_text()) == ["--no-cache"]
    assert runner.cache_flags(plain.read_text()) == []
