"""The one "is this path inside that directory" test (``analysis.paths``): its edge cases
are the ones the copies it replaced each handled their own way."""

import pytest

from transpiler.analysis.paths import is_within, normal, overlaps, within_any


_CASES = [
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
]


@pytest.mark.parametrize("path, directory, expected", _CASES)
def test_is_within(path, directory, expected):
    assert is_within(path, directory) is expected


def test_root_holding_itself_only():
    """For a caller to which a copy to / is not a tree holding the image."""
    assert is_within("/", "/", root_holds_all=False)
    assert not is_within("/etc", "/", root_holds_all=False)
    assert is_within("/etc/x", "/etc", root_holds_all=False)


@pytest.mark.parametrize("a, b", [(a, b) for a, b, _ in _CASES] + [
    ("/app/src", "/app"), ("/app", "/app/src"), ("/app", "/srv"), ("/", "/etc"),
    ("/etc", "/"), ("/app/", "/app//src/.."), (None, None), ("app", "app/x")])
@pytest.mark.parametrize("root_holds_all", [True, False])
def test_overlaps(a, b, root_holds_all):
    """Either within the other, the same both ways round."""
    expected = is_within(a, b, root_holds_all=root_holds_all) or \
        is_within(b, a, root_holds_all=root_holds_all)
    assert overlaps(a, b, root_holds_all=root_holds_all) is expected
    assert overlaps(b, a, root_holds_all=root_holds_all) is expected


def test_overlaps_examples():
    assert overlaps("/app", "/app/src") and overlaps("/app/src", "/app")
    assert not overlaps("/app", "/application")
    assert overlaps("/", "/etc") and not overlaps("/", "/etc", root_holds_all=False)
    assert not overlaps("/app", None) and not overlaps("", "/")


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
