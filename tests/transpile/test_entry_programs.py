"""Which context file a COPY puts at the path a command runs (entry_programs), and the
runner's own programs: tested at build time, never assumed."""
import pytest

from transpiler import transpile
from transpiler.analysis.commands import shell_operands
from transpiler.analysis.context_copies import context_path
from transpiler.multistage.entry_programs import _shebang, shell_script


@pytest.mark.parametrize("src,to,into_dir,target,expected", [
    ("entrypoint.sh", "/entrypoint.sh", False, "/entrypoint.sh", "entrypoint.sh"),
    ("entrypoint.sh", "/", True, "/entrypoint.sh", "entrypoint.sh"),
    ("docker/run.sh", "/usr/local/bin/", True, "/usr/local/bin/run.sh", "docker/run.sh"),
    (".", "/app", False, "/app/scripts/entry", "scripts/entry"),
    ("./", "/app/", True, "/app/bin/start", "bin/start"),
    ("scripts", "/app/scripts", False, "/app/scripts/entry", "scripts/entry"),
    ("./.hidden", "/x", False, "/x", ".hidden"),
    # a file copied into / under its own name is not a directory holding the program
    ("initctl_faker", "/", False, "/lib/systemd/systemd", None),
    # ADD config /: a directory laid over the root may hold the program
    ("config", "/", True, "/bin/rtd-start.sh", "config/bin/rtd-start.sh"),
    ("run.sh", "/", True, "/usr/bin/python", None),
    ("entrypoint.sh", "/entrypoint.sh", False, "/start.sh", None),
])
def testcontext_path(src, to, into_dir, target, expected):
    assert context_path(src, to, into_dir, target) == expected


def test_shebang():
    assert _shebang("#!/usr/bin/env python3\nprint(1)\n") == ["/usr/bin/env", "python3"]
    assert _shebang("#! /bin/bash -e\n") == ["/bin/bash", "-e"]
    assert _shebang("echo hi\n") is None


BASE = """FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip gcc python3-dev
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --break-system-packages -r requirements.txt
COPY . .
"""


def test_several_programs_are_tested_in_the_runner():
    result = transpile(BASE + 'CMD cd /app && /usr/sbin/nginx -g "daemon off;" && python3 app.py\n')
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM debian:bookworm-slim", 1)[1]
    assert "test -x /usr/sbin/nginx" in runner and "command -v python3" in runner


@pytest.mark.parametrize("cmd,named", [
    ("CMD make run && python3 app.py", "make"),
    ("CMD gcc -o /tmp/x x.c && /tmp/x", "gcc"),
    ("CMD git pull && python3 app.py", "git"),
    ("CMD python3 app.py; bash", "interactive shell"),
    ("CMD $RUNNER && python3 app.py", "variable"),
])
def test_several_programs_declined(cmd, named):
    result = transpile(BASE + cmd + "\n")
    assert result.report.declined and named in result.report.reason, result.report.reason


def test_a_file_a_run_writes_is_not_the_runners():
    text = BASE.replace("requirements.txt\n", "requirements.txt && cp /app/run.sh /usr/bin/run\n")
    result = transpile(text.replace("COPY requirements.txt .\n",
                                    "COPY requirements.txt run.sh ./\n") + 'CMD ["/usr/bin/run"]\n')
    assert result.report.declined and "/usr/bin/run" in result.report.reason, result.report.reason


def test_entry_script_read_from_the_context(tmp_path):
    (tmp_path / "requirements.txt").write_text("flask\n")
    script = tmp_path / "entrypoint.sh"
    script.write_text("#!/bin/sh\nset -e\npython3 -m app.migrate\nexec \"$@\"\n")
    text = BASE + 'COPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["gunicorn", "app:app"]\n'
    ok = transpile(text, context=tmp_path)
    assert not ok.report.declined, ok.report.reason
    assert "command -v gunicorn" in ok.output and "test -x /bin/sh" in ok.output
    script.write_text("#!/bin/sh\nmake assets\nexec \"$@\"\n")
    bad = transpile(text, context=tmp_path)
    assert bad.report.declined and "`make`" in bad.report.reason, bad.report.reason
    unread = transpile(text)
    assert unread.report.declined and "gcc" in unread.report.reason, unread.report.reason


