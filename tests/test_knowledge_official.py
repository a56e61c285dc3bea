"""The generated image knowledge (datagen/official_images.py -> transpiler/knowledge/data)
and its loader: known resolutions from the official images' history, reference
spellings, floating tags, and that formatting never loads it."""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys

import pytest

from transpiler.knowledge import official
from transpiler.knowledge.official import resolve

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_rust_versions_resolve_to_the_debian_release_they_were_built_on():
    r163 = resolve("rust:1.63")
    assert (r163.distribution, r163.release, r163.libc) == ("debian", "bullseye", "glibc")
    assert r163.versions["RUST_VERSION"] == "1.63.0"
    assert r163.pin == "rust:1.63.0" and r163.floating and not r163.current
    assert "/usr/local/cargo/bin" in r163.path.split(":")
    r143 = resolve("rust:1.43")
    assert (r143.release, r143.versions["RUST_VERSION"]) == ("buster", "1.43.1")


@pytest.mark.parametrize("ref, release, key, version, last_day", [
    ("python:3.6", "bullseye", "PYTHON_VERSION", "3.6.15", "2022-01-18"),
    ("python:3.6-stretch", "stretch", "PYTHON_VERSION", "3.6.14", None),
    ("golang:1.10", "stretch", "GOLANG_VERSION", "1.10.8", None),
    ("node:8", "stretch", "NODE_VERSION", "8.17.0", None),
    ("openjdk:8", "bullseye", "JAVA_VERSION", "8u342", None),
])
def test_dropped_tags_resolve_to_the_last_manifest_that_listed_them(ref, release, key, version, last_day):
    facts = resolve(ref)
    assert not facts.current
    assert facts.release == release
    assert facts.versions[key] == version
    assert facts.date < facts.data_date and facts.since < facts.date
    if last_day:
        assert facts.date == last_day


def test_the_from_chain_is_followed_down_to_the_distribution():
    facts = resolve("python:3.6-stretch")
    assert [c.split(":")[0] for c in facts.chain] == [
        "buildpack-deps", "buildpack-deps", "buildpack-deps", "debian"]
    assert facts.chain[0].startswith("buildpack-deps:stretch")
    # buildpack-deps shows what it installs; python adds to it and keeps it
    assert {"gcc", "make", "git", "curl", "libssl-dev"} <= set(facts.packages)
    assert facts.package_manager == "apt-get"
    assert facts.env["LANG"] == "C.UTF-8"
    assert facts.path.startswith("/usr/local/bin:")
    assert facts.cmd == ("python3",)


def test_config_of_the_golang_image():
    facts = resolve("golang:1.10")
    assert facts.env["GOPATH"] == "/go" and facts.workdir == "/go"
    assert facts.path.split(":")[:2] == ["/go/bin", "/usr/local/go/bin"]


def test_alpine_builds_are_musl_with_apk():
    facts = resolve("golang:1.21-alpine")
    assert (facts.distribution, facts.libc, facts.package_manager) == ("alpine", "musl", "apk")
    assert re.fullmatch(r"3\.\d+", facts.release)


def test_entrypoint_and_cmd_follow_docker_inheritance():
    node = resolve("node:8")
    assert node.entrypoint == ("docker-entrypoint.sh",) and node.cmd == ("node",)
    maven = resolve("maven:3-jdk-8")
    assert maven.entrypoint == ("/usr/local/bin/mvn-entrypoint.sh",) and maven.cmd == ("mvn",)
    assert maven.versions["MAVEN_VERSION"].startswith("3.")
    assert maven.versions["JAVA_HOME"]


@pytest.mark.parametrize("spelling", [
    "docker.io/library/python:3.6", "index.docker.io/library/python:3.6",
    "library/python:3.6", "docker.io/python:3.6", "Python:3.6",
    "python:3.6@sha256:" + "0" * 64,
])
def test_reference_spellings(spelling):
    assert resolve(spelling).pin == resolve("python:3.6").pin == "python:3.6.15"


def test_a_bare_digest_and_unknown_images_give_none():
    assert resolve("python@sha256:" + "0" * 64) is None
    assert resolve("no-such-image-family:1") is None
    assert resolve("python:0.0.1") is None
    assert resolve("ghcr.io/someone/python:3.6") is None


def test_arg_defaults_in_from():
    assert resolve("rust:${RUST}", {"RUST": "1.43"}).release == "buster"
    assert resolve("rust:${RUST:-1.63}").release == "bullseye"
    assert resolve("python:${PY}") is None  # unset: not known


