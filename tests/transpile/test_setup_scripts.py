"""setup_scripts.confined_problem: where a context script run before the build writes."""
import pytest

from transpiler.multistage.setup_scripts import confined_problem

TREES = ("/src",)


@pytest.mark.parametrize("text", [
    "#!/bin/sh\nset -e\nmkdir -p build\ncd build\ncmake ..\nmake -j4\ncp libx.a ../lib/\n",
    "#!/bin/bash\ngit clone --depth 1 https://example.org/dep.git vendor/dep\n",
    "curl -fsSL -o data/table.csv https://example.org/t.csv\ntar -xzf x.tgz -C /src/data\n",
    "apt-get update\necho done > /tmp/log\n",
    "CGO_ENABLED=0 go build -o bin/tool ./cmd/tool\n",
    "for d in a b; do make -C $d; done\n",
    "if [ ! -d build ]; then mkdir build; fi\ncd build && cmake .. && make\n",
])
def test_confined(text):
    assert confined_problem(text, "/src", {}, TREES) is None


@pytest.mark.parametrize("text, words", [
    ("apt-get install -y nmap\n", "installs packages (nmap)"),
    ("make && make install\n", "installs outside the tree"),
    ("cd /opt && make\n", "outside the build context's copies"),
    ("cp tool /usr/local/bin/\n", "/usr/local/bin"),
    ("wget https://example.org/x -O /usr/bin/x\n", "fetches /usr/bin/x"),
    ("./other.sh\n", "what `./other.sh` writes is not known"),
    ("if [ -f x ]; then cd /opt; fi\nmake\n", "cannot follow"),
    ("f() { make install; }\nf\n", "cannot follow"),
    ("while read l; do cp $l /usr/bin; done < list\n", "cannot follow"),
    ("#!/usr/bin/env python3\nprint(1)\n", "not a shell script"),
    ("make -C ../elsewhere\n", "outside the build context's copies"),
    ("echo $UNSET_THING > out.txt\ncp out.txt $DEST\n", "not known"),
])
def test_not_confined(text, words):
    problem = confined_problem(text, "/src", {}, TREES)
    assert problem is not None and words in problem, problem