def test_a_file_changed_after_the_build_in_the_builder_only_declines():
    """The runner's nginx would serve the package's index.html: the RUN that removes
    it after the build is placed in the builder as cleanup.  A removal under /etc is
    repeated in the same-image runner (classify), so it declines nothing."""
    text = BASE.replace("python3-dev", "python3-dev nginx") + \
        'RUN rm /usr/share/nginx/html/index.html\nCMD nginx && exec python3 app.py\n'
    result = transpile(text)
    assert result.report.declined and "/usr/share/nginx/html/index.html" in result.report.reason
    repeated = transpile(text.replace("/usr/share/nginx/html/index.html",
                                      "/etc/nginx/sites-enabled/default"))
    assert not repeated.report.declined, repeated.report.reason
    runner = repeated.output.rsplit("\nFROM ", 1)[1]
    assert "RUN rm /etc/nginx/sites-enabled/default" in runner
    quiet = transpile(BASE.replace("python3-dev", "python3-dev nginx") +
                      'RUN echo built >&2 && rm -rf /tmp/x\nCMD nginx && exec python3 app.py\n')
    assert not quiet.report.declined, quiet.report.reason


def test_a_login_server_or_a_system_init_is_a_toolbox():
    """sshd's users and `docker exec` into a systemd container run any tool of the
    image: with -dev packages left in the builder, the transpiler declines."""
    for cmd, named in (('CMD ["/usr/sbin/sshd", "-D"]', "login server"),
                       ('CMD ["/lib/systemd/systemd"]', "the system's init")):
        result = transpile(BASE + cmd + "\n")
        assert result.report.declined and named in result.report.reason, result.report.reason
        assert "python3-dev" in result.report.reason


@pytest.mark.parametrize("cmd,named", [
    ('CMD tail -f /dev/null', "alive for `docker exec`"),
    ('CMD ["tail", "-F", "/dev/null"]', "alive for `docker exec`"),
    ('CMD ["sleep", "infinity"]', "alive for `docker exec`"),
    ('CMD alias ffmpeg="avconv"', "given at `docker run`"),
])
def test_a_command_that_runs_nothing_of_its_own_is_a_toolbox(cmd, named):
    """`tail -f /dev/null` keeps the container up for `docker exec`; `CMD alias x=y`
    exits at once, so the program comes with `docker run`: either way the image is used
    as a shell is, and a runner without the -dev packages its users had declines."""
    result = transpile(BASE + cmd + "\n")
    assert result.report.declined and named in result.report.reason, result.report.reason
    assert "python3-dev" in result.report.reason


def test_following_any_file_or_sleeping_as_the_whole_command_is_idle():
    """`tail -f LICENSE` (1fad3164, a development container whose runner dropped
    python-dev, libpq-dev and gettext) follows a file no program of the command writes:
    as the whole command it only keeps the container alive, as `tail -f /dev/null` does,
    and `sleep 600` sleeps and exits.  (Beside a program that writes the log, `service x
    start && tail -f log`, the command is not idle: several_programs reads each.)  A
    `tail` that does not follow prints and exits."""
    from transpiler.multistage.entry_programs import idle_command
    assert idle_command(("tail", "-f", "LICENSE")) is not None
    assert idle_command(("/usr/bin/tail", "-F", "/var/log/app.log")) is not None
    assert idle_command(("tail", "-n", "0", "-f", "/dev/null")) is not None
    assert idle_command(("sleep", "600")) is not None
    assert idle_command(("tail", "-n", "5", "/var/log/app.log")) is None
    assert idle_command(("tail", "-f")) is None  # (standard input: not read here)


def test_an_interactive_shell_on_a_slim_runner_declines():
    text = ("FROM python:3.11-alpine3.19\nRUN apk add --no-cache build-base\nWORKDIR /app\n"
            "COPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT [\"/bin/sh\"]\n")
    result = transpile(text)
    assert result.report.declined and "interactive shell" in result.report.reason


