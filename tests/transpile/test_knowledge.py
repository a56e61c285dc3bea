"""knowledge/: image families and distributions are records, so adding one is one
record and every consumer (runner choice, package installs, user tools) follows."""

from __future__ import annotations

from transpiler.knowledge import images, packages
from transpiler.knowledge.distributions import distro_of
from transpiler.multistage.runner_setup import base_family, runner_family


def test_wolfi_is_one_record_glibc_with_apk_and_busybox():
    facts = images.image_facts("cgr.dev/chainguard/wolfi-base:latest")
    assert facts.known and facts.libc == "glibc" and facts.family == "wolfi"
    assert runner_family(facts) == "alpine" and base_family(facts) == "alpine"
    distro = distro_of(facts.family, facts.release)
    assert packages.install_command(distro, ["curl"]) == "apk add --no-cache curl"
    # glibc: libraries copied to /usr/local/lib need the ld.so cache refreshed
    assert packages.install_command(distro, [], ldconfig=True) == "ldconfig"
    # no -dev map is known for Wolfi: a -dev package is reported unknown, never guessed
    assert packages.runtime_needs(["openssl-dev"], distro).unknown == ("openssl-dev",)


def test_rhel_distribution_is_reachable():
    distro = distro_of("rhel", "9")
    assert distro is not None and distro.manager == "yum"
    assert packages.runtime_of("openssl-devel", distro) == ("openssl-libs",)
    assert packages.install_command(distro, ["libpq"]) == "yum install -y libpq && yum clean all"


def test_tags_name_distribution_and_release():
    cases = {
        "golang:1.22-bookworm": ("debian", "bookworm", "glibc"),
        "golang:1.22-alpine3.19": ("alpine", "3.19", "musl"),
        "rust:1": ("debian", "trixie", "glibc"),
        # the tag names no release: the image data says which it was built on
        "rust:1.75": ("debian", "bookworm", "glibc"),
        "ubuntu:jammy": ("ubuntu", "jammy", "glibc"),
        "maven:3-eclipse-temurin-21": ("ubuntu", "noble", "glibc"),
        "maven:3-jdk-8": ("debian", "bullseye", "glibc"),
        "python:3.12-slim-bookworm": ("debian", "bookworm", "glibc"),
        "mcr.microsoft.com/dotnet/sdk:8.0-jammy": ("ubuntu", "22.04", "glibc"),
        "buildpack-deps:jammy": ("ubuntu", "22.04", "glibc"),
    }
    for ref, want in cases.items():
        facts = images.image_facts(ref)
        assert (facts.family, facts.release, facts.libc) == want, ref


def test_runner_facts():
    chiseled = images.image_facts("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled")
    assert chiseled.shell is None and chiseled.users == {"root", "app"}
    assert images.image_facts("gcr.io/distroless/static-debian12:nonroot").default_user == "nonroot"
    temurin = images.image_facts("eclipse-temurin:21-jre-alpine")
    assert temurin.libc == "musl" and "ubuntu" not in temurin.users
    assert "ubuntu" in images.image_facts("eclipse-temurin:21-jre").users
    assert not images.image_facts("eclipse-temurin:21-jre-nanoserver").known
    # golang's and rust's Windows tags are not Debian images (they were read as glibc)
    for ref in ("golang:1.22-windowsservercore-ltsc2022", "golang:1.22-nanoserver-ltsc2022",
                "rust:1.80-windowsservercore-ltsc2022"):
        assert not images.image_facts(ref).known, ref
    assert images.image_facts("golang:1.22-bookworm").libc == "glibc"


def test_windows_images_are_named_by_their_name_or_their_tag():
    assert images.windows_image("microsoft/aspnet:4.7.1")
    assert images.windows_image("mcr.microsoft.com/windows/servercore:ltsc2022")
    assert images.windows_image("golang:1.22-windowsservercore-ltsc2022")
    assert images.windows_image("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809")
    assert images.windows_image("microsoft/dotnet:sdk-nanoserver")
    for ref in ("golang:1.22-bookworm", "mcr.microsoft.com/dotnet/sdk:8.0", "python:3.12",
                "example.org/windows-tools:1", "node:20"):
        assert images.windows_image(ref) is None, ref
    assert not images.image_facts("example.com/custom:1").known


def test_dotnet_images_are_their_real_distributions():
    """The .NET tags on Azure Linux and CBL-Mariner are those distributions (the image
    data's tag words), not the family record's Debian: no Debian package name, account
    or manager applies there; alpine, ubuntu and chiseled tags are theirs."""
    cases = {
        "mcr.microsoft.com/dotnet/sdk:8.0-azurelinux3.0": ("azurelinux", "3.0"),
        "mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0": ("azurelinux", "3.0"),
        "mcr.microsoft.com/dotnet/sdk:8.0-cbl-mariner2.0": ("cbl-mariner", "2.0"),
        "mcr.microsoft.com/dotnet/runtime:6.0-cbl-mariner2.0": ("cbl-mariner", "2.0"),
        "mcr.microsoft.com/dotnet/runtime-deps:6.0-cbl-mariner1.0": ("cbl-mariner", "1.0"),
        "mcr.microsoft.com/dotnet/sdk:8.0-alpine": ("alpine", None),
        "mcr.microsoft.com/dotnet/sdk:8.0-jammy": ("ubuntu", "22.04"),
        "mcr.microsoft.com/dotnet/sdk:8.0-noble": ("ubuntu", "24.04"),
        "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled": ("ubuntu", "24.04"),
    }
    for ref, (family, release) in cases.items():
        facts = images.image_facts(ref)
        assert facts.family == family and facts.libc == ("musl" if family == "alpine" else
                                                         "glibc"), ref
        assert release is None or facts.release == release, ref
    mariner = images.image_facts("mcr.microsoft.com/dotnet/sdk:8.0-cbl-mariner2.0")
    assert mariner.distribution is None and distro_of(mariner.family, mariner.release) is None
    assert "www-data" not in mariner.users and "root" in mariner.users
    # the data's environment, not the record's guess: the SDK image's polling watcher
    assert mariner.env.get("DOTNET_USE_POLLING_FILE_WATCHER") == "true"
    distroless = images.image_facts("mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless")
    assert distroless.shell is None and distroless.users == {"root", "app"}


