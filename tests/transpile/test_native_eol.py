"""A C/C++ build whose runtime packages no table names (an end-of-life release, an
unknown -dev package, an install prefix copied whole) has them read in the builder
(native.uncovered_release, native_staging.libraries_command); programs whose run-time
use is unknown reach the runner (native_runner.carried_others)."""

import re

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.decline import Decline
from transpiler.multistage.recipes.native_runner import carried_others
from transpiler.multistage.recipes.native_staging import _awk_literal, libraries_command

EOL = """FROM {image}
RUN apt-get update && apt-get install -y gcc libc6-dev
COPY hello.c /src/hello.c
RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c
CMD ["hello"]
"""


def _runner(output):
    return output.split("\nFROM ")[-1]


@pytest.mark.parametrize("image,runner", [("ubuntu:12.10", "ubuntu:12.10"),
                                          ("ubuntu:precise", "ubuntu:precise"),
                                          ("ubuntu:16.10", "ubuntu:16.10"),
                                          ("debian:wheezy", "debian:wheezy-slim")])
def test_end_of_life_release_reads_its_packages_in_the_builder(image, runner):
    result = transpile(EOL.format(image=image))
    assert not result.report.declined, result.report.reason
    assert _runner(result.output).startswith(runner + "\n")
    assert "xargs -r apt-get install" in _runner(result.output)
    assert "dpkg-query --search" in result.output.split("\nFROM ")[0]


def test_current_tag_of_an_uncovered_release_still_declines():
    # (debian:testing names a release newer than the tables: not an end-of-life one)
    result = transpile(EOL.format(image="debian:testing"))
    assert result.report.declined
    assert "do not cover" in result.report.reason


def test_tree_libraries_come_with_the_copy():
    text = libraries_command((), (), False, False, trees=("/usr/local", "/opt/my.app"))
    assert "find /usr/local -type f" in text and "find /opt/my.app -type f" in text
    assert "$3 !~ /^\\/usr\\/local\\//" in text
    assert "$3 !~ /^\\/opt\\/my[.]app\\//" in text


def test_dev_links_are_read_one_file_a_call():
    # (readlink of coreutils before 8.15, Ubuntu precise's 8.13, takes one file)
    text = libraries_command(("/app/x",), (), False, False, dev_packages=("libfoo-dev",))
    # (the shared -dev listing: a name dpkg does not know is left out by its awk)
    assert "printf '%s\\n' libfoo-dev > /tmp/dtranspile-ldd.dev.roots" in text
    assert "xargs -r -n1 readlink -f < /tmp/dtranspile-ldd.devso" in text
    assert text.index("readlink") < text.index("sort -u -o /tmp/dtranspile-ldd.libs")


def test_awk_literal_escapes_regular_expression_characters():
    assert _awk_literal("/a.b/c+d") == "\\/a[.]b\\/c[+]d"
    assert re.search("^" + _awk_literal("/a.b").replace("\\/", "/") + "$", "/a.b")


def test_packages_named_by_a_variable_are_not_carried():
    assert carried_others(("curl", "zip"), "the program") == ("curl", "zip")
    with pytest.raises(Decline):
        carried_others(("curl", "$EXTRA"), "the program")


def test_apk_removal_by_name_removes_the_tagged_install():
    from transpiler.knowledge.packages import kept_installs
    kept, removed = kept_installs([("apk", "add", "opencv@testing", "opencv-dev@testing"),
                                   ("apk", "del", "--purge", "opencv-dev")])
    assert kept == ("opencv@testing",) and removed == ("opencv-dev@testing",)


def test_floating_ubuntu_builder_gets_a_floating_runner():
    # (the package names read in the builder are those of the release ``ubuntu`` names
    # when it is built: a runner pinned to the data's release breaks when the tag moves)
    result = transpile("FROM ubuntu\nRUN apt-get update && apt-get install -y gcc make "
                       "libpcre3-dev\nCOPY . /src\nWORKDIR /src\nRUN make\nCMD [\"./prog\"]\n")
    assert not result.report.declined, result.report.reason
    assert _runner(result.output).startswith("ubuntu\n")