def test_a_script_found_on_path_by_name_is_the_context_s(tmp_path):
    """`ADD tiler.sh /bin/tiler` + `ENTRYPOINT ["tiler"]`: the script PATH finds is read
    (with the context) or declined (without); a copy of the whole context to / does not
    make every program on PATH a script of the context."""
    text = BASE + 'ADD tiler.sh /bin/tiler\nENTRYPOINT ["tiler"]\n'
    unread = transpile(text)
    assert unread.report.declined and "`tiler`, a script of the build context" in \
        unread.report.reason, unread.report.reason
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "tiler.sh").write_text("#!/bin/sh\nexec python3 -m tiler\n")
    read = transpile(text, context=tmp_path)
    assert not read.report.declined, read.report.reason
    whole = transpile(BASE + 'ADD . /\nCMD ["python3", "/app/app.py"]\n')
    assert not whole.report.declined, whole.report.reason


def test_my_init_scripts_are_read_from_the_context(tmp_path):
    text = ("FROM phusion/baseimage:0.9.22\n"
            "RUN apt-get update && apt-get install -y python3-pip python3-dev\n"
            "WORKDIR /srv/app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            "COPY start.sh /etc/my_init.d/10-start.sh\n"
            "RUN chmod +x /etc/my_init.d/10-start.sh\n"
            'CMD ["/sbin/my_init", "--", "python3", "server.py"]\n')
    unread = transpile(text)
    assert unread.report.declined and "runs my_init" in unread.report.reason
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "start.sh").write_text("#!/bin/sh\nmkdir -p /run/app\n")
    read = transpile(text, context=tmp_path)
    assert not read.report.declined, read.report.reason
    assert "command -v mkdir" in read.output
    (tmp_path / "start.sh").write_text("#!/bin/sh\ngcc -v\n")
    bad = transpile(text, context=tmp_path)
    assert bad.report.declined and "`gcc`" in bad.report.reason, bad.report.reason


ALPINE = """FROM python:3.6-alpine
WORKDIR /app
RUN apk --no-cache add bash curl
RUN apk --no-cache add --virtual .build-deps build-base openssl-dev
RUN apk --no-cache add postgresql-dev
COPY requirements.txt .
RUN pip install -r requirements.txt && apk del .build-deps
COPY . /app
"""


@pytest.mark.parametrize("command", [
    'ENTRYPOINT ["/app/bin/run"]',
    'ENTRYPOINT ["/bin/bash", "/app/bin/run"]',
    'CMD ["sh", "-c", "cd /app && ./bin/run web"]',
])
def test_an_unread_script_on_an_alpine_runner_names_what_it_leaves_out(command):
    """Issue 18: the runner (the builder's own alpine tag) leaves out postgresql-dev,
    which the original keeps; the .build-deps group the original removes itself is no
    reason (its own script lacks it too) and is not named."""
    result = transpile(ALPINE + command + "\n")
    reason = result.report.reason or ""
    assert result.report.declined, result.output
    assert "bin/run`, a script of the build context (COPY at line 8)" in reason
    assert "leaves out postgresql-dev (the original keeps them at run time)" in reason


def test_an_unread_script_whose_left_out_packages_the_original_removed_transpiles():
    text = ALPINE.replace("RUN apk --no-cache add postgresql-dev\n", "")
    result = transpile(text + 'ENTRYPOINT ["/app/bin/run"]\n')
    assert not result.report.declined, result.report.reason
    assert any("not read (no build context)" in a for a in result.report.added)


