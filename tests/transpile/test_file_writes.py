"""analysis.file_writes: the paths a RUN writes, read only from commands that say so."""

from __future__ import annotations

import pytest

from transpiler.analysis.file_writes import known_writes
from transpiler.tree import ast


def _run(text):
    return ast.Run(keyword="RUN", command=ast.ShellForm(text))


@pytest.mark.parametrize("text,writes", [
    ("sed -i 's/a/b/' /opt/app/etc/app.conf", ["/opt/app/etc/app.conf"]),
    ("sed -i -e 's/a/b/' -e 's/c/d/' conf/a.conf conf/b.conf",
     ["/srv/conf/a.conf", "/srv/conf/b.conf"]),
    ("sed 's/a/b/' in.txt > out.txt", ["/srv/out.txt"]),
    ("cd /opt/app && mkdir -p var/run && touch var/run/.keep", ["/opt/app/var/run",
                                                                "/opt/app/var/run/.keep"]),
    ("cp -R dashboards node_modules/x/", ["/srv/node_modules/x"]),
    ("mv build/app /opt/app/bin/app", ["/opt/app/bin/app", "/srv/build/app"]),
    ("chmod +x /opt/app/bin/*.sh", ["/opt/app/bin"]),
    ("echo done >> $LOG 2>&1", ["/var/log/build.log"]),
    ("install -d /opt/app/cache", ["/opt/app/cache"]),
    ("echo hello 2>/dev/null", []),
    # a shell string's commands, in a shell of their own (its cd ends with it)
    ("sh -c 'touch /app.war'", ["/app.war"]),
    ("bash -c 'cd /opt/app && rm -rf cache' && touch done", ["/opt/app/cache", "/srv/done"]),
    ("sh -ec \"echo x > $LOG\"", ["/var/log/build.log"]),
    # perl -i edits its operands in place (joined switches, a backup's extension)
    ("perl -pi -e 's/a/b/' conf/a.conf", ["/srv/conf/a.conf"]),
    ("perl -lpi.bak -e 's/a/b/' /etc/a.conf /etc/b.conf", ["/etc/a.conf", "/etc/b.conf"]),
    ("perl -0777 -i -pe 's/a/b/s' x.txt", ["/srv/x.txt"]),
    # the line-end converters rewrite their operands (-n IN OUT: OUT)
    ("dos2unix /entrypoint.sh && chmod +x /entrypoint.sh",
     ["/entrypoint.sh", "/entrypoint.sh"]),
    ("unix2dos -q a.txt b.txt", ["/srv/a.txt", "/srv/b.txt"]),
    ("dos2unix -n in.sh /usr/local/bin/out.sh", ["/usr/local/bin/out.sh"]),
])
def test_writes_are_read_from_the_commands_words(text, writes):
    got, why = known_writes(_run(text), "/srv", {"LOG": "/var/log/build.log"})
    assert got == writes, why


@pytest.mark.parametrize("text,why", [
    ("./post-install.sh /opt/app", "post-install.sh"),  # an unknown program: never guessed
    ("python manage.py migrate", "python"),
    ("sed -i 's/a/b/' $UNSET/x.conf", "$UNSET"),
    ("cd $UNSET && touch x", "cd"),
    ("if [ -f x ]; then touch y; fi", "construct"),
    ("cp -Z9 a b", "operands"),
    ("sh -c 'python manage.py migrate'", "python"),
    ("sh -c 'if [ -f x ]; then touch y; fi'", "shell string"),
    ("sh ./post-install.sh", "sh"),  # (a script, not a string: not read)
    ("perl -e 'print 1' x.txt", "perl"),  # (a program, not an edit in place)
    ("dos2unix --to-mode=mac x.txt", "operands"),  # (an option not read here)
])
def test_an_unknown_write_is_not_known(text, why):
    got, reason = known_writes(_run(text), "/srv", {})
    assert got is None and why in reason


@pytest.mark.parametrize("text,sure,may", [
    ("if [ -f extra.conf ]; then cp extra.conf /etc/app.conf; fi; pip install .",
     [], ["/etc/app.conf"]),
    ("test -d /opt/x || mkdir -p /opt/x && touch /srv/done",
     None, ["/opt/x", "/srv/done"]),
    ("case $A in a) echo a > /etc/a.conf ;; esac", [], ["/etc/a.conf"]),
])
def test_a_write_inside_a_construct_is_a_possible_write(text, sure, may):
    """readable_writes lists what surely happens (nothing where an `if` hides the rest);
    possible_writes also lists what the commands of a branch may write: a check that no
    write is lost reads those too (a /etc file written in an `if` beside a pip install
    was lost from the runner)."""
    from transpiler.analysis.file_writes import possible_writes, readable_writes
    if sure is not None:
        assert readable_writes(_run(text), "/srv", {}) == sure
    assert sorted(possible_writes(_run(text), "/srv", {})) == may


def test_a_possible_configuration_write_beside_the_build_declines():
    from transpiler.multistage.api import transpile
    text = ("FROM python:3.11\nWORKDIR /app\nCOPY . /app\n"
            "RUN if [ -f extra.conf ]; then cp extra.conf /etc/app.conf; fi; "
            "pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"app.py\"]\n")
    report = transpile(text).report
    assert report.declined and "may write /etc/app.conf" in report.reason


@pytest.mark.parametrize("args, words", [
    (["-pi", "-e", "s/a/b/", "x"], (True, None, ["x"])),
    (["-i.bak", "-pe", "s/a/b/", "x", "y"], (True, None, ["x", "y"])),
    (["-pie", "s/a/b/", "x"], (True, "s/a/b/", ["x"])),  # (-i backs up to *e: no code)
    (["-0pi", "-e", "1", "x"], (True, None, ["x"])),
    (["-0e", "1", "x"], (False, None, ["x"])),  # (-0 then -e, not an octal e)
    (["-0x1Fpi", "-e", "1", "x"], (True, None, ["x"])),
    (["-l012pi", "-e", "1", "x"], (True, None, ["x"])),
    (["-Mstrict", "-pi", "-e", "1", "x"], (True, None, ["x"])),
    (["-i", "fix.pl", "x"], (True, "fix.pl", ["x"])),
    (["-ne", "print", "x"], (False, None, ["x"])),
    (["--", "-i"], (False, "-i", [])),
])
def test_perl_words(args, words):
    from transpiler.analysis.file_writes import _perl_words
    assert _perl_words(args) == words
