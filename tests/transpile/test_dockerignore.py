"""buildkit/dockerignore: .dockerignore read and matched as BuildKit does (the tables
are moby/patternmatcher's own tests: TestMatches, TestMatch and the docs' examples),
and the build context as sent (``SentContext``) behind every reader of it."""
from __future__ import annotations

import os

import pytest

from transpiler.buildkit.dockerignore import (BadPattern, Matcher, SentContext, go_clean,
                                              read_patterns)
from transpiler.multistage.api import transpile

#: (pattern, path, excluded): patternmatcher_test.go's TestMatches, as the walk of the
#: sender answers it (a parent's match counts)
MATCHES = [
    ("**", "file", True), ("**", "dir/file", True), ("**/", "dir/file", True),
    ("**/**", "dir/file", True), ("dir/**", "dir/file", True),
    ("dir/**", "dir/dir2/file", True), ("**/dir", "dir", True), ("**/dir", "dir/file", True),
    ("**/dir2/*", "dir/dir2/file", True), ("**/dir2/**", "dir/dir2/dir3/file", True),
    ("**file", "file", True), ("**file", "dir/file", True), ("**/file", "dir/file", True),
    ("**file", "dir/dir/file", True), ("**/file", "dir/dir/file", True),
    ("**/file*", "dir/dir/file", True), ("**/file*", "dir/dir/file.txt", True),
    ("**/file*txt", "dir/dir/file.txt", True), ("**/file*.txt", "dir/dir/file.txt", True),
    ("**/file*.txt*", "dir/dir/file.txt", True), ("**/**/*.txt", "dir/dir/file.txt", True),
    ("**/**/*.txt2", "dir/dir/file.txt", False), ("**/*.txt", "file.txt", True),
    ("**/**/*.txt", "file.txt", True), ("a**/*.txt", "a/file.txt", True),
    ("a**/*.txt", "a/dir/file.txt", True), ("a**/*.txt", "a/dir/dir/file.txt", True),
    ("a/*.txt", "a/dir/file.txt", False), ("a/*.txt", "a/file.txt", True),
    ("a/*.txt**", "a/file.txt", True), ("a[b-d]e", "ae", False), ("a[b-d]e", "ace", True),
    ("a[b-d]e", "aae", False), ("a[^b-d]e", "aze", True), (".*", ".foo", True),
    (".*", "foo", False), ("abc.def", "abcdef", False), ("abc.def", "abc.def", True),
    ("abc.def", "abcZdef", False), ("abc?def", "abcZdef", True), ("abc?def", "abcdef", False),
    ("**/foo/bar", "foo/bar", True), ("**/foo/bar", "dir/foo/bar", True),
    ("**/foo/bar", "dir/dir2/foo/bar", True), ("abc/**", "abc", False),
    ("abc/**", "abc/def", True), ("abc/**", "abc/def/ghi", True), ("**/.foo", ".foo", True),
    ("**/.foo", "bar.foo", False), ("a(b)c/def", "a(b)c/def", True),
    ("a(b)c/def", "a(b)c/xyz", False), ("a.|)$(}+{bc", "a.|)$(}+{bc", True),
    ("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", True),
    ("a\\\\", "a\\", True), ("a\\*b", "a*b", True),
    # (TestMatch, Go's filepath.Match table)
    ("abc", "abc", True), ("*", "abc", True), ("*c", "abc", True), ("a*", "a", True),
    ("a*", "ab/c", True), ("a*/b", "abc/b", True), ("a*/b", "a/c/b", False),
    ("a*b*c*d*e*/f", "axbxcxdxe/f", True), ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", False),
    ("a*b?c*x", "abxbbxdbxebxczzx", True), ("a*b?c*x", "abxbbxdbxebxczzy", False),
    ("ab[^c]", "abc", False), ("ab[^e-g]", "abc", True), ("a\\*b", "ab", False),
    ("a?b", "a\u263ab", True), ("a[^a]b", "a\u263ab", True), ("a???b", "a\u263ab", False),
    ("[a-\u03b6]*", "\u03b1", True), ("*[a-\u03b6]", "A", False), ("a?b", "a/b", False),
    ("a*b", "a/b", False), ("[\\]a]", "]", True), ("[\\-]", "-", True), ("[x\\-]", "z", False),
    ("[\\-x]", "-", True), ("*x", "xxx", True),
]


@pytest.mark.parametrize("pattern,path,excluded", MATCHES)
def test_patternmatcher_table(pattern, path, excluded):
    assert Matcher([pattern]).excluded(path) is excluded