def test_an_unread_script_on_a_same_image_runner_is_not_called_read():
    """Without --context the script is not read: the report says why it is safe (every
    package installed again) and never also that it was read (draw3, corpus e6541de2)."""
    # (debian:bookworm: its runner is the slim image; on alpine, with every package
    # installed again, the runner would be the same image and the rewrite gains nothing)
    text = ("FROM debian:bookworm\nCOPY . /opt/app\nRUN apt-get update && apt-get install -y "
            "bash python3 python3-pip && pip3 install --break-system-packages /opt/app\n"
            "CMD [\"/opt/app/run.sh\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    added = " ".join(result.report.added)
    assert "not read (no build context)" in added and ": read, and every" not in added, added


@pytest.mark.parametrize("command", [
    'CMD sh run.sh', 'CMD ["bash", "run.sh"]', 'CMD ["sh", "-e", "run.sh"]',
])
def test_a_script_handed_to_a_shell_by_a_bare_name_is_the_working_directory_s(command):
    """Issue 18 (draw4 #38): `sh run.sh` opens ./run.sh (COPY . /app put it there); it
    was looked up on PATH only and the unread script escaped the rule `sh ./run.sh` is
    held to.  Both decline alike, naming what the runner leaves out."""
    bare = transpile(ALPINE + command + "\n")
    dotted = transpile(ALPINE + command.replace("run.sh", "./run.sh") + "\n")
    assert bare.report.declined and dotted.report.declined, bare.output
    assert bare.report.reason == dotted.report.reason
    assert "`./run.sh`, a script of the build context (COPY at line 8)" in bare.report.reason
    assert "leaves out postgresql-dev" in bare.report.reason


def test_a_bare_script_name_not_in_the_working_directory_is_looked_up_on_path(tmp_path):
    """bash's fallback: `bash tiler` with `ADD tiler.sh /bin/tiler` runs ./tiler when
    the context copied to the working directory holds one (without the context that is
    not known: declined), else the script PATH finds, read as `tiler` alone is."""
    text = BASE + 'ADD tiler.sh /bin/tiler\nCMD ["bash", "tiler"]\n'
    unread = transpile(text)
    assert unread.report.declined and "a script of the build context" in \
        unread.report.reason, unread.report.reason
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "tiler.sh").write_text("#!/bin/sh\nexec python3 -m tiler\n")
    read = transpile(text, context=tmp_path)
    assert not read.report.declined, read.report.reason


@pytest.mark.parametrize("copy,cmd,named", [
    ("COPY ./docker-entrypoint.sh /entrypoint.sh", '["/entrypoint.sh"]',
     "the file docker-entrypoint.sh that the COPY at line 4"),
    ("ADD bin/robot /opt/robot/", '["/opt/robot/robot"]',
     "the file bin/robot that the ADD at line 4"),
    # in a directory copied whole, a build there may have written it: not said to be
    # surely the context's, but where it would come from
    ("COPY . /src", '["/src/ocserv"]',
     "a file in the directory the COPY at line 4 fills from the build context (as ocserv "
     "there, if the context holds it), which was not given: whether it holds the file"),
])
def test_entry_file_of_unread_context(copy, cmd, named):
    """(Alpine 3.6: no capture window, whose runner declines the unread script in its
    own words)"""
    text = ("FROM alpine:3.6\nRUN apk add --no-cache build-base && cd /usr/src/x && "
            "./configure && make && make install\nWORKDIR /\n"
            f"{copy}\nENTRYPOINT {cmd}\n")
    result = transpile(text)
    assert result.report.declined
    assert named in result.report.reason, result.report.reason


def test_run_written_script_placement():
    """A script a RUN writes: taken where the RUN reaches the same-image runner, declined
    where it stays in the builder."""
    head = "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y gosu python3-pip\n"
    write = "RUN printf '#!/bin/sh\\nexec python3 /app/main.py\\n' > /entry.sh && chmod +x /entry.sh\n"
    build = "COPY requirements.txt /app/\nRUN pip3 install -r /app/requirements.txt\nCOPY src/ /app\n"
    after = transpile(head + build + write + 'ENTRYPOINT ["/entry.sh"]\n')
    assert not after.report.declined, after.report.reason
    assert "> /entry.sh" in after.output.split("AS builder", 1)[1].split("\nFROM ", 1)[1]
    before = transpile(head + write + build + 'ENTRYPOINT ["/entry.sh"]\n')
    assert "a script the RUN at line 3 writes in the builder only" in before.report.reason


