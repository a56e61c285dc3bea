"""The runner policy, shared by the compiled-language recipes (Go, Rust, C/C++): the
smallest runner that provides everything the program needs at run time, of the same
C library family and release as the builder.

- a Debian-based builder gets a Debian-family runner of its release:
  ``gcr.io/distroless/static-debianN`` for a static binary (CA certificates, zoneinfo,
  passwd/group with root/nonroot/nobody, /tmp 1777; no shell, no C library),
  ``gcr.io/distroless/base-debianN`` for cgo (glibc, libssl),
  ``gcr.io/distroless/cc-debianN`` for C/C++/Rust on glibc (base + libgcc, libstdc++),
  and ``debian:<release>-slim`` when the runner needs a shell or packages;
- an Alpine builder gets ``alpine:<its release>``;
- a builder whose release the tag does not name: a static binary does not depend on
  it (pinned distroless static); a dynamically linked one does, and the recipes then
  float the runner with the builder (``rust:latest`` -> ``debian:stable-slim``) or
  decline.

Each choice returns its reason in words ``--explain`` prints."""

from __future__ import annotations

import posixpath
from typing import Optional

from ...analysis import StageFacts
from ...tree import ast
from ...knowledge import debian_suites, releases
from ...knowledge.images import STATIC_DEFAULT, image_facts
from ...knowledge.references import pinned_by_digest, split_reference
from .base import Decline, RunnerPlan
from ..runner_setup import run_node
from ..runner_packages import carried_for_run_time

#: the Debian release a static binary's runner uses when the builder names none (the
#: binary does not depend on it)
STATIC_FALLBACK_RELEASE = "bookworm"


def distroless(kind: str, release: str) -> Optional[str]:
    """``gcr.io/distroless/<kind>-debianN`` of a Debian release (None: none is made)."""
    number = releases.DISTROLESS_DEBIAN.get(release)
    return f"gcr.io/distroless/{kind}-debian{number}" if number else None


def static_runner(facts: StageFacts, what: str, needs_shell: bool,
                  needs_zoneinfo: bool = False) -> RunnerPlan:
    """The runner of a static binary built on ``facts.base``.  ``needs_zoneinfo``: the
    program reads the system's time-zone data (a Go binary without time/tzdata)."""
    base = facts.base
    if base.family == "alpine":
        image = f"alpine:{base.release}" if base.release else STATIC_DEFAULT
        setup, added = goroot_zoneinfo(base, image, needs_zoneinfo, facts)
        return RunnerPlan(image, f"{what}: the Alpine runner of the builder's release "
                          f"({base.release or 'not in the tag: ' + STATIC_DEFAULT}), as the "
                          "original ran on Alpine", setup, added=added)
    carried = carried_for_run_time(facts)
    if carried and base.family in ("debian", "ubuntu") and base.release:
        return _own_release_runner(facts, what, carried, needs_zoneinfo)
    release = base.release if base.family == "debian" and base.release in \
        releases.DISTROLESS_DEBIAN else None
    shown = release or STATIC_FALLBACK_RELEASE
    known = (f"the builder's release, {base.release}, has no distroless image" if
             base.family == "debian" and base.release else "the builder's release is not in "
             "its tag")
    why_release = (f"the builder's Debian release ({release})" if release else
                   f"Debian {STATIC_FALLBACK_RELEASE} ({known}; a static binary does not "
                   "depend on it)")
    if not needs_shell:
        return RunnerPlan(distroless("static", shown),
                          f"{what}: distroless static of {why_release}, the smallest runner "
                          "with CA certificates, time zones, users and /tmp; nothing needs a "
                          "shell")
    return slim_runner(shown, f"{what}; the runner needs a shell: {why_release}, slim",
                       needs_zoneinfo)


def _own_release_runner(facts: StageFacts, what: str, carried, needs_zoneinfo: bool):
    """The runner of a static binary whose runner installs the original's packages again
    (``carried``): of the builder's own distribution and release, whose archive names
    them (Debian's slim image of it, floating with a floating tag; Ubuntu's own image,
    which has no slim sibling); a Debian bookworm runner would look up an Ubuntu or older
    Debian release's names (``knowledge.packages.carried_name``)."""
    base = facts.base
    shown = ", ".join(carried[:4]) + (" ..." if len(carried) > 4 else "")
    why = (f"{what}; the runner installs the original's packages ({shown}) again, named "
           f"in the builder's {base.family} {base.release} archive")
    if base.family == "debian":
        if not base.release_moves:  # (a floating one declines in floating_slim)
            check_digest_release(base, "a runner of the builder's release")
        return slim_runner(base.release, f"{why}: its slim image", needs_zoneinfo,
                           floating=floating_slim(base) if base.release_moves else None)
    if split_reference(base.reference)[0] != "ubuntu":
        check_digest_release(base, "a runner of the builder's release")
    image = base.reference if split_reference(base.reference)[0] == "ubuntu" else \
        f"ubuntu:{base.release}"
    return RunnerPlan(image, f"{why}: the Ubuntu image of that release (Ubuntu has no "
                      "slim image)")


