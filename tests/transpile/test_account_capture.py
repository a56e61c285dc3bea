"""The accounts' records and merge (recipes/account_capture.py) run on made-up accounts
files, with each awk at hand (mawk is Debian's, BusyBox's Alpine's, gawk others'):
the runner ends up with the builder's users, groups, memberships and passwords with
the builder's numbers, keeps what its own packages made, and fails rather than give
one account's number to another."""

from __future__ import annotations

import shlex
import shutil
import subprocess

import pytest

from transpiler.multistage.recipes import account_capture

AWKS = [a for a in (["mawk"], ["gawk"], ["busybox", "awk"]) if shutil.which(a[0])]
pytestmark = pytest.mark.skipif(not AWKS or not shutil.which("sh"), reason="needs sh and an awk")

BUILDER_BEFORE = {
    "passwd": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
              "old:x:999:999::/home/old:/bin/sh\n",
    "group": "root:x:0:\nsudo:x:27:\nold:x:999:\nstaff:x:50:old\nnogroup:x:65534:\n",
    "shadow": "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nold:!:19000::::::\n",
    "gshadow": "root:*::\nsudo:*::\nold:!::\nstaff:*::old\n",
}
#: useradd -m -s /bin/bash pagan; echo pagan:pagan | chpasswd; adduser pagan sudo;
#: groupadd -g 1500 docker; useradd -g docker app; passwd -d root; userdel -r old; a
#: package's system user (sshd) besides
BUILDER_AFTER = {
    "passwd": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
              "sshd:x:101:65534::/run/sshd:/usr/sbin/nologin\n"
              "pagan:x:1000:1000::/home/pagan:/bin/bash\n"
              "app:x:1001:1500::/home/app:/bin/sh\n",
    "group": "root:x:0:\nsudo:x:27:pagan\nstaff:x:50:\nnogroup:x:65534:\npagan:x:1000:\n"
             "docker:x:1500:\n",
    "shadow": "root::19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"
              "sshd:*:19001:0:99999:7:::\npagan:$6$salt$hash:19001:0:99999:7:::\n"
              "app:!:19001:0:99999:7:::\n",
    "gshadow": "root:*::\nsudo:*::pagan\nstaff:*::\npagan:!::\ndocker:!::\n",
}
#: the slim runner: the same base, its own package made a system user of another number
RUNNER = {
    "passwd": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
              "old:x:999:999::/home/old:/bin/sh\n"
              "messagebus:x:100:101::/nonexistent:/usr/sbin/nologin\n",
    "group": "root:x:0:\nsudo:x:27:\nold:x:999:\nstaff:x:50:old,other\nnogroup:x:65534:\n"
             "messagebus:x:101:\n",
    "shadow": "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nold:!:19000::::::\n"
              "messagebus:*:19002:0:99999:7:::\n",
    "gshadow": "root:*::\nsudo:*::\nold:!::\nstaff:*::old,other\nmessagebus:!::\n",
}
CREATED = ["app", "docker", "pagan"]