@pytest.mark.parametrize("ref", ["python:3", "python:latest", "node:lts", "golang:1",
                                 "debian:bookworm", "alpine:edge", "ubuntu:latest", "rust:1"])
def test_floating_tags_name_their_date_and_a_pin(ref):
    facts = resolve(ref)
    assert facts.floating and facts.current
    assert facts.date == facts.data_date
    assert facts.pin != ref
    pinned = resolve(facts.pin)
    assert pinned is not None and not pinned.floating
    assert (pinned.distribution, pinned.release) == (facts.distribution, facts.release)


def test_pins_keep_the_language_version():
    py = resolve("python:3")
    assert re.fullmatch(r"python:3\.\d+\.\d+", py.pin)
    node = resolve("node:lts")
    assert re.fullmatch(r"node:\d+\.\d+\.\d+", node.pin)
    slim = resolve("python:3-slim")
    assert re.fullmatch(r"python:3\.\d+\.\d+-slim", slim.pin)
    assert resolve("debian:bookworm").pin.startswith("debian:bookworm-2")
    assert resolve("alpine:edge").release == "edge"


def test_siblings_of_the_same_version_and_date():
    assert resolve("python:3.11").siblings["slim"] == "python:3.11-slim"
    assert resolve("python:3").siblings["slim"] == "python:3-slim"
    assert resolve("node:lts").siblings["slim"] == "node:lts-slim"
    old = resolve("python:3.6").siblings
    assert old["slim"] == "python:3.6-slim" and old["alpine"].startswith("python:3.6-alpine")


def test_debian_latest_floats_with_stable_slim():
    """debian:latest has no slim tag; the data proves (datagen/floating_slims.py) that
    latest and stable named the same release in every manifest version listing both."""
    from transpiler.knowledge.official import slim_twin

    for ref in ("debian", "debian:latest"):
        assert resolve(ref).siblings["slim"] == "debian:stable-slim"
    proof = slim_twin("debian", "latest")
    assert proof["as"] == "stable" and proof["versions"] >= 200 and proof["moves"] >= 6
    assert proof["since"] <= "2014-02-03"
    assert resolve("debian:stable").siblings["slim"] == "debian:stable-slim"
    assert slim_twin("debian", "bookworm") is None
    assert "slim" not in resolve("ubuntu").siblings  # ubuntu has no slim image


def test_distribution_images():
    xenial = resolve("ubuntu:16.04")
    assert (xenial.distribution, xenial.release, xenial.package_manager) == ("ubuntu", "xenial", "apt-get")
    centos = resolve("centos:7")
    assert (centos.distribution, centos.release, centos.package_manager) == ("centos", "7", "yum")
    assert not centos.current
    assert resolve("debian:jessie").distribution_version.startswith("8")


def test_an_image_without_its_repository_still_names_its_release_by_tag():
    gcc = resolve("gcc:12-bookworm")  # docker-library/gcc is not mirrored
    assert (gcc.release, gcc.source) == ("bookworm", "tag")


def test_distribution_package_versions_come_from_the_package_index():
    bookworm = official.distribution_packages("debian", "bookworm")
    assert bookworm["python3"].startswith("3.11.")
    noble = official.distribution_packages("ubuntu", "noble")
    assert noble["python3"].startswith("3.12.")
    assert official.distribution_packages("debian", "no-such-release") is None


def test_data_files_are_compact():
    files = glob.glob(os.path.join(ROOT, "transpiler", "knowledge", "data", "**", "*.gz"),
                      recursive=True)
    assert len(files) > 100
    assert max(os.path.getsize(f) for f in files) < 1_000_000


