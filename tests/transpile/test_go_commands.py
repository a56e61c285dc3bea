"""The go command's output names in GOPATH and module mode (go_commands), after
``go help modules`` of each release."""

import pytest

from transpiler.multistage.recipes.go_commands import binary_name, gopath_mode

GOPATH = "/go"
DIR = "/go/src/github.com/example/ferret-server"


@pytest.mark.parametrize("env, mode", [
    ({"GOLANG_VERSION": "1.11.13"}, True),            # auto: GOPATH mode in $GOPATH/src
    ({"GOLANG_VERSION": "1.12.17", "GO111MODULE": "auto"}, True),
    ({"GOLANG_VERSION": "1.12.17", "GO111MODULE": "on"}, False),
    ({"GOLANG_VERSION": "1.13.15"}, None),            # go.mod decides
    ({"GOLANG_VERSION": "1.15.15"}, None),
    ({"GOLANG_VERSION": "1.16.0", "GO111MODULE": "auto"}, None),
    ({"GOLANG_VERSION": "1.16.0"}, False),            # unset means on
    ({"GOLANG_VERSION": "1.22.5", "GO111MODULE": "off"}, True),
    ({"GOLANG_VERSION": "1.10.8", "GO111MODULE": "on"}, True),  # no modules yet
    ({"GO111MODULE": "off"}, True),
    ({}, None),                                        # the release is not known
])
def test_gopath_mode(env, mode):
    assert gopath_mode(env) is mode


def test_directory_names_binary_only_in_gopath_mode():
    assert binary_name("", DIR, GOPATH, {"GOLANG_VERSION": "1.11.13"}) == ("ferret-server", True)
    assert binary_name("", DIR, GOPATH, {"GOLANG_VERSION": "1.22.5"}) == ("ferret-server", False)
    assert binary_name("", DIR, GOPATH, {"GOLANG_VERSION": "1.14.1"}) == ("ferret-server", False)
    # an import path names the binary in either mode
    assert binary_name("github.com/example/gosearch", DIR, GOPATH,
                       {"GOLANG_VERSION": "1.22.5"}) == ("gosearch", True)


@pytest.mark.parametrize("argv, read", [
    (("make", "-j", "4", "all"), ("/go/src/a", ["all"], False)),
    (("make", "-C", "sub", "install"), ("/go/src/a/sub", ["install"], False)),
    (("make", "--directory=/x", "build"), ("/x", ["build"], False)),
    (("make", "-C", "$D"), ("/d", [], False)),
    (("make", "-e", "OUTPUTFLAGS=-o /x"), ("/go/src/a", [], False)),
    (("make", "-f", "Other.mk"), (None, [], True)),  # another Makefile: not read
])
def test_make_command_directory_and_targets(argv, read):
    from transpiler.multistage.recipes.go_makefile import _read
    from transpiler.multistage.recipes.run_walk import Step

    assert _read(Step(0, "line 1", argv, "/go/src/a", {"D": "/d"}, None)) == read


@pytest.mark.parametrize("sub, args, optional", [
    # an import path may name a library package, which writes no binary
    ("install", ("-v", "github.com/hpcloud/tail"), (True,)),
    ("install", ("golang.org/x/tools/cmd/goimports@latest",), (True,)),
    ("build", ("github.com/jitsi/jap/cmd/jap",), (True,)),
    # the Dockerfile's own directory or files: its program, written or the build fails
    ("install", ("./cmd/server",), (False,)),
    ("install", (), (False,)),
    ("build", ("main.go",), (False,)),
    ("build", ("-o", "/out/app", "github.com/example/app"), (False,)),
])
def test_import_path_outputs_are_optional(sub, args, optional):
    """Only an output of a package named by import path may be missing after the build
    (optional_outputs copies it only where the build wrote it)."""
    from transpiler.multistage.recipes.go_commands import read_go_command
    read = read_go_command(sub, args, "/go/src/app", {"GOPATH": "/go",
                                                        "GOLANG_VERSION": "1.10.8"}, "line 3")
    assert tuple(o.optional for o in read.outputs) == optional


def test_staging_copies_only_what_exists(tmp_path):
    """The builder's staging text copies an existing binary to its own path under the
    staging directory and passes over a missing one (a library package's)."""
    import subprocess
    from transpiler.multistage import optional_outputs
    made = tmp_path / "bin" / "gotail"
    made.parent.mkdir()
    made.write_text("binary")
    missing = tmp_path / "bin" / "tail"
    staged = tmp_path / "staged"
    text = optional_outputs.staging_text((str(made), str(missing))).replace(
        optional_outputs.STAGED, str(staged))
    subprocess.run(["sh", "-c", text], check=True)
    assert (staged / str(made).lstrip("/")).read_text() == "binary"
    assert not (staged / str(missing).lstrip("/")).exists()
