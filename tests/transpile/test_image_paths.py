"""The one "is this path inside that directory" test (``analysis.paths``): its edge cases
are the ones the copies it replaced each handled their own way."""

import pytest

from transpiler.analysis.paths import is_within, normal, within_any


@pytest.mark.parametrize("path, directory, expected", [
    ("/app", "/app", True),
    ("/app/src/main.py", "/app", True),
    ("/application", "/app", False),          # a prefix of the name is not a parent
    ("/ap", "/app", False),
    ("/app", "/app/src", False),              # the parent is not within its child
    # trailing and doubled slashes
    ("/app/", "/app", True),
    ("/app", "/app/", True),
    ("/app//src", "/app/", True),
    ("//app/src", "/app", True),
    # '.' and '..' are folded before comparing
    ("/app/./src", "/app", True),
    ("/app/../etc/passwd", "/app", False),
    ("/etc/../app/x", "/app", True),
    ("/app/src/..", "/app", True),
    ("/app/..", "/app", False),
    # the root holds every absolute path
    ("/", "/", True),
    ("/etc", "/", True),
    ("/etc", "//", True),
    ("/", "/etc", False),
    # unknown or relative: never inside
    (None, "/app", False),
    ("/app", None, False),
    ("", "/", False),
    ("/app", "", False),
    ("app/x", "/", False),
    ("/app/x", "app", False),
    ("app/x", "app", True),
])
def test_is_within(path, directory, expected):
    assert is_within(path, directory) is expected


def test_root_holding_itself_only():
    """For a caller to which a copy to / is not a tree holding the image."""
    assert is_within("/", "/", root_holds_all=False)
    assert not is_within("/etc", "/", root_holds_all=False)
    assert is_within("/etc/x", "/etc", root_holds_all=False)


def test_within_any():
    assert within_any("/srv/app/x", ["/opt", "/srv/app/"])
    assert not within_any("/srv/application", ["/opt", "/srv/app"])
    assert not within_any("/srv", [])
    assert not within_any("/srv", [None])
    assert not within_any("/srv", ["/"], root_holds_all=False)


@pytest.mark.parametrize("path, expected", [
    ("/", "/"), ("//", "/"), ("///a//b/", "/a/b"), ("/a/./b/../c", "/a/c"), ("/..", "/"),
])
def test_normal(path, expected):
    assert normal(path) == expected