def test_sizes_one_convention():
    assert images.size_mb("golang:1.22-alpine") == 75.2
    assert images.size_mb("golang:1.22") == 296.8
    assert images.size_mb("debian:bookworm") is None  # only the slim variant is measured
    assert images.size_mb("python:3.12-alpine") is None
    assert images.size_mb("gradle:8-jdk21") is None  # maven's figure is not gradle's


def test_runner_pulled_through_the_builders_hub_mirror():
    from transpiler.knowledge.references import hub_mirror, through_mirror

    mirror = hub_mirror("mirror.gcr.io/library/python:3.12")
    assert mirror == "mirror.gcr.io/"
    assert hub_mirror("python:3.12") == "" and hub_mirror("docker.io/library/python") == ""
    assert through_mirror("node:18-slim", mirror) == "mirror.gcr.io/library/node:18-slim"
    assert through_mirror("docker.io/library/debian:bookworm-slim", mirror) == \
        "mirror.gcr.io/library/debian:bookworm-slim"
    assert through_mirror("bitnami/python:3", mirror) == "mirror.gcr.io/bitnami/python:3"
    # other registries and references already through it stay
    for ref in ("gcr.io/distroless/cc-debian12", "localhost:5000/app", "quay.io/x/y:1",
                "mirror.gcr.io/library/x:1"):
        assert through_mirror(ref, mirror) == ref
    assert through_mirror("node:18-slim", "") == "node:18-slim"


def test_digest_pinned_references():
    from transpiler.knowledge.references import pinned_by_digest, split_digest, split_reference

    ref = "docker.io/library/python:3-slim@sha256:" + "a" * 64
    assert pinned_by_digest(ref) and pinned_by_digest("ubuntu@sha256:" + "b" * 64)
    assert not pinned_by_digest("python:3-slim") and not pinned_by_digest("localhost:5000/x")
    assert split_digest(ref) == ("docker.io/library/python:3-slim", "sha256:" + "a" * 64)
    assert split_digest("python:3") == ("python:3", "")
    assert split_reference(ref) == ("python", "3-slim")


def test_runner_from_the_builders_architecture_namespace():
    from transpiler.knowledge.references import arch_namespace, in_arch_namespace

    assert arch_namespace("ppc64le/ubuntu:18.04") == "ppc64le/"
    assert arch_namespace("docker.io/arm32v7/node:9.3-slim") == "arm32v7/"
    assert arch_namespace("ubuntu:18.04") == "" and arch_namespace("library/ubuntu") == ""
    assert arch_namespace("quay.io/ppc64le/x:1") == ""  # another registry's namespace
    assert in_arch_namespace("ubuntu:18.04", "ppc64le/") == "ppc64le/ubuntu:18.04"
    assert in_arch_namespace("docker.io/library/python:3.6-slim", "arm64v8/") == \
        "arm64v8/python:3.6-slim"
    assert in_arch_namespace("mirror.gcr.io/library/debian:bookworm-slim", "i386/") == \
        "mirror.gcr.io/i386/debian:bookworm-slim"
    assert in_arch_namespace("ppc64le/ubuntu:18.04", "ppc64le/") == "ppc64le/ubuntu:18.04"
    assert in_arch_namespace("scratch", "s390x/") == "scratch"
    # the same-image runner written through the builder's own global ARGs names it already
    assert in_arch_namespace("$BASE_IMAGE", "arm32v7/") == "$BASE_IMAGE"
    # published in no architecture namespace: not an official image
    for ref in ("gcr.io/distroless/cc-debian12", "mhart/alpine-node:10", "quay.io/x/y:1"):
        assert in_arch_namespace(ref, "arm32v7/") is None


def test_architecture_namespace_has_the_official_images_facts():
    facts = images.image_facts("ppc64le/ubuntu:18.04")
    assert facts.known and (facts.family, facts.release, facts.libc) == \
        ("ubuntu", "18.04", "glibc")
    assert facts.reference == "ppc64le/ubuntu:18.04"
    assert images.image_facts("arm32v7/node:9.3-slim").family == "debian"


def test_pins_advised_for_an_architecture_namespace_keep_it():
    from transpiler.multistage.api import transpile

    result = transpile("FROM arm64v8/python:3.11\nWORKDIR /app\nCOPY . .\n"
                       "RUN pip install --no-cache-dir flask\n"
                       "CMD [\"python\", \"app.py\"]\n")
    assert "FROM arm64v8/python:3.11-slim" in result.output
    advice = next(a for a in result.report.added if "floats" in a)
    assert "pin both: arm64v8/python:3.11." in advice and " python:3.11" not in advice