def digest_on_floating_tag(base) -> bool:
    """Whether the builder is pinned by a digest (``references.pinned_by_digest``) on a
    tag that floats (``python:3-slim@sha256:...``, ``node:lts@sha256:...``): its image
    never moves, but which of the tag's images it is the image data does not say (the
    data's versions, release and siblings are the tag's on the data's date; the digest
    may be years older), so a runner named by a tag (the slim sibling,
    ``debian:stable-slim``) moves alone and may hold another X.Y or release.  Only the
    builder's own pinned reference is proven the same.  A tag the data does not know
    counts as floating (not proven otherwise)."""
    return pinned_by_digest(base.reference) and bool(base.floating or base.current is None)


def digest_reason(base) -> str:
    """Why a full image pinned by a digest on a floating tag is its own runner
    (``digest_on_floating_tag``): no smaller image is proven to hold its version."""
    sibling = base.siblings.get("slim")
    return (f"the builder's own pinned image: {base.reference} is pinned by a digest on a "
            "tag that floats, and which version the digest holds the image data does not "
            f"show; {sibling or 'the slim tag'} floats alone and may hold another, so only "
            "the same digest is proven to run what the builder built (pass --runtime with "
            "the slim image's digest of the same version for a smaller runner)")


#: the distributions' names and a tag suffix naming a release, for digest_decline
_RELEASE_WORDS = {"alpine": ("Alpine", "-alpine3.20"), "ubuntu": ("Ubuntu", "-noble")}


def digest_decline(base, what: str) -> Decline:
    """The decline of a runner that must share the distribution release of a builder
    pinned by a digest on a floating tag (``digest_on_floating_tag``): the digest's
    release is not known, so neither a floating image nor the data's release is
    proven."""
    family, example = _RELEASE_WORDS.get(base.family, ("Debian", "-bookworm"))
    return Decline(f"{what}: {base.reference} is pinned by a digest on a tag that floats, "
                   f"so its {family} release is the digest's, which the image data does not "
                   f"show ({base.release or 'unknown'} is the tag's on {base.data_date or 'today'}): "
                   "a runner of the same release is not known; name the release in the tag "
                   f"(e.g. {example}) or pass --runtime")


def digest_release_unknown(base) -> bool:
    """Whether the builder is pinned by a digest on a floating tag that names no release
    (``golang:1.20@sha256:...``): the release the image data shows is the tag's on the
    data's date (a tag no longer published: its last image's), while the digest may be
    an older image of the tag on another release (``golang:1.20`` moved from bullseye to
    bookworm: a program built on a bullseye digest links libssl1.1, which bookworm's
    images lack, and its packages have bullseye's names: libpcre2-posix2, not 3)."""
    return digest_on_floating_tag(base) and not base.release_in_tag


def check_digest_release(base, what: str) -> None:
    """Declines where the runner is named by the builder's release
    (``debian:<release>-slim``, distroless of it, ``alpine:<release>``) and the digest's
    release is not known (``digest_release_unknown``).  A runner that is the builder's
    own pinned image needs no check."""
    if digest_release_unknown(base):
        raise digest_decline(base, what)


def floating_slim(base) -> str:
    """The Debian slim image that moves with a builder whose tag floats: the suite's own
    (``debian:testing`` -> ``debian:testing-slim``, ``debian:sid`` -> ``debian:sid-slim``)
    when the builder is a Debian suite image, else ``debian:stable-slim``: the official
    images' floating tags (``rust:latest``, ``golang:1.22``, ``debian``) follow Debian
    stable.  A stable runner under a testing builder would lack the newer glibc.
    Declines for a builder pinned by a digest (``digest_on_floating_tag``): it no longer moves
    with the runner."""
    if digest_on_floating_tag(base):
        raise digest_decline(base, "a glibc runner of the builder's release")
    name, tag = split_reference(base.reference)
    suite = (tag or "latest").split("-", 1)[0]
    if name == "debian" and suite in (debian_suites.SUITES - {"stable"}) | {"sid"}:
        return f"debian:{suite}-slim"
    return "debian:stable-slim"