@pytest.mark.parametrize("patterns,path,excluded", [
    (["**", "!util/docker/web"], "util/docker/web/foo", False),
    (["**", "!util/docker/web", "util/docker/web/foo"], "util/docker/web/foo", True),
    (["**", "!dist/*.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", False),
    (["!fileutils.go", "*.go"], "fileutils.go", True),
    (["*.go", "!fileutils.go"], "fileutils.go", False),
    (["docs", "!docs/README.md"], "docs/README.md", False),
    (["docs/", "!docs/README.md"], "docs/README.md", False),
    (["docs/*", "!docs/README.md"], "docs/README.md", False),
    # (the docs: the last line that matches decides)
    (["*.md", "!README*.md", "README-secret.md"], "README-secret.md", True),
    (["*.md", "!README*.md", "README-secret.md"], "README.md", False),
    (["*.md", "README-secret.md", "!README*.md"], "README-secret.md", False),
    (["*/temp*"], "somedir/temporary.txt", True), (["*/temp*"], "temporary.txt", False),
    (["*/*/temp*"], "somedir/subdir/temporary.txt", True), (["temp?"], "tempa", True),
    (["/foo/bar"], "foo/bar", True), (["foo/bar"], "x/foo/bar", False),
    (["*", "!src", "!package.json"], "src/lib/a.js", False),
    (["*", "!src", "!package.json"], "notes.txt", True),
])
def test_several_patterns(patterns, path, excluded):
    assert Matcher.of_text("\n".join(patterns)).excluded(path) is excluded


@pytest.mark.parametrize("pattern", ["!", "[", "[^", "[^bc", "a[", "[]a]", "[-]", "[x-]",
                                     "[-x]", "\\", "[a-b-c]"])
def test_patterns_buildkit_refuses(pattern):
    with pytest.raises(BadPattern):
        Matcher([pattern])


def test_ignore_file_read_as_buildkit_reads_it():
    text = "\ufeff# a comment\n  # not one\n\n/foo/../bar/\n ! /keep \r\n./a//b\n"
    assert read_patterns(text) == ["# not one", "bar", "!keep", "a/b"]
    assert go_clean("a/../../b") == "../b" and go_clean("/..") == "/" and go_clean("") == "."


def _tree(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_sent_context(tmp_path):
    root = _tree(tmp_path / "ctx", {
        ".dockerignore": "node_modules\n*.log\ndocs\n!docs/keep.md\n",
        "app.js": "", "a.log": "", "node_modules/x/i.js": "", "docs/keep.md": "",
        "docs/drop.md": "", "src/b.log": ""})
    os.symlink("a.log", root / "link")
    sent = SentContext(str(root))
    assert sent.isfile("app.js") and not sent.isfile("a.log") and not sent.lexists("a.log")
    assert sent.isfile("src/b.log")  # (*.log is the root's only)
    assert not sent.isfile("link")  # (its target is not sent)
    assert sent.lexists("docs") and sent.isdir("docs")  # (an exception sends a file in it)
    assert not sent.lexists("node_modules") and not sent.isdir("node_modules")
    assert sorted(sent.walk()) == [".dockerignore", "app.js", "docs/keep.md", "link",
                                   "src/b.log"]


def test_the_dockerfiles_own_ignore_file_first(tmp_path):
    root = _tree(tmp_path, {".dockerignore": "a.txt\n", "app.Dockerfile.dockerignore": "b.txt\n",
                            "a.txt": "", "b.txt": ""})
    own = SentContext(str(root), str(root / "app.Dockerfile"))
    assert own.ignore_name == "app.Dockerfile.dockerignore"
    assert own.isfile("a.txt") and not own.isfile("b.txt")
    other = SentContext(str(root), str(root / "Dockerfile"))
    assert other.ignore_name == ".dockerignore" and not other.isfile("a.txt")


GO = ('FROM golang:1.22-bookworm\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\n'
      'COPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n')


def _go_context(root, ignore):
    return _tree(root, {"go.mod": "module example.com/app\n", "main.go": "package main\n",
                        "entrypoint.sh": "#!/bin/sh\nexec app\n", ".dockerignore": ignore})


def test_a_named_source_not_sent_reads_the_context_as_none(tmp_path):
    """The decline says the context given is read as none, and why, instead of asking
    for --context."""
    _go_context(tmp_path, "*.sh\n")
    result = transpile(GO, context=str(tmp_path))
    assert result.report.declined
    assert "which was not given" not in result.report.reason
    assert "give --context" not in result.report.reason
    assert "which is read as none (the build context given does not send entrypoint.sh, " \
        "which the COPY at line 5 copies: its .dockerignore excludes it)" in result.report.reason
    assert "give the build's own context to have it read" in result.report.reason
    assert any("does not send entrypoint.sh" in w for w in result.report.warnings)


def test_an_ignore_file_buildkit_refuses_reads_the_context_as_none(tmp_path):
    _go_context(tmp_path, "[\n")
    result = transpile(GO, context=str(tmp_path))
    assert result.report.declined and "BuildKit refuses its .dockerignore" in \
        result.report.reason
    assert any("not known as BuildKit sends it" in w for w in result.report.warnings)


def test_without_ignore_file_the_script_is_read(tmp_path):
    _go_context(tmp_path, "")
    assert not transpile(GO, context=str(tmp_path)).report.declined


def test_cli_reads_the_dockerfiles_own_ignore_file(tmp_path):
    from transpiler.cli.main import Options, process
    _go_context(tmp_path, "")
    (tmp_path / "Dockerfile").write_text(GO)
    assert not process("Dockerfile", str(tmp_path / "Dockerfile"), Options()).exit_code
    (tmp_path / "Dockerfile.dockerignore").write_text("entrypoint.sh\n")
    out = process("Dockerfile", str(tmp_path / "Dockerfile"), Options())
    assert any("Dockerfile.dockerignore excludes it" in line for line in out.info)


def test_a_recipes_request_for_the_context_says_it_was_read_as_none(tmp_path):
    """The Ruby recipe asks for Gemfile.lock with "give --context": when the context
    given was read as none, it asks for the build's own."""
    _tree(tmp_path, {"Gemfile": "", "app.rb": ""})
    text = ("FROM ruby:3.2\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n"
            "COPY . .\nCMD [\"ruby\", \"app.rb\"]\n")
    result = transpile(text, context=str(tmp_path))
    assert result.report.declined and "give --context" not in result.report.reason
    assert "give the build's own context with it" in result.report.reason
    assert result.report.reason.endswith("(the build context given is read as none: see the "
                                         "warning)")
