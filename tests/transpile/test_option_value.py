"""analysis.shell.option_value: the one reader of a tool's option value that tar's and
unzip's directory (setup_scripts), pip's --prefix/--target/--src (the Python recipe) and
npm's --location/--userconfig (npm_config) and bundler's and gem's options (the Ruby
recipe) ask."""
import pytest

from transpiler.analysis.shell import option_value


@pytest.mark.parametrize("args, names, expected", [
    (["-C", "/opt", "x.tar"], ("-C", "--directory"), (True, "/opt")),
    (["-C/opt", "x.tar"], ("-C",), (True, "/opt")),           # a short option's own value
    (["--directory=/opt"], ("-C", "--directory"), (True, "/opt")),
    (["--directoryx", "/opt"], ("--directory",), (False, None)),  # (a long one needs "=")
    (["install", "--target"], ("--target", "-t"), (True, None)),  # the last word: no value
    (["config", "set", "--location", "user"], ("--location",), (True, "user")),
    (["install", "."], ("--prefix",), (False, None)),
    (["-t", "/a", "--target", "/b"], ("--target", "-t"), (True, "/a")),  # the first given
])
def test_option_value(args, names, expected):
    assert option_value(args, *names) == expected


@pytest.mark.parametrize("args, names, expected", [
    (["install", "--binstubs", "-j4"], ("--binstubs",), (True, None)),  # the next option
    (["install", "--binstubs", "bin2"], ("--binstubs",), (True, "bin2")),
    (["install", "-i", "-n"], ("--install-dir", "-i"), (True, None)),
    (["install", "-i/opt/gems"], ("--install-dir", "-i"), (True, "/opt/gems")),
    (["install", "--path=vendor"], ("--path",), (True, "vendor")),
])
def test_optional_value_is_not_the_next_option(args, names, expected):
    """``optional``: an option whose value may be left out (bundler's and gem's, the
    Ruby recipe's ``_option``) takes no following word that starts with ``-``."""
    assert option_value(args, *names, optional=True) == expected
    assert option_value(args, *names)[0] == expected[0]
