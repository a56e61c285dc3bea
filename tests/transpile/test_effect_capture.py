"""Effect capture (recipes/effect_capture.py): when the builder can list what a RUN
changed, and which runners can take the captured files."""

from __future__ import annotations

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import effect_capture

C_BUILD = ("FROM {image}\nRUN apt-get update && apt-get install -y --no-install-recommends gcc "
           "make libc6-dev && rm -rf /var/lib/apt/lists/*\nWORKDIR /src\nCOPY . .\n"
           "RUN make && make install PREFIX=/usr/local\nRUN sh ./install-data.sh\n"
           'CMD ["quotes"]\n')


@pytest.mark.parametrize("image,why", [
    ("debian:bookworm", None),
    ("ubuntu:14.04", None),
    ("debian:wheezy", "dpkg without --verify"),
    ("ubuntu:12.04", "dpkg without --verify"),
])
def test_builders_that_can_list_what_changed(image, why):
    r = transpile(C_BUILD.format(image=image))
    if why is None:
        assert not r.report.declined, r.report.reason
        assert f"COPY --from=builder {effect_capture.CAPTURED}/ /" in r.output
    else:
        assert r.report.declined
        assert why in r.report.reason


ALPINE_C_BUILD = ("FROM {image}\nRUN apk add --no-cache gcc make musl-dev\nWORKDIR /src\n"
                  "COPY . .\nRUN make && make install PREFIX=/usr/local\n"
                  "RUN sh ./install-data.sh\nCMD [\"quotes\"]\n")


@pytest.mark.parametrize("image,why", [
    ("alpine:3.19", None),
    ("alpine:3.7", None),
    ("alpine:edge", None),
    ("alpine:3.6", "older than 3.7"),
])
def test_alpine_builders_that_can_list_what_changed(image, why):
    r = transpile(ALPINE_C_BUILD.format(image=image))
    if why is None:
        assert not r.report.declined, r.report.reason
        assert f"COPY --from=builder {effect_capture.CAPTURED}/ /" in r.output
        assert "stat -c" in r.output and "dpkg" not in r.output
        assert "apk add --no-cache < /var/lib/dtranspile/capture-packages" in r.output
    else:
        assert r.report.declined
        assert why in r.report.reason


@pytest.mark.parametrize("runtime,why", [
    ("alpine:3.20", "not the builder's alpine 3.19"),
    ("alpine:3.19", None),
])
def test_an_alpine_runner_must_be_the_builders_release(runtime, why):
    r = transpile(ALPINE_C_BUILD.format(image="alpine:3.19"), runtime=runtime)
    if why is None:
        assert not r.report.declined, r.report.reason
    else:
        assert r.report.declined and why in r.report.reason


def test_a_floating_alpine_builder_keeps_a_runner_that_floats_with_it():
    r = transpile(ALPINE_C_BUILD.format(image="alpine:latest"))
    assert not r.report.declined, r.report.reason
    assert r.output.split("\nFROM ")[-1].startswith("alpine:latest\n")
    pinned = transpile(ALPINE_C_BUILD.format(image="alpine:latest"), runtime="alpine:3.24")
    assert pinned.report.declined
    assert "floats" in pinned.report.reason and "does not float with it" in pinned.report.reason


def test_the_alpine_capture_reads_the_apk_database_not_dpkg():
    snap = effect_capture.snapshot_run(["/app"], "apk").command.text
    run = effect_capture.capture_run(["/app"], ("curl",), "apk").command.text
    for text in (snap, run):
        assert "-printf" not in text and "dpkg" not in text and "apt-mark" not in text
        assert "/lib/apk/db/installed" in text and "-path /etc/apk/world" in text
    assert "sha1sum" in run and "sha256sum" in run  # the database's digests, apk 2 and 3
    assert "printf '%s\\n' curl > " in run  # the words' packages are not a script's
    runner = effect_capture.runner_nodes("builder", "apk")[1].command.text
    assert "apk add --no-cache" in runner and "ldconfig" not in runner and "apt-get" not in runner


@pytest.mark.parametrize("runtime,why", [
    ("debian:trixie-slim", "not the builder's debian bookworm"),
    ("gcr.io/distroless/cc-debian12", "not known to have a shell"),
])
def test_a_runner_that_cannot_take_the_captured_files_declines(runtime, why):
    r = transpile(C_BUILD.format(image="debian:bookworm"), runtime=runtime)
    assert r.report.declined
    assert "cannot take its files" in r.report.reason and why in r.report.reason


def test_the_runner_of_the_same_release_takes_them():
    r = transpile(C_BUILD.format(image="debian:bookworm"), runtime="debian:bookworm-slim")
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    copy = runner.index(f"COPY --from=builder {effect_capture.CAPTURED}/ /")
    assert runner.index(effect_capture.REMOVED, copy) > copy  # removals after the copy
    assert runner.index('CMD ["quotes"]') > copy


