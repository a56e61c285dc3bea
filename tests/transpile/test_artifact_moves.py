"""Reading what RUN commands do to built files (analysis/artifact_moves.py)."""

from __future__ import annotations

import pytest

from transpiler.analysis.artifact_moves import build_directories, moves
from transpiler.analysis.shell import split_commands


def read(text):
    return [(m.tool, m.sources, m.target, m.into_directory, m.symbolic, m.known)
            for m in moves(split_commands(text))]


@pytest.mark.parametrize("text,expected", [
    ("mv build/app /usr/local/bin/app", ("mv", ("build/app",), "/usr/local/bin/app", False, False, True)),
    ("mv -f a b /opt", ("mv", ("a", "b"), "/opt", True, False, True)),
    ("cp -r dist/ /srv/", ("cp", ("dist/",), "/srv/", True, False, True)),
    ("cp -t /opt/bin -v a b", ("cp", ("a", "b"), "/opt/bin", True, False, True)),
    ("cp --target-directory=/x a", ("cp", ("a",), "/x", True, False, True)),
    ("install -m 0755 -o root out/tool /usr/bin/tool",
     ("install", ("out/tool",), "/usr/bin/tool", False, False, True)),
    ("install -Dm755 app /usr/local/bin/app",
     ("install", ("app",), "/usr/local/bin/app", False, False, True)),
    ("ln -sf /opt/app/bin/app /usr/local/bin/app",
     ("ln", ("/opt/app/bin/app",), "/usr/local/bin/app", False, True, True)),
    ("ln -s /opt/node/bin/node", ("ln", ("/opt/node/bin/node",), None, True, True, True)),
    ("mv -T a b", ("mv", ("a",), "b", False, False, True)),
    ("sudo mv -- -odd /x/", ("mv", ("-odd",), "/x/", True, False, True)),
    ("mv --bogus a b", ("mv", ("a",), "b", False, False, False)),
    ("cp onlyone", ("cp", ("onlyone",), None, False, False, False)),
])
def test_moves(text, expected):
    assert read(text) == [expected]


def test_install_d_creates_directories_and_is_no_move():
    assert read("install -d /opt/app && install -m755 -d /x") == []


def test_a_projects_own_install_script_is_not_install():
    assert read("./install -i /usr/local/aws && /app/setup/install a b") == []
    assert read("/usr/bin/install a /b")[0][:3] == ("install", ("a",), "/b")


def test_moves_keep_the_command_context():
    m = list(moves(split_commands("(cd build && make && mv app /usr/bin)")))[0]
    assert (m.command.subshell, m.command.line, m.command.column) == (1, 1, 22)


@pytest.mark.parametrize("text,expected", [
    ("make -C build", [("make", "build")]),
    ("make -Csrc -j4 install", [("make", "src")]),
    ("make -C a -C b", [("make", "a/b")]),
    ("make --directory=/src/x all", [("make", "/src/x")]),
    ("cmake -B out . && cmake --build out --target app", [("cmake", "out")]),
    ("ninja -C out && meson compile -C bd", [("ninja", "out"), ("meson", "bd")]),
    ("make && cmake ..", []),
])
def test_build_directories(text, expected):
    assert [(b.tool, b.directory) for b in build_directories(split_commands(text))] == expected
