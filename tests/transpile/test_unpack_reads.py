"""What a later command of the build does to an archive unpacked before it, and whether
that is a read (prebuild_files.read_or_removed_later): a compiler's output word is a
write (analysis/build_outputs: ``go build -o /opt/site/server``), an edit in place
prepares a file (``sed -i``), a ``find`` that deletes some files or changes modes prunes
(file_writes.find_cleanup); none of them makes the unpack the build's, so the runner
copies /opt/site whole rather than the program alone."""
import pytest

from transpiler.analysis.build_outputs import output_words
from transpiler.analysis.file_writes import find_cleanup

from transpile_checks import runner_stage


@pytest.mark.parametrize("argv, words", [
    (["go", "build", "-o", "/opt/app", "."], ["/opt/app"]),
    (["go", "build", "-o=/opt/app", "./cmd/x"], ["/opt/app"]),
    (["/usr/local/go/bin/go", "test", "-c", "-o", "t.test"], ["t.test"]),
    (["go", "install", "./..."], []),
    (["go", "run", "main.go", "-o", "x"], []),  # (the program's own words)
    (["gcc", "-O2", "-o", "/usr/local/bin/hello", "hello.c"], ["/usr/local/bin/hello"]),
    (["g++-12", "-ohello", "hello.cc"], ["hello"]),
    (["cc", "-o=x", "a.c"], ["=x"]),  # (the C drivers take the file "=x")
    (["clang", "-c", "a.c"], []),
    (["rustc", "-o", "bin/app", "main.rs"], ["bin/app"]),
    (["dotnet", "publish", "-c", "Release", "-o", "/app/out"], ["/app/out"]),
    (["dotnet", "publish", "--output=/app/out"], ["/app/out"]),
    (["dotnet", "run", "-o", "x"], []),
    (["javac", "-d", "classes", "Main.java"], ["classes"]),
    (["tsc", "--outDir", "dist"], ["dist"]),
    (["cp", "-o", "x", "y"], []),  # (a program not listed names no output)
    ([], []),
])
def test_output_words(argv, words):
    assert output_words(argv) == words


GO = "FROM golang:1.21-bookworm\n"
UNPACK = "RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site\n"


@pytest.mark.parametrize("build", [
    "RUN CGO_ENABLED=0 go build -o /opt/site/server .\n",
    "RUN CGO_ENABLED=0 go build -o=/opt/site/server .\n",
    "RUN CGO_ENABLED=0 go build -o server . && mv server /opt/site/server\n",
])
def test_program_built_into_the_unpack_gets_the_unpack(build):
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n" + build +
                     'CMD ["/opt/site/server"]\n')
    assert "COPY --from=builder /opt/site /opt/site\n" in runner


def test_a_build_that_reads_the_unpack_keeps_it_in_the_builder():
    # (the compiler reads a file of the unpack: the archive was the build's, as before)
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /usr/local/bin/server "
                     "-ldflags=-X=main.v=1 . && cp /opt/site/version.txt /src/version\n"
                     'CMD ["server"]\n')
    assert "/opt/site" not in runner


@pytest.mark.parametrize("edit", [
    "RUN sed -i s/a/b/ /opt/site/site.conf\n",
    "RUN sed -i -e s/a/b/ -e s/c/d/ /opt/site/site.conf /opt/site/other.conf\n",
    "RUN keytool -importcert -noprompt -alias x -file /tmp/x.pem -keystore /opt/site/ks\n",
    "RUN perl -pi -e 's/a/b/' /opt/site/site.conf\n",
    "RUN cd /opt/site && perl -0777 -i.bak -pe 's/a/b/s' site.conf\n",
    "RUN dos2unix /opt/site/run.sh\n",
])
def test_an_edit_in_place_is_not_a_read_by_the_build(edit):
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .\n" + edit +
                     'CMD ["server"]\n')
    assert "COPY --from=builder /opt/site /opt/site\n" in runner


def test_a_sed_script_read_from_the_unpack_is_a_read():
    # (``sed -f FILE`` reads FILE: the unpack serves the build, as before)
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .\n"
                     "RUN sed -i -f /opt/site/fix.sed /src/main.go\n" + 'CMD ["server"]\n')
    assert "COPY --from=builder /opt/site /opt/site\n" not in runner


@pytest.mark.parametrize("argv, got", [
    (["find", "/opt/site", "-name", "*.md", "-delete"], (["/opt/site"], False)),
    (["find", "/opt/site", "-delete"], (["/opt/site"], True)),
    (["find", "a", "b", "-depth", "-exec", "rm", "-rf", "{}", "+"], (["a", "b"], True)),
    (["find", "/opt/site", "-type", "f", "-exec", "chmod", "644", "{}", ";"],
     (["/opt/site"], False)),
    (["find", "/opt", "-maxdepth", "1", "-name", "*.txt", "-exec", "rm", "{}", "+"],
     (["/opt"], False)),
    (["find", "/opt/site", "-name", "x", "-exec", "cat", "{}", ";"], None),  # (reads)
    (["find", "/opt/site", "-name", "x", "-exec", "rm", "{}"], None),  # (no terminator)
    (["find", "/opt/site", "-name", "*.md"], None),  # (lists: no cleanup)
    (["find", "/opt/site", "-fprint", "/tmp/list", "-delete"], None),
    (["find", "-name", "*.pyc", "-delete"], None),  # (no start point named)
    (["ls", "-delete"], None),
])
def test_find_cleanup(argv, got):
    assert find_cleanup(argv) == got


@pytest.mark.parametrize("prune, carried", [
    ("RUN find /opt/site -name '*.md' -delete\n", True),
    ("RUN find /opt/site -type f -exec chmod 644 {} +\n", True),
    ("RUN find /opt/site -maxdepth 1 -name '*.txt' -exec rm -f {} +\n", True),
    ("RUN find /opt/site -delete\n", False),  # (all of it removed)
    ("RUN find /opt/site -name '*.so' | xargs strip\n", False),  # (a read: strip)
])
def test_a_find_that_prunes_is_not_a_read_by_the_build(prune, carried):
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .\n" + prune +
                     'CMD ["server"]\n')
    assert ("COPY --from=builder /opt/site /opt/site\n" in runner) is carried


@pytest.mark.parametrize("prepare, carried", [
    ("RUN cd /opt/site && sed -i s/a/b/ site.conf\n", True),  # (the script is no path)
    ("RUN cd /opt/site && cp site.conf.example site.conf\n", True),  # (inside the tree)
    ("RUN cp /opt/site/a.example /opt/site/a && mv /opt/site/b /opt/site/c\n", True),
    ("RUN cd /opt/site && sed -i -f fix.sed site.conf\n", False),  # (reads fix.sed)
    ("RUN sed -i --file=/opt/site/fix.sed /src/main.go\n", False),
    ("RUN cp /opt/site/site.conf /etc/site.conf\n", False),  # (read out of the tree)
    ("RUN cd /opt/site && cat site.conf\n", False),
    ("RUN perl -i /opt/site/fix.pl /src/main.go\n", False),  # (reads its program file)
])
def test_preparing_the_unpack_in_place_is_not_a_read(prepare, carried):
    runner = runner_stage(GO + UNPACK + "WORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .\n" + prepare +
                     'CMD ["server"]\n')
    assert ("COPY --from=builder /opt/site /opt/site\n" in runner) is carried