def test_packages_the_captured_runs_install_reach_the_runner():
    text = ("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY requirements.txt .\n"
            "RUN pip install -r requirements.txt\nCOPY . .\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends gcc jq "
            "&& python setup_runtime.py\n"
            'CMD ["python", "app.py"]\n')
    r = transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    install = next(line for line in runner.splitlines() if "apt-get install" in line)
    assert "jq" in install and "gcc" not in install  # gcc only builds
    assert runner.index(install) < runner.index(f"{effect_capture.CAPTURED}/ /")


def _after_the_build(run: str, runtime=None):
    """A Python build whose last RUN ``run`` has an effect to capture."""
    return transpile("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY . .\n"
                     f"RUN pip install -r requirements.txt\nRUN {run}\n"
                     'CMD ["python", "app.py"]\n', runtime=runtime)


def test_accounts_made_by_a_captured_run_are_merged_in_the_runner():
    r = _after_the_build("python setup_runtime.py && groupadd app")
    assert not r.report.declined, r.report.reason
    builder, runner = r.output.split("\nFROM ")[-2:]
    assert "cp /etc/passwd /var/lib/dtranspile/capture/accounts/passwd" in builder
    assert "printf '%s\\n' app > " in builder  # the group the user tool creates
    merge = runner.index("for f in group gshadow passwd shadow subuid subgid;")
    # (merged before the captured files are given to their owners by name)
    assert merge < runner.index("done < /var/lib/dtranspile/capture-owners")


def test_a_captured_run_that_only_changes_accounts_records_them_too():
    r = _after_the_build("python setup_runtime.py && passwd -d root")
    assert not r.report.declined, r.report.reason
    assert ": > /var/lib/dtranspile/capture/root/var/lib/dtranspile/capture-accounts/created" \
        in r.output


def test_a_capture_that_leaves_the_accounts_alone_does_not_record_them():
    r = _after_the_build("python setup_runtime.py")
    assert not r.report.declined, r.report.reason
    assert "capture-accounts" not in r.output and "/accounts/" not in r.output


def test_a_runner_with_accounts_of_its_own_declines_the_builders_accounts():
    # node's slim image has its user node (1000), which debian's image lacks: the user
    # the builder numbered 1000 would take node's number there
    text = C_BUILD.format(image="debian:bookworm").replace(
        "install-data.sh", "install-data.sh && useradd -m app")
    assert not transpile(text).report.declined
    r = transpile(text, runtime="node:20-bookworm-slim")
    assert r.report.declined
    assert "has accounts of its own that the builder debian:bookworm lacks (node)" in \
        r.report.reason


def test_the_capture_leaves_out_what_the_runner_copies_and_the_package_database():
    run = effect_capture.capture_run(["/app", "/usr/local/lib/python3.11/site-packages"])
    text = run.command.text
    for pruned in ("-path /app", "-path /usr/local/lib/python3.11/site-packages",
                   "-path /var/lib/dpkg", "-path /etc/passwd", "-path /proc"):
        assert pruned in text
    # ~/.cache holds what torch hub and Hugging Face fetched for run time; pip's is junk
    assert "-path /root/.cache/pip" in text and "-path /root/.cache " not in text


@pytest.mark.parametrize("reference, old", [
    ("resin/rpi-raspbian:wheezy", "debian wheezy"),
    ("acme/base:trusty-20160101", None),  # (14.04's dpkg has --verify)
    ("acme/base:precise", "ubuntu precise"),
    ("acme/base:7", None),  # (a number in a private image's tag may count anything)
    ("resin/rpi-raspbian", None),
])
def test_an_unknown_image_whose_tag_names_an_old_release(reference, old):
    why = effect_capture._old_release_tag(reference)
    assert (why is None) if old is None else (old in why and "--verify" in why)


def test_the_package_file_hook_is_set_and_removed_around_the_captured_runs():
    """The dpkg hook exists only while the captured RUNs run: written after the listing
    before them, removed before the listing after them (neither lists it)."""
    snapshot = effect_capture.snapshot_run((), keep_files=True).command.text
    capture = effect_capture.capture_run((), keep_files=True).command.text
    hook = "/etc/dpkg/dpkg.cfg.d/dtranspile-keep-debs"
    assert snapshot.index("before.owned") < snapshot.index(f"> {hook}")
    assert capture.startswith(f"rm -f {hook} && find / ")
    plain = effect_capture.snapshot_run(()).command.text
    assert "keep-debs" not in plain and "keep-debs" not in effect_capture.capture_run(()).command.text


@pytest.mark.parametrize("reference, place, old", [
    ("ooyala/quantal64-ruby1.9.3", "name carries the code name of", "ubuntu quantal"),
    ("example/precise-base:1", "name carries the code name of", "ubuntu precise"),
    ("acme/build:wheezy-2", "tag names", "debian wheezy")])
