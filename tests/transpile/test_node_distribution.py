"""Node.js from a plain distribution image (recipes/node_distribution): which builds are
taken, which decline and why, and the runner facts the rewrite depends on."""

import pytest

from transpiler.multistage.api import transpile

APP = "WORKDIR /app\nCOPY . .\nRUN npm install\n"


def _runner(output: str) -> str:
    return output.split("\n\nFROM ", 1)[1]


def test_node_command_leaves_npm_in_the_builder_npm_start_keeps_it():
    base = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y nodejs npm\n" + APP
    node = transpile(base + 'CMD ["node", "index.js"]\n')
    start = transpile(base + 'CMD ["npm", "start"]\n')
    assert not node.report.declined and not start.report.declined
    assert "apt-get install -y nodejs &&" in _runner(node.output)
    assert "apt-get install -y nodejs npm &&" in _runner(start.output)


def test_the_runner_installs_recommends_as_the_original_did():
    with_ = transpile("FROM debian:bookworm\nRUN apt-get update && apt-get install -y nodejs\n"
                      + APP + 'CMD ["node", "index.js"]\n')
    without = transpile("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                        "--no-install-recommends nodejs\n" + APP + 'CMD ["node", "index.js"]\n')
    assert "apt-get install -y nodejs && xargs -r apt-get install -y <" in _runner(with_.output)
    assert "apt-get install -y --no-install-recommends nodejs && xargs -r apt-get install -y " \
        "--no-install-recommends <" in _runner(without.output)


def test_tarball_into_usr_local_is_carried_and_elsewhere_captured():
    head = "FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y curl\n"
    url = "https://nodejs.org/dist/v10.15.3/node-v10.15.3-linux-x64.tar.gz"
    local = transpile(head + f"RUN cd /usr/local && curl -fsSL {url} | tar -xz "
                      "--strip-components=1\n" + APP + 'CMD ["node", "index.js"]\n')
    assert not local.report.declined, local.report.reason
    assert "COPY --from=builder /usr/local /usr/local" in local.output
    opt = transpile(head + f"RUN curl -fsSL {url} | tar -xz -C /opt --strip-components=1\n"
                    + APP + 'CMD ["node", "index.js"]\n')
    # elsewhere the build runs in a capture window (node_capture): with nothing
    # build-only to leave out, nothing to gain
    assert opt.report.declined and "nothing to gain" in opt.report.reason
    tools = transpile(head.replace("curl", "curl build-essential") +
                      f"RUN curl -fsSL {url} | tar -xz -C /opt --strip-components=1\n"
                      + APP + 'CMD ["node", "index.js"]\n')
    assert not tools.report.declined, tools.report.reason
    assert "COPY --from=builder /var/lib/dtranspile/capture/root/ /" in tools.output
    assert "build-essential" not in _runner(tools.output)


def test_nodesource_on_a_release_not_in_the_tables_installs_the_transport_if_there():
    text = ("FROM ubuntu:21.04\nRUN apt-get update && apt-get install -y curl && "
            "curl -sL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs\n"
            + APP + 'CMD ["node", "index.js"]\n')
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert "show apt-transport-https > /dev/null 2>&1; then" in runner
    assert runner.index("ca-certificates") < runner.index("COPY --from=builder /etc/apt /etc/apt") \
        < runner.index("apt-get install -y curl nodejs")
    # the first update reads only the distribution's own lists
    first = [line for line in runner.split("\n") if line.startswith("RUN ")][0]
    assert "-o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources update" in first


def test_https_repositories_of_the_build_are_read_after_their_prerequisites():
    text = ("FROM debian:bullseye\nRUN apt-get update && apt-get install -y curl gnupg && "
            "curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | apt-key add - && "
            "echo 'deb https://dl.yarnpkg.com/debian/ stable main' > "
            "/etc/apt/sources.list.d/yarn.list && apt-get update && apt-get install -y nodejs yarn\n"
            + APP + 'CMD ["node", "index.js"]\n')
    runner = _runner(transpile(text).output)
    # the runner stage copies the repositories first; the prerequisites' update skips them
    assert runner.index("COPY --from=builder /etc/apt /etc/apt") < runner.index(
        "-o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources update") < runner.index(
        "apt-get update && apt-get install -y curl gnupg nodejs yarn")
    assert runner.count("COPY --from=builder /etc/apt /etc/apt") == 1
    main_list = text.replace("/etc/apt/sources.list.d/yarn.list", "/etc/apt/sources.list")
    result = transpile(main_list.replace("> /etc/apt/sources.list", ">> /etc/apt/sources.list"))
    assert result.report.declined and "sources.list itself" in result.report.reason


def test_nvm_is_captured_and_declines_with_nothing_to_gain():
    text = ("FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y nodejs curl\n"
            "RUN curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.0/install.sh | bash\n"
            "RUN . /root/.nvm/nvm.sh && nvm install 16\n" + APP + 'CMD ["node", "index.js"]\n')
    result = transpile(text)
    # (the capture of node_capture would carry nvm's Node, but curl and nodejs are
    # installed again: nothing build-only stays behind)
    assert result.report.declined and "line 4: nvm installs" in result.report.reason
    assert "nothing to gain" in result.report.reason


def test_global_program_is_checked_in_the_builder():
    text = ("FROM alpine:3.18\nRUN apk add --no-cache nodejs npm\n" + APP +
            "RUN npm install -g forever\n" + 'CMD ["forever", "index.js"]\n')
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    builder = result.output.split("\n\nFROM ", 1)[0]
    assert "{ test -L /opt/global-usr-bin/forever || test -e /usr/local/bin/forever; }" in builder
    assert "COPY --from=builder /opt/global-usr-bin /usr/bin" in result.output


def test_a_dropped_build_tool_as_the_command_declines():
    text = ("FROM debian:bookworm\nRUN apt-get update && apt-get install -y nodejs npm make\n"
            + APP + 'CMD ["make", "serve"]\n')
    result = transpile(text)
    assert result.report.declined and "make" in result.report.reason


def test_an_image_of_a_known_release_whose_own_tree_is_usr_local_is_its_own_runner():
    """buildpack-deps and phusion/baseimage (image data: a release, /usr/local their only
    tree of their own): the distribution's Node installed again in the very image."""
    for image in ("buildpack-deps:xenial", "phusion/baseimage:0.11"):
        result = transpile(f"FROM {image}\nRUN apt-get update && apt-get install -y nodejs "
                           "npm\n" + APP + 'CMD ["node", "index.js"]\n')
        assert not result.report.declined, result.report.reason
        runner = _runner(result.output)
        assert runner.startswith(image + "\n")
        assert "apt-get install -y nodejs &&" in runner
        assert "COPY --from=builder /usr/local /usr/local" in runner


def test_an_image_base_build_that_removes_in_usr_local_or_brings_no_node_package_declines():
    removed = transpile("FROM buildpack-deps:xenial\nRUN apt-get update && apt-get install -y "
                        "nodejs npm && rm -rf /usr/local/lib/x\n" + APP +
                        'CMD ["node", "index.js"]\n')
    assert removed.report.declined
    assert "removes /usr/local/lib/x" in removed.report.reason
    nvm = transpile("FROM buildpack-deps:xenial\nRUN curl -o- https://example.org/nvm.sh | bash\n"
                    + APP + 'CMD ["node", "index.js"]\n')
    assert nvm.report.declined
    assert "is an image of ubuntu xenial (image data)" in nvm.report.reason


def test_a_template_image_and_centos_6_decline_saying_so():
    template = transpile("FROM balenalib/%%BALENA_MACHINE_NAME%%-node:10\n" + APP +
                         'CMD ["node", "index.js"]\n')
    assert template.report.declined and "is a template" in template.report.reason
    centos6 = transpile("FROM centos:centos6\nRUN yum install -y epel-release && yum install "
                        "-y nodejs npm\n" + APP + 'CMD ["node", "index.js"]\n')
    assert centos6.report.declined
    assert "centos:centos6 is centos 6, older than the releases" in centos6.report.reason
    assert "its Python is 2.6, which has no subprocess.check_output" in centos6.report.reason
    # (CentOS 7: the same-image runner with nodejs installed again, node-rpm-distribution)
    centos7 = transpile("FROM centos:7\nRUN yum install -y epel-release && yum install "
                        "-y nodejs npm\n" + APP + 'CMD ["node", "index.js"]\n')
    assert not centos7.report.declined, centos7.report.reason


@pytest.mark.parametrize("family, release, old", [
    ("ubuntu", "16.04", True), ("ubuntu", "14.04.1", True), ("ubuntu", "17.04", True),
    ("ubuntu", "17.10", False), ("ubuntu", "18.04", False), ("ubuntu", "xenial", True),
    ("ubuntu", "bionic", False), ("debian", "stretch", True), ("debian", "buster", False),
    ("debian", None, False)])
def test_old_apt_by_codename_or_ubuntu_version_number(family, release, old):
    # (the image data names ubuntu:16.04's release "16.04", the codename table "xenial")
    from transpiler.multistage.recipes.node_distribution import old_apt
    assert old_apt(family, release) is old


def test_node_the_original_removes_is_not_said_installed_again():
    """``apk del`` of the virtual package that brought Node: the runner installs none,
    and the report says so rather than claiming Node is installed again."""
    result = transpile("FROM alpine:3.19\nWORKDIR /project\nCOPY . .\n"
                       "RUN apk add --no-cache libgcc && apk add --no-cache --virtual .build "
                       "nodejs npm && npm install && rm -rf node_modules && apk del .build\n"
                       'ENTRYPOINT ["./server"]\n')
    assert not result.report.declined, result.report.reason
    assert "nodejs" not in _runner(result.output).split("COPY --from=builder /var/lib")[0]
    added = " ".join(result.report.added)
    assert "installed again in the runner (no Node version" not in added
    assert "no Node.js in the runner: the original removes" in added


def test_npm_alone_named_is_installed_again_for_a_node_command():
    """Debian's npm brings nodejs as its dependency: with npm the only Node package the
    build names, the runner installs npm although the command runs node."""
    result = transpile("FROM debian:bookworm\nRUN apt-get update && apt-get install -y npm\n"
                       + APP + 'CMD ["node", "index.js"]\n')
    assert not result.report.declined, result.report.reason
    assert "apt-get install -y npm &&" in _runner(result.output)


def test_node_from_an_added_repository_is_not_said_the_distributions_own():
    """NodeSource's script or a PPA brings the nodejs the runner installs again (from the
    builder's /etc/apt, copied): the report names the lines that set the repositories
    up instead of calling it the distribution's own Node (corpus a16affeb, a47cf93a)."""
    nodesource = transpile("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y curl\n"
                           "RUN curl -sL https://deb.nodesource.com/setup_8.x | bash -\n"
                           "RUN apt-get install -y nodejs\n" + APP
                           + 'CMD ["node", "index.js"]\n')
    ppa = transpile("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y "
                    "software-properties-common\nRUN add-apt-repository ppa:chris-lea/node.js\n"
                    "RUN apt-get update && apt-get install -y nodejs\n" + APP
                    + 'CMD ["node", "index.js"]\n')
    own = transpile("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y nodejs\n"
                    + APP + 'CMD ["node", "index.js"]\n')
    for result, line in ((nodesource, "line 3"), (ppa, "line 3")):
        assert not result.report.declined, result.report.reason
        added = " ".join(result.report.added)
        assert "distribution's own packages" not in added
        assert ("Node.js from the packages of the distribution's archive and of the "
                f"repositories the build set up ({line}), installed again") in added
        assert "the distribution's packages, installed again from the same archive" \
            not in result.report.runner_reason
        assert f"set up ({line}), installed again from the same sources" \
            in result.report.runner_reason
    assert not own.report.declined, own.report.reason
    assert "Node.js from the distribution's own packages" in " ".join(own.report.added)
    assert own.report.runner_reason.endswith(
        "the program runs on the distribution's packages, installed again from the same archive")
