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