def test_an_unknown_image_whose_name_names_an_old_release(reference, place, old):
    why = effect_capture._old_release_tag(reference)
    assert why is not None and f"{place} {old}," in why


@pytest.mark.parametrize("reference", ["acme/lucidity:1", "acme/quantalx:2",
                                        "keeb/blog", "acme/app:12.04"])
def test_names_that_only_look_like_an_old_release_pass(reference):
    assert effect_capture._old_release_tag(reference) is None


def test_an_unknown_alpine_image_is_declined_not_tested_at_build_time():
    result = transpile("FROM registry.example.com/acme/py-alpine:2.3\n"
                       "RUN apk add --no-cache gcc musl-dev\nWORKDIR /app\nCOPY . .\n"
                       "RUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n")
    assert result.report.declined
    assert "shows it Alpine, but not its release" in result.report.reason
    assert "alpine-release" not in result.output


def test_an_unknown_debian_image_pointed_at_an_archive_is_declined():
    text = ("FROM registry.example.com/acme/py-base:2.3\n"
            "RUN echo 'deb http://archive.debian.org/debian wheezy main' > /etc/apt/sources.list"
            " && apt-get update && apt-get install -y gcc\nWORKDIR /app\nCOPY . .\n"
            "RUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n")
    result = transpile(text)
    assert result.report.declined and "archive.debian.org" in result.report.reason
    # the same image with the mirrors' apt: captured behind the dpkg test
    plain = transpile(text.replace("echo 'deb http://archive.debian.org/debian wheezy main' > "
                                   "/etc/apt/sources.list && ", ""))
    assert not plain.report.declined and "dpkg --compare-versions" in plain.output


class _Base:
    def __init__(self, date, current):
        self.reference, self.release, self.libc = "x/alpine-ish:edge", "edge", "musl"
        self.date, self.current = date, current


@pytest.mark.parametrize("date, current, ok", [
    ("2016-07-25", False, False), (None, False, False), ("2019-02-23", False, True),
    ("2016-07-25", True, True)])
def test_an_edge_builder_is_as_old_as_its_build_day(date, current, ok):
    """edge is the release in the making: one built before alpine:3.7 was first listed
    (2017-12-01 in the data) has an older BusyBox; the official edge, still published,
    is today's."""
    why = effect_capture._alpine_unsupported(_Base(date, current))
    assert (why is None) is ok
    if not ok:
        assert "Alpine edge as built on" in why


def test_a_captured_user_named_by_a_build_argument_declines():
    # --build-arg may name another user than the default the transpiler reads; the
    # number (-u) may vary, as the merge takes the builder's whatever it is
    text = ("FROM python:3.11-bookworm\nARG APP_USER=app\nARG APP_UID=1000\nWORKDIR /app\n"
            "COPY . .\nRUN pip install -r requirements.txt\n"
            'RUN python setup_runtime.py && useradd -m -u "$APP_UID" NAME\n'
            'CMD ["python", "app.py"]\n')
    r = transpile(text.replace("NAME", '"$APP_USER"'))
    assert r.report.declined and "a build argument gives the name" in r.report.reason
    assert not transpile(text.replace("NAME", "app")).report.declined


_DIGEST = "@sha256:" + "0123456789abcdef" * 4
_OWN_IMAGE_BUILD = ("FROM {image}\nRUN apt-get update && apt-get install -y --no-install-recommends "
                    "libjansson-dev libpcre2-dev && rm -rf /var/lib/apt/lists/*\n"
                    "COPY server /usr/src/server\nWORKDIR /usr/src/server\n"
                    "RUN ./configure --prefix=/usr && make && make install\n"
                    'CMD ["/usr/bin/server"]\n')


def test_a_digest_whose_release_is_not_known_takes_only_its_own_image():
    """gcc:9 was published from 2019-05 (buster) and the data shows its last image
    (bullseye): a digest of it may be a buster image, so a runner of the data's release
    may not take its captured files, and the runtime packages are read in the builder."""
    own = transpile(_OWN_IMAGE_BUILD.format(image="gcc:9" + _DIGEST))
    assert not own.report.declined, own.report.reason
    assert own.report.runner == "gcc:9" + _DIGEST
    assert "libpcre2-posix2" not in own.output and "/tmp/dtranspile-runtime-packages" in own.output
    undigested = transpile(_OWN_IMAGE_BUILD.format(image="gcc:9"))
    assert "libpcre2-posix2" in undigested.output  # bullseye's name, from the tables
    forced = transpile(_OWN_IMAGE_BUILD.format(image="gcc:9" + _DIGEST), runtime="gcc:9")
    assert forced.report.declined and "cannot take its files" in forced.report.reason
    assert "pinned by a digest on a tag that floats" in forced.report.reason
    same = transpile(_OWN_IMAGE_BUILD.format(image="gcc:9" + _DIGEST), runtime="gcc:9" + _DIGEST)
    assert not same.report.declined, same.report.reason