def floating_runner(base, release: Optional[str]) -> Optional[str]:
    """The slim image that floats with a Debian builder whose tag floats (``rust:1``,
    ``rust:latest`` -> ``debian:stable-slim``), when the image data shows both on the
    same release (``release``, the builder's); None when the tag does not float, or
    when it floats on another release than that image (``gcc:12`` keeps bookworm while
    ``debian:stable-slim`` is trixie: the builder's package names and glibc are not
    the floating image's, so its runner is the pinned slim image of its release)."""
    if not base.release_moves or not release:
        return None
    image = floating_slim(base)  # (declines for a digest-pinned builder: not floating)
    return image if image_facts(image).release == release else None


def slim_runner(release: str, reason: str, needs_zoneinfo: bool = False,
                floating: Optional[str] = None) -> RunnerPlan:
    """``debian:<release>-slim`` (``floating``, the image that moves with a floating
    builder, instead when given), with tzdata added where the release's minimal image
    has none and the program reads zoneinfo."""
    image = floating or f"debian:{release}-slim"
    if image_facts(image).current is None and image_facts(f"debian:{release}").current:
        raise Decline(f"no {image} image was published (image data): a runner of the "
                      f"builder's Debian release {release} is not known; pass --runtime")
    setup, added = zoneinfo_setup(image) if needs_zoneinfo else ((), ())
    return RunnerPlan(image, reason, setup, added=added)


def goroot_zoneinfo(base, image: str, needs_zoneinfo: bool, facts=None):
    """(setup, added) for an Alpine runner of a Go program built on an image with the
    Go toolchain (``golang:1.9-alpine``): Alpine has no /usr/share/zoneinfo, but the
    original ran beside the image's GOROOT, whose lib/time/zoneinfo.zip Go reads when
    the system has none (the path runtime.GOROOT() recorded at build time), so named
    zones (``time.LoadLocation``, ``TZ=Europe/Berlin``) worked there.  The builder's
    zip is copied to the same path: the same zones, the same data, no package index
    needed (nothing when the binary embeds time/tzdata, when the image data shows no
    GOROOT, or when a RUN removes it, as the original then had none)."""
    if not needs_zoneinfo or "go" not in base.tools:
        return (), ()
    root = goroot(base)
    if root is None or facts is not None and _removes(facts, root):
        return (), ()
    zip_path = f"{root}/lib/time/zoneinfo.zip"
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                    paths=(zip_path, zip_path),
                    leading=(ast.Comment(f"# time zones: {image} has no zoneinfo; the original "
                                         "read Go's own from its GOROOT"),))
    return (copy,), (f"{zip_path} copied from the builder: {image} has no /usr/share/zoneinfo "
                     f"and the original read the zones from {base.reference}'s GOROOT, as a Go "
                     "program does where the system has none",)


def goroot(base) -> Optional[str]:
    """The GOROOT of a Go toolchain image, from its PATH in the image data: the
    directory whose bin/ holds ``go`` (``/usr/local/go/bin`` -> ``/usr/local/go``), not
    the GOPATH's bin/."""
    env = dict(base.env or {})
    gopath = env.get("GOPATH")
    if env.get("GOROOT"):
        return env["GOROOT"]
    for entry in env.get("PATH", "").split(":"):
        parent = posixpath.dirname(entry.rstrip("/"))
        if entry.rstrip("/").endswith("/bin") and parent != gopath and \
                posixpath.basename(parent) == "go":
            return parent
    return None


def _removes(facts, path: str) -> bool:
    """Whether a RUN of the stage runs ``rm`` on ``path`` or a directory above it."""
    from ...analysis.shell import program_name, split_commands, unwrap
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for cmd in split_commands(node.command.text).commands:
                argv = unwrap(cmd).argv
                if argv and program_name(argv[0]) == "rm" and any(
                        path == a.rstrip("/") or path.startswith(a.rstrip("/") + "/")
                        for a in argv[1:] if a.startswith("/")):
                    return True
    return False


def zoneinfo_setup(image: str, builder_family: Optional[str] = "debian"):
    """(setup, added) installing tzdata on a runner whose minimal image has no zoneinfo:
    Debian trixie and later (a floating tag may be one), and Alpine for a builder that
    had zoneinfo (an Alpine builder had none, so its program never read any); the
    runner's own choice and --runtime's alike."""
    facts = image_facts(image)
    if facts.known and facts.family == "alpine" and builder_family != "alpine":
        return ((run_node("apk add --no-cache tzdata", f"time zones: {image} has no zoneinfo",
                          "DL3018"),),
                (f"tzdata in the runner: {image} has no /usr/share/zoneinfo, which the "
                 "builder had and the program may read",))
    if not facts.known or facts.family != "debian" or facts.shell is None or \
            facts.release in releases.DEBIAN_WITH_TZDATA:
        return (), ()
    setup = (run_node("apt-get update && apt-get install -y --no-install-recommends tzdata "
                      "&& rm -rf /var/lib/apt/lists/*",
                      f"time zones: {image} has no zoneinfo", "DL3008"),)
    added = (f"tzdata in the runner: {image} has no /usr/share/zoneinfo and the program "
             "reads the system's time zones",)
    return setup, added


