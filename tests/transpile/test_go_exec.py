"""A Go program that starts a program of its builder image (16cafcf5: scw runs ssh),
read from the build context's sources."""
from transpiler import transpile

GO = ("FROM {image}\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/cli ./cmd/cli\n"
      'ENTRYPOINT ["cli"]\n')


def _go_context(tmp_path, call):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "go.mod").write_text("module example.com/cli\n\ngo 1.22\n")
    (tmp_path / "cmd" / "cli").mkdir(parents=True)
    (tmp_path / "cmd" / "cli" / "main.go").write_text(
        'package main\n\nimport "os/exec"\n\nfunc main() {\n\t_ = ' + call + '\n}\n')
    return tmp_path


def test_a_go_source_starting_a_program_of_the_builder_image_declines(tmp_path):
    context = _go_context(tmp_path, 'exec.CommandContext(ctx, "git", "pull")')
    result = transpile(GO.format(image="golang:1.22-bookworm"), context=context)
    assert result.report.declined
    assert "the build context's Go source cmd/cli/main.go starts `git` (os/exec), a " \
        "program of golang:1.22-bookworm (its package git)" in result.report.reason


def test_a_program_the_builder_image_lacks_too_is_no_reason(tmp_path):
    # (golang's alpine image has no ssh either: the original fails the same way)
    context = _go_context(tmp_path, 'exec.Command("ssh", "host")')
    result = transpile(GO.format(image="golang:1.22-alpine"), context=context)
    assert not result.report.declined, result.report.reason


def test_a_program_of_the_build_output_is_no_reason(tmp_path):
    context = _go_context(tmp_path, 'exec.LookPath("cli-helper")')
    result = transpile(GO.format(image="golang:1.22-bookworm"), context=context)
    assert not result.report.declined, result.report.reason


def test_the_scan_reads_every_form_of_a_started_program(tmp_path):
    from transpiler.buildkit.dockerignore import SentContext
    from transpiler.knowledge.go_cgo import scan_context

    (tmp_path / "go.mod").write_text("module example.com/x\n")
    (tmp_path / "a.go").write_text('package x\nvar a = exec.Command("ssh", "-T")\n'
                                   'var b, _ = exec.LookPath("curl")\n'
                                   'var c = exec.Command(name)\n'
                                   'var d = exec.Command("/usr/bin/git")\n'
                                   'var e = exec.Command("./bin/tool")\n')
    (tmp_path / "b_test.go").write_text('package x\nvar e = exec.Command("wget")\n')
    assert scan_context(SentContext(str(tmp_path))).runs == (("curl", "a.go"), ("git", "a.go"), ("ssh", "a.go"))


def test_unread_sources_get_the_image_the_builder_is_built_on():
    """Without the sources, which programs the binary starts is not known: the runner is
    buildpack-deps:bookworm-scm (golang:1.22-bookworm's parent), which has git and ssh,
    and nothing needs saying; the compilers the golang image adds are named as left out."""
    result = transpile(GO.format(image="golang:1.22-bookworm"))
    assert not result.report.declined, result.report.reason
    assert "\nFROM buildpack-deps:bookworm-scm\n" in result.output
    assert not any(w.startswith("no Go sources were read") for w in result.report.warnings)
    assert "all but the Go toolchain and g++, gcc, libc6-dev, make, pkg-config" in \
        result.report.render()


def test_unread_sources_float_with_a_floating_builder():
    result = transpile(GO.format(image="golang:latest"))
    assert "\nFROM buildpack-deps:stable-scm\n" in result.output, result.output


def test_unread_sources_with_a_runner_given_say_what_it_lacks():
    result = transpile(GO.format(image="golang:1.22-bookworm"), runtime="debian:bookworm-slim")
    note = [w for w in result.report.warnings if w.startswith("no Go sources were read")]
    assert len(note) == 1 and "openssh-client" in note[0] and "git" in note[0], \
        result.report.warnings


def test_unread_sources_on_an_onbuild_image_get_its_debian_parent():
    # (golang:onbuild is built on golang:1.8.3-jessie, itself on buildpack-deps: the
    # first image of another name in the chain)
    result = transpile("FROM golang:onbuild\nCOPY . /go/src/app\n"
                       "RUN go build -o /usr/local/bin/cli .\nENTRYPOINT [\"cli\"]\n")
    assert not result.report.declined, result.report.reason
    assert "\nFROM buildpack-deps:jessie-scm\n" in result.output, result.output


def test_read_sources_or_an_image_without_programs_say_nothing(tmp_path):
    context = _go_context(tmp_path, 'exec.LookPath("cli-helper")')
    read = transpile(GO.format(image="golang:1.22-bookworm"), context=context)
    alpine = transpile(GO.format(image="golang:1.22-alpine"))
    for result in (read, alpine):
        assert not any(w.startswith("no Go sources were read") for w in result.report.warnings)


_DIGEST = "@sha256:" + "0123456789abcdef" * 4


def test_a_digest_on_a_floating_tag_declines_a_program_an_older_image_had(tmp_path):
    """golang:1.11 floats: the data's image (buster) has no bzr, its stretch images of
    2018 (golang:1.11.1) had; a digest may be one of them."""
    context = _go_context(tmp_path, 'exec.Command("bzr", "branch")')
    undigested = transpile(GO.format(image="golang:1.11"), context=context)
    assert not undigested.report.declined, undigested.report.reason
    result = transpile(GO.format(image="golang:1.11" + _DIGEST), context=context)
    assert result.report.declined
    assert "starts `bzr` (os/exec), and golang:1.11@sha256:" in result.report.reason
    assert "pinned by a digest on a tag that floats" in result.report.reason
    # a program no image of the name installs is no reason
    context = _go_context(tmp_path / "other", 'exec.LookPath("cli-helper")')
    result = transpile(GO.format(image="golang:1.11" + _DIGEST), context=context)
    assert not result.report.declined, result.report.reason


def test_the_unread_note_of_a_digest_says_the_packages_are_the_tags():
    result = transpile(GO.format(image="golang:1.22-bookworm" + _DIGEST),
                       runtime="debian:bookworm-slim")
    note = [w for w in result.report.warnings if w.startswith("no Go sources were read")]
    assert len(note) == 1 and "the digest's image may have others" in note[0]


def test_a_runner_given_is_not_refused_for_the_parent_a_digest_hides():
    """golang:1.20 floated from bullseye to bookworm: under a digest, the release of the
    image it is built on is not known, which declines the parent runner only; a runner
    given with --runtime is used, with the note of the programs it lacks."""
    text = GO.format(image="golang:1.20" + _DIGEST)
    assert transpile(text).report.declined
    result = transpile(text, runtime="debian:bookworm-slim")
    assert not result.report.declined, result.report.reason
    note = [w for w in result.report.warnings if w.startswith("no Go sources were read")]
    assert len(note) == 1 and "the digest's image may have others" in note[0]