def _sh(script: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", "-c", script], cwd=cwd, capture_output=True, text=True)


def _records(tmp_path, awk, before, after):
    """The builder's records of each file, ``after`` standing for the builder's /etc."""
    (tmp_path / "before").mkdir()
    (tmp_path / "etc").mkdir()
    for name, text in before.items():
        (tmp_path / "before" / name).write_text(text)
    for name, text in after.items():
        (tmp_path / "etc" / name).write_text(text)
    for name in after:
        command = account_capture._RECORDS_AWK.replace("@FILE@", name).replace(
            "awk ", " ".join(awk) + f" -v etc={tmp_path}/etc ", 1)
        done = _sh(f"{command} before/{name} etc/{name} > {name}.records", tmp_path)
        assert done.returncode == 0, done.stderr


def _merge(tmp_path, awk, runner, created=CREATED):
    """The runner's merge, in the order the runner's loop takes the files; the first
    failure's message, or None."""
    (tmp_path / "runner").mkdir()
    for name, text in runner.items():
        (tmp_path / "runner" / name).write_text(text)
    (tmp_path / "created").write_text("".join(f"{n}\n" for n in created))
    program = shlex.quote(account_capture._merge_program())
    for name in account_capture.FILES:
        if not (tmp_path / f"{name}.records").exists():
            continue
        done = _sh(f"{' '.join(awk)} -v etc={tmp_path}/runner -v file={name} {program} "
                   f"created runner/{name} {name}.records > merged && cat merged > runner/{name}",
                   tmp_path)
        if done.returncode != 0:
            return done.stderr
    return None


def _lines(tmp_path, name):
    return (tmp_path / "runner" / name).read_text().splitlines()


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
def test_the_runner_gets_the_builders_accounts_with_their_numbers(tmp_path, awk):
    _records(tmp_path, awk, BUILDER_BEFORE, BUILDER_AFTER)
    records = (tmp_path / "passwd.records").read_text()
    assert "new\tpagan:x:1000:1000::/home/pagan:/bin/bash\tpagan\n" in records
    assert "gone\told:x:999:999" in records
    assert _merge(tmp_path, awk, RUNNER) is None
    passwd = _lines(tmp_path, "passwd")
    assert "pagan:x:1000:1000::/home/pagan:/bin/bash" in passwd
    assert "app:x:1001:1500::/home/app:/bin/sh" in passwd
    assert "messagebus:x:100:101::/nonexistent:/usr/sbin/nologin" in passwd  # its own
    assert not any(line.startswith("old:") for line in passwd)  # userdel
    # the package's system user the runner lacks comes too, where its number is free
    assert "sshd:x:101:65534::/run/sshd:/usr/sbin/nologin" in passwd
    group = _lines(tmp_path, "group")
    # a member added, one removed, and one only the runner had kept
    assert "sudo:x:27:pagan" in group and "staff:x:50:other" in group
    assert "pagan:x:1000:" in group and "docker:x:1500:" in group
    shadow = _lines(tmp_path, "shadow")
    assert "pagan:$6$salt$hash:19001:0:99999:7:::" in shadow
    assert "root::19000:0:99999:7:::" in shadow  # passwd -d
    assert "messagebus:*:19002:0:99999:7:::" in shadow
    gshadow = _lines(tmp_path, "gshadow")
    assert "sudo:*::pagan" in gshadow and "staff:*::other" in gshadow


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
def test_a_primary_group_gets_the_runners_number_for_its_name(tmp_path, awk):
    before = {"passwd": "root:x:0:0:root:/root:/bin/sh\n", "group": "root:x:0:\nwww:x:33:\n"}
    after = {"passwd": before["passwd"] + "web:x:1000:33::/srv:/bin/sh\n",
             "group": before["group"]}
    _records(tmp_path, awk, before, after)
    runner = {"passwd": before["passwd"], "group": "root:x:0:\nwww:x:82:\n"}
    assert _merge(tmp_path, awk, runner, ["web"]) is None
    assert "web:x:1000:82::/srv:/bin/sh" in _lines(tmp_path, "passwd")


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
def test_a_created_account_whose_number_the_runner_gave_away_fails(tmp_path, awk):
    _records(tmp_path, awk, BUILDER_BEFORE, BUILDER_AFTER)
    runner = dict(RUNNER, passwd=RUNNER["passwd"] + "node:x:1000:1000::/home/node:/bin/sh\n")
    failed = _merge(tmp_path, awk, runner)
    assert failed is not None and "1000 of pagan belongs to node" in failed


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
def test_an_account_no_user_tool_created_is_left_out_where_its_number_is_taken(tmp_path, awk):
    _records(tmp_path, awk, BUILDER_BEFORE, BUILDER_AFTER)
    runner = dict(RUNNER, passwd=RUNNER["passwd"] + "tss:x:101:101::/var/lib/tpm:/bin/false\n")
    assert _merge(tmp_path, awk, runner) is None
    passwd = _lines(tmp_path, "passwd")
    assert not any(line.startswith("sshd:") for line in passwd)
    assert not any(line.startswith("sshd:") for line in _lines(tmp_path, "shadow"))


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
@pytest.mark.parametrize("number", ["101", "102"])
def test_a_packages_group_the_runner_has_gets_the_members_the_builder_added(tmp_path, awk,
                                                                           number):
    # the captured RUN installs ssl-cert (its postinst makes the group) and then runs
    # useradd -m dev && usermod -aG ssl-cert dev; the runner installs ssl-cert again
    # before the merge, so it has the group already, under its number or another
    before = {"passwd": "root:x:0:0:root:/root:/bin/sh\n", "group": "root:x:0:\n",
              "gshadow": "root:*::\n"}
    after = {"passwd": before["passwd"] + "dev:x:1000:1000::/home/dev:/bin/sh\n",
             "group": "root:x:0:\nssl-cert:x:101:dev\ndev:x:1000:\n",
             "gshadow": "root:*::\nssl-cert:!::dev\ndev:!::\n"}
    _records(tmp_path, awk, before, after)
    runner = {"passwd": before["passwd"],
              "group": f"root:x:0:\nssl-cert:x:{number}:www\n",
              "gshadow": "root:*::\nssl-cert:!::www\n"}
    assert _merge(tmp_path, awk, runner, ["dev"]) is None
    assert f"ssl-cert:x:{number}:www,dev" in _lines(tmp_path, "group")
    assert "ssl-cert:!::www,dev" in _lines(tmp_path, "gshadow")
    assert "dev:x:1000:1000::/home/dev:/bin/sh" in _lines(tmp_path, "passwd")


def test_the_scripts_name_every_accounts_file():
    text = account_capture.records_text("/w", "/c", ["b", "a"])
    assert "printf '%s\\n' a b > /c/var/lib/dtranspile/capture-accounts/created" in text
    for name in account_capture.FILES:
        assert f"/w/accounts/{name} /etc/{name} > " in text
        assert f"cp /etc/{name} /w/accounts/{name}" in account_capture.snapshot_text("/w")
    assert "for f in group gshadow passwd shadow subuid subgid;" in account_capture.merge_text()


@pytest.mark.parametrize("shell", [s for s in (["sh"], ["dash"], ["busybox", "sh"])
                                   if shutil.which(s[0])], ids=lambda s: s[0])
def test_the_shell_texts_carry_the_accounts_from_builder_to_runner(tmp_path, shell):
    """The builder's snapshot and records and the runner's merge as the RUNs run them,
    with /etc and the work paths moved under the test's directory."""
    def run(text, root):
        text = text.replace("/var/lib/dtranspile", f"{tmp_path}/var").replace(
            "/etc", f"{root}/etc")
        done = subprocess.run([*shell, "-c", text], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    builder, runner = tmp_path / "builder", tmp_path / "runner"
    for root, files in ((builder, BUILDER_BEFORE), (runner, RUNNER)):
        (root / "etc").mkdir(parents=True)
        for name, text in files.items():
            (root / "etc" / name).write_text(text)
    work = "/var/lib/dtranspile/capture"
    run(account_capture.snapshot_text(work), builder)
    for name, text in BUILDER_AFTER.items():  # the captured RUNs
        (builder / "etc" / name).write_text(text)
    captured = str(tmp_path / "captured")  # (its records land under it, moved as above)
    run(account_capture.records_text(work, captured, CREATED), builder)
    # the runner's copy of the captured tree
    shutil.copytree(f"{captured}{tmp_path}/var/capture-accounts",
                    tmp_path / "var/capture-accounts")
    run(account_capture.merge_text(), runner)
    assert "pagan:x:1000:1000::/home/pagan:/bin/bash" in (runner / "etc/passwd").read_text()
    assert "sudo:x:27:pagan" in (runner / "etc/group").read_text()
    assert not (tmp_path / "var/capture-accounts").exists()  # removed after the merge


@pytest.mark.parametrize("awk", AWKS, ids=[a[0] for a in AWKS])
def test_a_created_users_primary_group_missing_here_fails(tmp_path, awk):
    # (the group came with a package the builder installed and the runner did not)
    before = {"passwd": "root:x:0:0:root:/root:/bin/sh\n", "group": "root:x:0:\n"}
    after = {"passwd": before["passwd"] + "app:x:1000:120::/home/app:/bin/sh\n",
             "group": before["group"] + "docker:x:120:\n"}
    _records(tmp_path, awk, before, after)
    failed = _merge(tmp_path, awk, {"passwd": before["passwd"], "group": before["group"]},
                    ["app"])
    assert failed is None  # the group itself is merged first (not created, but free)
    assert "app:x:1000:120::/home/app:/bin/sh" in _lines(tmp_path, "passwd")
    (tmp_path / "group.records").write_text("")  # now the group does not come
    for sub in ("runner", "created"):
        shutil.rmtree(tmp_path / sub) if sub == "runner" else (tmp_path / sub).unlink()
    failed = _merge(tmp_path, awk, {"passwd": before["passwd"], "group": before["group"]},
                    ["app"])
    assert failed is not None and "the group docker of the user app is not in" in failed


@pytest.mark.parametrize("text, unread", [
    ("sh ./init.sh", True), ("./scripts/setup.sh --all", True),
    ("curl -fsSL https://example.com/install.sh | bash", True),
    ("bash -c 'echo hi'", False), ("./autogen.sh && ./configure && make", False),
    (". venv/bin/activate && pip install flask", False), ("pip install flask", False)])
def test_a_run_of_an_unread_script_carries_the_accounts(text, unread):
    # (such a script may create an account the program uses by name at run time)
    from transpiler.tree import ast
    node = ast.Run(keyword="RUN", command=ast.ShellForm(text))
    assert account_capture.runs_unread_script(node) is unread