def test_formatting_never_loads_the_image_knowledge():
    code = ("import sys, transpiler\n"
            "transpiler.format('from python:3\\nrun pip install x\\n')\n"
            "from transpiler.cli import main\n"
            "bad = [m for m in sys.modules if m.startswith('transpiler.knowledge')]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env=dict(os.environ, PYTHONPATH=ROOT))


def test_manifest_formats_both_parse():
    sys.path.insert(0, ROOT)
    from datagen import manifests

    old = ("# maintainer: x\n"
           "latest: git://github.com/docker-library/docker-python@10eb8b1bac2b 3\n"
           "3.4: git://github.com/docker-library/docker-python@10eb8b1bac2b 3\n"
           "2.7: git://github.com/docker-library/docker-python@10eb8b1bac2b 2\n")
    entries = manifests.parse(old)
    assert [(e.tags, e.repo, e.directory) for e in entries] == [
        (("latest", "3.4"), "docker-library/docker-python", "3"),
        (("2.7",), "docker-library/docker-python", "2")]
    new = ("GitRepo: https://github.com/docker-library/python.git\n"
           "amd64-GitCommit: aaa\nGitCommit: bbb\n\n"
           "Tags: 3.12.1-bookworm, 3.12-bookworm\nSharedTags: 3.12.1, 3.12\n"
           "Architectures: amd64, arm64v8\nDirectory: 3.12/bookworm\n\n"
           "Tags: 3.12-windowsservercore\nSharedTags: 3.12\n"
           "Architectures: windows-amd64\nGitCommit: ccc\nDirectory: 3.12/windows\n")
    by_tag = manifests.tag_map(manifests.parse(new))
    assert by_tag["3.12"].directory == "3.12/bookworm"  # Linux wins a shared tag
    assert by_tag["3.12"].commit == "aaa"  # the amd64 override of the global GitCommit
    assert by_tag["3.12-windowsservercore"].commit == "ccc"


def test_the_wheel_lists_every_data_file():
    import fnmatch

    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        globs = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["transpiler.knowledge"]
    base = os.path.join(ROOT, "transpiler", "knowledge")
    for path in glob.glob(os.path.join(base, "data", "**", "*"), recursive=True):
        if os.path.isfile(path):
            rel = os.path.relpath(path, base).replace(os.sep, "/")
            assert any(fnmatch.fnmatch(rel, g) and rel.count("/") == g.count("/") for g in globs), rel


def test_dotnet_images_from_the_dotnet_docker_manifest():
    old = resolve("microsoft/dotnet:2.1-sdk")  # the Docker Hub repository, retired in 2019
    assert not old.current and old.release == "stretch"
    assert re.fullmatch(r"microsoft/dotnet:2\.1\.\d+-sdk", old.pin)
    assert old.versions["DOTNET_SDK_VERSION"] == old.pin.split(":")[1].split("-")[0]
    sdk = resolve("mcr.microsoft.com/dotnet/sdk:8.0")
    assert sdk.current and sdk.versions["DOTNET_SDK_VERSION"].startswith("8.0.")
    assert sdk.chain[0].startswith("mcr.microsoft.com/dotnet/aspnet:8.0.")
    assert sdk.distribution == "debian"
    # Azure Linux and CBL-Mariner: named by the tag's folder word (datagen tag_os)
    azl = resolve("mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0")
    assert (azl.distribution, azl.release, azl.package_manager) == ("azurelinux", "3.0", "tdnf")
    mariner = resolve("mcr.microsoft.com/dotnet/runtime-deps:8.0-cbl-mariner2.0-distroless")
    assert (mariner.distribution, mariner.release, mariner.package_manager) == \
        ("cbl-mariner", "2.0", None)


def test_tag_os_reads_azure_linux_and_cbl_mariner():
    from datagen import manifests
    from datagen.official_images import tag_os

    def entry(directory, *tags):
        return manifests.Entry(tuple(tags), (), "dotnet/dotnet-docker", "c", directory,
                               "Dockerfile", "", True)

    assert tag_os(entry("src/sdk/8.0/azurelinux3.0/amd64", "8.0-azurelinux3.0-amd64"), {}) == \
        {"dist": "azurelinux", "rel": "3.0", "ver": "3.0", "libc": "glibc", "pm": "tdnf",
         "via": "tag"}
    got = tag_os(entry("src/runtime-deps/8.0/cbl-mariner2.0-distroless/amd64",
                       "8.0-cbl-mariner2.0-distroless-amd64"), {})
    assert (got["dist"], got["rel"], got["pm"]) == ("cbl-mariner", "2.0", None)


def test_continuumio_images_from_their_installer():
    latest = resolve("continuumio/miniconda3")
    assert latest.floating and latest.versions["PYTHON_VERSION"] == "3.12"
    assert latest.pin == "continuumio/miniconda3:" + latest.versions["CONDA_INSTALLER_VERSION"]
    old = resolve("continuumio/miniconda3:4.5.4")  # built once, on the Debian of its day
    assert not old.floating and old.release == "stretch"
    assert old.entrypoint == ("/usr/bin/tini", "--")


def test_arch_namespace_of_official_images():
    assert resolve("amd64/python:3.6").pin == "python:3.6.15"


def test_distroless_images_carry_their_debian_release():
    py = resolve("gcr.io/distroless/python3-debian12")
    assert (py.distribution, py.release, py.package_manager) == ("debian", "bookworm", None)
    assert resolve("gcr.io/distroless/python3-debian12:nonroot").release == "bookworm"
    assert resolve("gcr.io/distroless/python3-debian12:no-such-tag") is None
    # with the distribution's package index, the Python it runs
    assert official.distribution_packages("debian", py.release)["python3"].startswith("3.11.")


def test_a_release_word_is_read_where_the_convention_puts_it():
    # "kinetic" is a ROS release and also an Ubuntu codename; the folder says xenial
    assert resolve("ros:kinetic-robot").release == "xenial"
    # a bare -alpine tag: alpine and musl, release unknown without the Dockerfile
    pg = resolve("postgres:11.3-alpine")
    assert (pg.distribution, pg.libc) == ("alpine", "musl")


def test_packages_a_dockerfile_keeps():
    sys.path.insert(0, ROOT)
    from datagen import dockerfiles

    text = ("FROM debian:bookworm\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n"
            " && rm -rf /var/lib/apt/lists/*\n"
            "RUN savedAptMark=\"$(apt-mark showmanual)\"; apt-get install -y gcc libssl-dev; \\\n"
            " apt-mark auto '.*' > /dev/null; apt-get purge -y --auto-remove\n"
            "RUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk add git && apk del .build-deps\n"
            "RUN fetchDeps='wget gnupg'; apt-get install -y $fetchDeps make; apt-get purge -y $fetchDeps\n"
            "ENV PATH=/opt/bin:$PATH GOPATH=/go\nWORKDIR $GOPATH\nWORKDIR src\n"
            "ENTRYPOINT [\"tini\", \"--\"]\n")
    facts = dockerfiles.read(text, {"PATH": "/usr/bin"})
    assert facts.parent == "debian:bookworm"
    assert facts.packages == ["ca-certificates", "curl", "git", "make"]
    assert facts.installers == ["apt-get", "apk"]
    assert dict(facts.env) == {"PATH": "/opt/bin:/usr/bin", "GOPATH": "/go"}
    assert facts.workdir == "/go/src"
    assert facts.entrypoint == ["tini", "--"] and facts.cmd is None


def test_alpine_node_images_from_their_repository():
    """mhart/alpine-node (datagen/alpine_node_images.py): each tag's Node version and
    Alpine release read from the Dockerfile of the build the tag names."""
    ten = resolve("mhart/alpine-node:10")
    assert (ten.distribution, ten.release, ten.libc) == ("alpine", "3.7", "musl")
    assert ten.versions["NODE_VERSION"] == "10.24.1" and ten.pin == "mhart/alpine-node:10.24.1"
    assert ten.chain[0].startswith("alpine:3.7")
    slim = resolve(ten.siblings["slim"])
    assert (slim.release, slim.versions["NODE_VERSION"]) == ("3.7", "10.24.1")
    assert "VERSION" not in slim.env  # node copied alone: no npm
    # the git tag `6` stayed on 6.10.3; the README's table (and Docker Hub) moved it on
    assert resolve("mhart/alpine-node:6").versions["NODE_VERSION"] == "6.17.1"
    assert resolve("mhart/alpine-node:6.3").versions["NODE_VERSION"] == "6.3.1"
    assert "--without-npm" in resolve("mhart/alpine-node:base-6").env["CONFIG_FLAGS"]
    # `8` last named 8.17.0, whose commit's Dockerfiles were edited for another build
    assert resolve("mhart/alpine-node:8") is None
    assert resolve("mhart/alpine-node").versions["NODE_VERSION"] == "16.4.2"


def test_alpine_node_reader():
    sys.path.insert(0, ROOT)
    from datagen import alpine_node_images as a

    assert a.kind_of("slim-10.24") == ("slim", "10.24") and a.kind_of("base") == ("base", "latest")
    assert a.node_version(["10", "10.24", "10.24.1", "latest"]) == "10.24.1"
    assert a.node_version(["10", "12.1.0"]) is None  # not one build
    table = "Versions:\n  - `latest`, `16`, `16.4`, `16.4.2` – 108 MB\n  - `slim-6`, `slim-6.17.1` – 32 MB\n"
    assert a.readme_lines(table) == [["latest", "16", "16.4", "16.4.2"], ["slim-6", "slim-6.17.1"]]
    full = "FROM alpine:3.9\nENV VERSION=v12.22.3 NPM_VERSION=6\nRUN true\n"
    assert a._builds(full, "full", "12.22.3") and not a._builds(full, "full", "12.22.1")
    assert not a._builds(full, "base", "12.22.3")
    slim = "FROM mhart/alpine-node:12\nFROM alpine:3.9\nCOPY --from=0 /usr/bin/node /usr/bin/\n"
    assert a._builds(slim, "slim", "12.22.3") and not a._builds(slim, "slim", "14.17.3")
    iojs = "FROM alpine:3.2\nENV VERSION=v1.8.4 CMD=iojs\n"
    assert not a._builds(iojs, "full", "1.8.4")


def test_iojs_images_from_their_repository():
    """io.js's official image (nodejs/docker-iojs read at the manifests' commits)."""
    three = resolve("iojs:3.3")
    assert (three.distribution, three.release) == ("debian", "jessie")
    assert three.versions["IOJS_VERSION"] == "3.3.0" and not three.current
    assert three.siblings["slim"] == "iojs:3.3-slim"


def test_cuda_images_from_the_gitlab_copy():
    """nvidia/cuda (datagen/cuda_images.py): the CI of NVIDIA's gitlab project, read in its
    GitHub copy, names each tag's folder and branch; the chain reaches the distribution."""
    devel = resolve("nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04")
    assert (devel.distribution, devel.release) == ("ubuntu", "xenial")
    assert devel.chain[:3] == ("nvidia/cuda:9.0-devel-ubuntu16.04",
                               "nvidia/cuda:9.0-runtime-ubuntu16.04",
                               "nvidia/cuda:9.0-base-ubuntu16.04")
    assert devel.siblings["runtime"] == "nvidia/cuda:9.0-cudnn7-runtime-ubuntu16.04"
    assert devel.versions["CUDA_VERSION"].startswith("9.0.") and not devel.current
    assert devel.date == "2018-11-12"
    # a tag without a distribution word: the branch whose CI set NO_OS_SUFFIX for it
    assert resolve("nvidia/cuda:8.0-cudnn5-devel").release == "xenial"
    assert resolve("nvidia/cuda:7.5-cudnn5-devel").release == "trusty"
    assert resolve("nvidia/cuda:8.0-cudnn5-devel").siblings["runtime"] == \
        "nvidia/cuda:8.0-cudnn5-runtime"
    assert resolve("nvidia/cuda:9.2-devel-centos7").distribution == "centos"
    assert resolve("nvidia/cuda:9.0-base-ubuntu16.04").siblings == {}
    # `latest` moved after the copy ends; CUDA 10.1 came after it
    assert resolve("nvidia/cuda:latest") is None
    assert resolve("nvidia/cuda:10.1-cudnn7-devel-ubuntu16.04") is None


def test_cuda_ci_reader():
    sys.path.insert(0, ROOT)
    from datagen import cuda_images as c

    ci = ('.cuda_template: &cuda_definition\n    stage: cuda\n    script:\n'
          '    - VERSION="${CI_JOB_NAME:1}"\n'
          '    - docker build -t "${REPOSITORY}:${VERSION}-runtime-${OS}"\n'
          '                   "${VERSION}/runtime"\n'
          '    - docker build -t "${REPOSITORY}:${VERSION}-devel-${OS}"\n'
          '                   --build-arg "repository=${REPOSITORY}"\n'
          '                   "${VERSION}/devel"\n\n'
          '.cudnn_template: &cudnn_definition\n    script:\n'
          '    - docker build --pull -t "${REPOSITORY}:${VERSION}-devel-${OS}" '
          '"${CUDA_VERSION}/devel/${CUDNN_VERSION}"\n\n'
          'v8.0:\n    variables:\n        NO_OS_SUFFIX: "true"\n        LATEST: "true"\n'
          '    <<: *cuda_definition\n\n'
          'v10.0-cudnn7:\n    <<: *cudnn_definition\n')
    assert c.published(ci, "ubuntu16.04") == {
        "8.0-runtime-ubuntu16.04": "8.0/runtime", "8.0-runtime": "8.0/runtime",
        "8.0-devel-ubuntu16.04": "8.0/devel", "8.0-devel": "8.0/devel",
        "10.0-cudnn7-devel-ubuntu16.04": "10.0/devel/cudnn7"}
