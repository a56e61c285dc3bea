"""Node images other than the official ``node`` whose tags the image data knows from
their own public source: ``mhart/alpine-node`` (``datagen/alpine_node_images.py``:
each tag's Node version and Alpine release, read from the Dockerfile its build used)
and ``risingstack/alpine`` (``datagen/risingstack_images.py``: the Node version its
Dockerfile downloads and builds with npm into /usr, the Alpine release its tag names).

Their Node is not where the official image puts it (``--prefix=/usr``: /usr/bin/node,
npm's global prefix /usr), and their smaller sibling (``slim-<tag>``) is the same node
binary on the same Alpine release without npm or yarn.  So the runner is the
builder's own tag, which has everything the command may call, or its slim sibling
when the command runs node itself and the data shows the sibling holds the very same
Node version on the very same Alpine release (native addons load with its musl and
libstdc++)."""

from __future__ import annotations

from typing import Optional

from ...analysis import StageFacts
from ...knowledge.images import image_facts
from .base import Decline, RunnerPlan, chosen
from ...knowledge.references import pinned_by_digest
from .runner_policy import digest_on_floating_tag, pin_advice, slim_sibling, version_matched

#: families the data describes as Node built into /usr on a distribution image
FAMILIES = frozenset({"mhart/alpine-node", "risingstack/alpine"})


def family_of(facts: StageFacts) -> Optional[str]:
    """The builder's family when it is one of ``FAMILIES`` and the data knows its tag:
    its Node version, distribution release and C library."""
    from ...knowledge.official import split  # data read only when transpiling

    parts = split(facts.base.reference)
    if parts is None or parts[0] not in FAMILIES:
        return None
    base = facts.base
    if base.current is None or not base.versions.get("NODE_VERSION") or \
            not base.family or not base.release or not base.libc:
        return None
    return parts[0]


def unknown_tag(facts: StageFacts) -> Optional[str]:
    """The reason for a tag of ``FAMILIES`` the data does not describe (a tag whose
    Dockerfile did not confirm the build it names, a private mirror's tag)."""
    from ...knowledge.official import split

    parts = split(facts.base.reference)
    if parts is None or parts[0] not in FAMILIES:
        return None
    return (f"the builder image {facts.base.reference} is not in the image data of "
            f"{facts.base.data_date or 'this version'} (read from the image's repository: "
            "its Dockerfile at the tag's commit must show the build): its Node version and "
            "release are not known; pin a version the data knows or pass --runtime")


def problems(facts: StageFacts, globals_) -> list:
    """Why a build on such an image is not rewritten: an image built without npm
    (``base-<v>``, ``slim-<v>``: the original's npm install fails there already), and
    global installs, whose programs land in /usr/bin beside the image's own."""
    from ...knowledge.official import split

    base = facts.base
    out = []
    # mhart's full images' Dockerfile sets VERSION and builds npm unless told
    # --without-npm; the slim ones copy the node binary alone (risingstack's tags all
    # build npm: the data keeps no other)
    parts = split(base.reference)
    if parts is not None and parts[0] == "mhart/alpine-node" and (
            "--without-npm" in base.env.get("CONFIG_FLAGS", "") or "VERSION" not in base.env):
        out.append(f"the builder image {base.reference} has no npm (node alone): "
                   "the install it runs is not the image's")
    if globals_:
        out.append(f"{globals_[0].where}: a global install on {base.reference}, whose npm "
                   "prefix is /usr: its programs land among the image's own in /usr/bin and "
                   "are not followed")
    return out


def plan(detection, facts: StageFacts, runner: Optional[str], setup, after,
         notes) -> RunnerPlan:
    """The builder's own tag, or its slim sibling when ``detection.node_only`` (the
    command runs node and nothing npm or yarn provide) and the data shows that
    sibling has the builder's Node version and Alpine release."""
    if runner is not None:
        return chosen(runner, setup=setup, setup_after=after, os_packages=True, added=notes)
    base = facts.base
    version_matched(facts, "a runner of the builder's Node version and Alpine release")
    image = base.reference
    why = (f"the builder's own image: Node {base.versions['NODE_VERSION']} built on "
           f"{base.family} {base.release} with npm (image data of {base.data_date})")
    # (pinned by a digest, the data's sibling is of the tag's image, not the digest's)
    slim = None if digest_on_floating_tag(base) else base.siblings.get("slim")
    if getattr(detection, "node_only", False) and slim:
        sibling = image_facts(slim)
        if sibling.versions.get("NODE_VERSION") == base.versions["NODE_VERSION"] and \
                (sibling.family, sibling.release, sibling.libc) == \
                (base.family, base.release, base.libc):
            image = slim
            why = (f"{slim}, the slim sibling of the builder: the same Node "
                   f"{base.versions['NODE_VERSION']} on the same {base.family} {base.release} "
                   f"without npm, which the command does not run (image data of "
                   f"{base.data_date})")
    added = (pin_advice(base, image),) if base.floating and base.current and \
        not pinned_by_digest(base.reference) else ()
    return RunnerPlan(image, why, setup, after, os_packages=True, added=added + notes)



def iojs_plan(detection, facts: StageFacts, setup, after) -> RunnerPlan:
    """io.js's official image (``iojs:3.3``, Debian jessie, /usr/local): its own tag
    when already slim, else the slim image the data shows beside it (the same io.js
    on the same release), as for ``node``.  The builder's own image where the detection
    keeps it (``full_image``: an ``npm start`` whose package.json script is not read may
    run a program only the full image has, and the addon libraries were then not
    gathered for a slim runner), as ``InterpreterRecipe.plan_runner`` does for node."""
    base = facts.base
    if getattr(detection, "full_image", None):
        return RunnerPlan(base.reference, f"the builder's own image, not its slim sibling: "
                          f"{detection.full_image}", setup, after, os_packages=True)
    tag = base.reference.rpartition(":")[2] if ":" in base.reference.rsplit("/", 1)[-1] \
        else "latest"
    if "slim" in tag:
        return RunnerPlan(base.reference, "the builder's own image: already slim", setup,
                          after, os_packages=True)
    version_matched(facts, "an iojs runner of the builder's version")
    image = slim_sibling(base)
    sibling = image_facts(image) if image else None
    if sibling is None or sibling.versions.get("IOJS_VERSION") != \
            base.versions.get("IOJS_VERSION") or sibling.release != base.release:
        raise Decline(f"no slim image of the same io.js and Debian release is known beside "
                      f"{base.reference}; pass --runtime")
    added = (pin_advice(base, image),) if base.floating and base.current else ()
    return RunnerPlan(image, f"same io.js {base.versions['IOJS_VERSION']} and Debian "
                      f"{base.release} as the builder, slim variant", setup, after,
                      os_packages=True, added=added)