def test_my_init_on_another_runner_is_named():
    text = ("FROM phusion/baseimage:0.9.19\nCMD [\"/sbin/my_init\"]\n"
            "RUN apt-get update && apt-get install -y build-essential && cd /usr/src/t && "
            "./configure && make && make install\n"
            "RUN mkdir -p /etc/service/t && printf '#!/bin/sh\\nexec t\\n' > /etc/service/t/run\n")
    reason = transpile(text).report.reason
    assert "runs my_init, phusion/baseimage:0.9.19's init" in reason, reason
    # without a service of the build's own, the init runs the container as a machine
    bare = transpile(text.rsplit("RUN mkdir", 1)[0]).report.reason
    assert "runs `/sbin/my_init`, the system's init" in bare, bare


def test_xvfb_run_starts_the_command_after_its_options():
    from transpiler.multistage.entry_programs import under_display
    assert under_display(["xvfb-run", "-a", "-s", "-screen 0 1280x720x24",
                          "/usr/local/bin/start-notebook.sh", "--ip=0.0.0.0"]) == (
        "/usr/local/bin/start-notebook.sh", "--ip=0.0.0.0")
    assert under_display(["xvfb-run", "--server-args=-screen 0 1x1x8", "jupyter", "lab"]) == (
        "jupyter", "lab")
    # not xvfb-run, or no command after the options: the words themselves
    assert under_display(["python", "app.py"]) == ("python", "app.py")
    assert under_display(["xvfb-run", "-a"]) == ("xvfb-run", "-a")


@pytest.mark.parametrize("words,operands", [
    (["--init-file", "/opt/prelim.sh"], []),
    (["--rcfile", "x", "-i"], []),
    (["-o", "pipefail", "run.sh", "a"], ["run.sh", "a"]),
    (["+O", "extglob", "-e", "run.sh"], ["run.sh"]),
    (["-e", "-c", "echo hi"], ["-c", "echo hi"]),
    (["-l", "--", "run.sh"], ["run.sh"]),  # (`--` ends the options, and is no operand)
    # joined options: a `c` anywhere in a group makes the first operand the command string
    (["-lc", "make && ./app"], ["-c", "make && ./app"]),
    (["-xec", "a", "name"], ["-c", "a", "name"]),
    (["-cx", "a"], ["-c", "a"]),
    (["-euxo", "pipefail", "-c", "a"], ["-c", "a"]),
    (["-c", "-x", "a"], ["-c", "a"]),  # (options go on after -c)
    (["-lc"], ["-c"]),
])
def test_shell_operands_skip_the_arguments_options_take(words, operands):
    assert shell_operands(words) == operands


def test_an_option_argument_is_not_the_script_handed_to_the_shell():
    assert shell_script("bash", ("bash", "-o", "pipefail", "run.sh", "x")) == \
        ("run.sh", ("run.sh", "x"))
    assert shell_script("bash", ("bash", "--init-file", "/opt/prelim.sh")) is None


@pytest.mark.parametrize("entry", ['["/bin/sh"]', '["/bin/bash", "-l", "-c"]',
                                   '["bash", "--rcfile", "/app/env.sh"]'])
def test_a_shell_with_options_only_is_still_a_toolbox(entry):
    text = ("FROM python:3.11-alpine3.19\nRUN apk add --no-cache build-base\nWORKDIR /app\n"
            f"COPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT {entry}\n")
    result = transpile(text)
    assert result.report.declined and "interactive shell" in result.report.reason


def test_joined_command_option_is_no_script_file():
    """``bash -lc '...'`` runs a command string, as ``bash -c`` does: no script file
    that the capture's check of interpreters declines (build_capture)."""
    from transpiler.analysis.commands import shell_command_string
    from transpiler.multistage.recipes.base import Decline
    from transpiler.multistage.recipes.build_capture import check_not_interpreted

    assert shell_command_string(("bash", "-lc", "make && ./app")) == "make && ./app"
    assert shell_command_string(("sh", "-e", "run.sh")) is None
    check_not_interpreted("bash", ("bash", "-lc", "exec ./app"))
    with pytest.raises(Decline):
        check_not_interpreted("bash", ("bash", "-l", "run.sh"))