def pin_advice(builder, runner: str) -> str:
    """What ``--explain`` says of a builder tag that floats: the day the data read it,
    what it meant then, and the pinned pair to write for repeatable builds."""
    from ...knowledge.references import arch_namespace, in_arch_namespace
    target = image_facts(runner)
    release = f" ({builder.family} {builder.release})" if builder.release else ""
    # (an architecture namespace the builder is pulled from holds the runner and pins too)
    space = arch_namespace(builder.reference)
    named = (lambda ref: in_arch_namespace(ref, space) or ref) if space else (lambda ref: ref)
    pins = f"{named(builder.pin)} and {named(target.pin)}" if target.pin and \
        target.pin != runner else f"{named(builder.pin)} and a runner of the same version"
    return (f"{builder.reference} floats: on {builder.data_date}, the image data's date, it "
            f"was {named(builder.pin)}{release}; the runner {named(runner)} floats with it, "
            f"so both move together; for repeatable builds pin both: {pins}")


def nothing_to_gain(builder: str, runner: str, dropped, caches=()) -> Optional[str]:
    """Why no runner stage is made when it would gain nothing: the runner is the
    builder's very image and every package the build installs is installed there again
    (``dropped``, what stays in the builder, is empty), so the final image holds what
    the original held, through a rewrite that can only add risk.  None when there is a
    gain.  ``caches``: what the build leaves in the original's image that the runner
    does not get (pip's download and wheel cache, often the largest thing a Python
    build leaves behind): a gain too.  Shared by the recipes that build same-image
    runners (the Python recipe on official and distribution images; helpers adding
    same-image runners for other images call it too)."""
    if runner != builder or dropped or caches:
        return None
    return (f"nothing to gain: the runner would be the same image ({runner}) with the same "
            "packages (no package the build installs stays in the builder)")


def slim_sibling(builder) -> Optional[str]:
    """The slim image published beside the builder's very tag (``python:3`` ->
    ``python:3-slim``, ``node:carbon`` -> ``node:carbon-slim``), as the image data shows
    it on the tag's last day; None when the data does not know the tag.  Declines when
    it knows the tag and no slim image stood beside it."""
    if builder.current is None:
        return None
    sibling = builder.siblings.get("slim")
    if sibling is None:
        raise Decline(f"no slim image was published beside {builder.reference} (image data of "
                      f"{builder.data_date}): a smaller runner of the same version and "
                      "release is not known; pass --runtime")
    return sibling


def version_matched(facts: StageFacts, what: str, release_only: bool = False) -> None:
    """Declines when the builder's FROM is chosen by a build argument (``FROM
    python:${PY}``) and the runner must match the builder's version or release: the
    default resolves (the image data knows ``python:3.6``), but the runner written from
    it would stay on that default while ``--build-arg PY=...`` moves the builder alone.
    ``what``: the runner and what it matches, for the reason; ``release_only``: the
    runner matches the release alone, which a FROM may write out beside the argument."""
    image = facts.stage.from_.image or ""
    tag = image.rsplit("/", 1)[-1].partition(":")[2]
    if release_only and (releases.debian_in(tag) or releases.ubuntu_in(tag) or
                         releases.alpine_in(tag)):
        return  # the release is written out (golang:${GO}-bookworm): no argument moves it
    if "$" in image:
        raise Decline(f"the builder image {image} is chosen by a build argument (default "
                      f"{facts.base.reference}): {what} matches that default only, and "
                      "--build-arg would move the builder alone; pass --runtime")


def floating_alpine(base, what: str) -> Optional[str]:
    """The runner of a dynamically linked program built on an Alpine tag that floats
    (``alpine``, ``alpine:latest``, ``golang:alpine``): the builder's own image when it
    is the alpine image itself, which moves with it; None when the tag does not float.
    Declines for another image's floating alpine tag: no alpine tag is known to move in
    step with it, and a pinned one breaks when the builder's musl and packages move on."""
    if base.family != "alpine" or not base.release_moves:
        return None
    if split_reference(base.reference)[0] == "alpine":
        return base.reference
    raise Decline(f"{what} is linked against the musl of {base.reference}, which floats "
                  f"(Alpine {base.release or 'release unknown'} on {base.data_date or 'today'}): "
                  "a pinned alpine runner breaks when the tag moves; name the Alpine release "
                  f"in the tag (e.g. -alpine{base.release or '3.20'}) or pass --runtime")
