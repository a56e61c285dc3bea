"""Owners and modes a captured RUN gives to the files of a package it installs (audit18c):
neither ``dpkg --verify`` nor the apk database's digests see them, so the capture counts
the paths the RUN's chown, chgrp and chmod name as changed package files."""

from __future__ import annotations

import subprocess

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import effect_capture

DEBIAN = ("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY requirements.txt .\n"
          "RUN pip install -r requirements.txt\nCOPY . .\n"
          "RUN apt-get update && apt-get install -y --no-install-recommends gcc nano "
          "&& useradd -m dev && {changes} && python setup_notes.py\n"
          'CMD ["python", "app.py"]\n')


def _listed(output: str):
    """The ``mode-changed`` list the builder's capture writes."""
    import shlex
    for part in output.split(" && "):
        if part.startswith("printf '%s\\n' ") and part.endswith("/mode-changed"):
            return shlex.split(part.split(" > ")[0])[2:]
    return None


def test_chown_and_chmod_of_package_files_count_as_changed_on_debian():
    r = transpile(DEBIAN.format(changes="chown dev:dev /etc/nanorc && chmod 0600 /etc/nanorc "
                                "&& chmod -R go-rwx /usr/share/nano"))
    assert not r.report.declined, r.report.reason
    assert _listed(r.output) == ["e /etc/nanorc", "r /usr/share/nano"]
    builder = r.output.split("\nFROM ")[0]
    # added to what dpkg --verify found, before the untouched package files are taken out
    assert builder.index("/mode-changed /var/lib/dtranspile/capture/after.paths") < \
        builder.index("comm -23 /var/lib/dtranspile/capture/new.owned")


def test_the_words_read_relative_paths_globs_options_and_sudo():
    r = transpile(DEBIAN.format(
        changes="cd /etc && sudo chmod -v u+s ../usr/bin/rnano && chmod -x nano* "
                "&& chgrp -hR staff /bin/tool && chown --reference=/etc/hosts /etc/a "
                "&& chown $NOBODY /etc/b && chmod 600 ~/c"))
    assert not r.report.declined, r.report.reason
    assert _listed(r.output) == ["e /usr/bin/rnano", "r /etc", "r /bin/tool",
                                 "r /usr/bin/tool", "e /etc/a", "e /etc/b"]


def test_a_capture_without_chown_or_chmod_lists_nothing():
    r = transpile(DEBIAN.format(changes="true"))
    assert not r.report.declined, r.report.reason
    assert _listed(r.output) is None and "mode-changed" not in r.output


def test_alpine_counts_them_and_the_links_too():
    text = ("FROM python:3.5-alpine\nRUN apk add --update nginx build-base pcre-dev "
            "&& chown -R nginx:www-data /var/lib/nginx\n"
            "RUN pip install uwsgi\nADD . /app\nWORKDIR /app\nRUN rm /etc/nginx/nginx.conf\n"
            "RUN ln -s /app/nginx.conf /etc/nginx/\n"
            'CMD ["nginx", "-g", "daemon off;"]\n')
    r = transpile(text)
    assert not r.report.declined, r.report.reason
    assert _listed(r.output) == ["e /etc/nginx/nginx.conf", "r /var/lib/nginx"]
    builder = r.output.split("\nFROM ")[-2]
    assert builder.index("> /var/lib/dtranspile/capture/modified") < \
        builder.index("/mode-changed /var/lib/dtranspile/capture/after.paths") < \
        builder.index("sort -u -o /var/lib/dtranspile/capture/modified")


def test_the_selection_keeps_the_named_package_files_that_are_there(tmp_path):
    (tmp_path / "new.owned").write_text("\n".join(sorted([
        "/etc/nanorc", "/usr/share/nano", "/usr/share/nano/a.nanorc", "/usr/share/nanox",
        "/bin/tool", "/usr/bin/tool", "/usr/bin/rnano", "/var/lib/nginx",
        "/var/lib/nginx/tmp"])) + "\n")
    # a non-merged system: /bin/tool is there, /usr/bin/tool is not
    (tmp_path / "after.paths").write_text("\n".join(sorted([
        "/etc/nanorc", "/usr/share/nano", "/usr/share/nano/a.nanorc", "/usr/share/nanox",
        "/bin/tool", "/usr/bin/rnano", "/var/lib/nginx", "/var/lib/nginx/tmp"])) + "\n")
    text = effect_capture.mode_changed_text(
        str(tmp_path), ["e /etc/nanorc", "r /usr/share/nano", "r /bin/tool", "r /usr/bin/tool",
                        "e /var/lib/nginx"])
    subprocess.run(["sh", "-c", text], check=True)
    assert (tmp_path / "modified").read_text().split() == [
        "/bin/tool", "/etc/nanorc", "/usr/share/nano", "/usr/share/nano/a.nanorc",
        "/var/lib/nginx"]
