"""A Node.js build on a plain Debian or Ubuntu image (or one ``proven_family`` proves
Debian-family) whose Node is not a package of the distribution: nvm or nodenv under
the user's home, a release tarball unpacked elsewhere than /usr/local (/opt/node,
/usr, a directory of its own linked into the PATH), or the Node the builder's own
image brings (an image the data does not know).  ``node_distribution`` cannot carry
these: its runner installs the distribution's packages again, which bring no such
Node, and which Node the build used (its version, where its npm puts global
installs) is not shown.  (n installs into /usr/local, which ``node_distribution``
copies whole.)  The same capture carries a build whose install runs in a system or
shared directory (/, /opt, /var/www: ``IN_SYSTEM_DIR``), whatever brings its Node:
that directory cannot be copied whole as the app's, the capture copies what the build
wrote there, and its package.json is copied by name.

So the build runs in the builder as written, inside a capture window
(``build_capture``): what the RUNs wrote outside the copied trees (the Node tree
under /root/.nvm or /opt, its global installs and their links, the app's
node_modules, what a build script wrote elsewhere) reaches the runner at the same
paths, with the libraries the native addons load that the runner lacks.  No Node
version needs to be known: the very files the build ran reach the runner.  The
runner is the same distribution release (slim where one exists; the builder's very
image for an unknown one) with the original's packages installed again minus the
build-only ones: compilers, build tools, -dev packages (node-gyp's make and g++,
git), their runtime packages installed instead.  The dev dependencies are not pruned:
the capture copies node_modules as the build left it.

What the command runs is then tested in the runner at build time, after the captured
files (``command -v node``): a Node reached only through a profile script
(``. ~/.nvm/nvm.sh``) that the command does not source is not on the runner's PATH,
as it is not on the original's, and the runner's build fails instead of the
container.

The checks are ``build_capture``'s (nothing build-only to leave out, a package file
or a service in the window, another language's toolchain installed there, a script
the command runs that is not read, users created in the window) and the Node
recipe's (a development server, a package.json script that cannot be read where the
runner leaves a package out); a ``.js`` file the command hands to ``node`` is the
application's own."""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass
from typing import Optional, Sequence

from ...analysis import StageFacts
from ...analysis.run_text import run_text
from ...analysis.shell import program_name
from ...tree import ast
from . import distribution_runner, interpreted, node_distribution
from .artifacts import Artifact
from .build_capture import CaptureDetection, Language, capture_detection as _capture
from .native_capture import C_BUILD

__all__ = ["IN_SYSTEM_DIR", "LANGUAGE", "NodeCaptureDetection", "capture_detection", "node_elsewhere"]

#: version managers that install a Node of their own under the user's home (n is not
#: one of them: it installs into /usr/local, which ``node_distribution`` copies whole,
#: and its RUN is repeated there)
VERSION_MANAGERS = frozenset({"nvm", "nodenv", "nodebrew", "fnm", "volta"})

#: the interpreters whose script argument is the application (``node server.js``)
NODE = re.compile(r"^(node|nodejs)$")
LANGUAGE = Language("Node.js", "a Node.js build whose Node is not the distribution's "
                    "package", C_BUILD, app_scripts=(".js", ".mjs", ".cjs"),
                    interpreters=NODE)
#: the same for a build whose app directory is a system or shared one (``npm install``
#: in /, /opt or /var/www), whatever brings its Node: no tree can be copied whole, the
#: capture copies what the build wrote there
IN_SYSTEM_DIR = dataclasses.replace(LANGUAGE, described="a Node.js build in a system or "
                                    "shared directory")


@dataclass(frozen=True)
class NodeCaptureDetection(CaptureDetection):
    """A Node.js build run in a capture window, with the app's package.json from the
    build context (None: not read), which says what ``npm start`` runs."""

    package_json: Optional[dict] = None


def capture_detection(facts: StageFacts, name: str, build_only_env, why: str,
                      trees: Sequence[str], language: Language = LANGUAGE,
                      install_dir: Optional[str] = None) -> Optional[NodeCaptureDetection]:
    """The detection of a Node.js build run inside a capture window, or None where the
    builder is not a plain Debian/Ubuntu image (or a proven Debian-family one) whose
    effects can be captured.  ``trees``: the application's directories, copied whole.
    ``install_dir``: the directory of the install when no tree holds it (/opt, /): its
    package.json, copied there before the capture's listing, is copied by name (Node
    reads it at run time: ``"type": "module"``, ``npm start``, a ``require`` of it),
    since the runtime inputs take it for a build file.

    The native addons (``*.node``) in those trees load libraries the capture's own
    library copy does not see (it reads the captured files only): the packages owning
    them are read in the builder after the build, with the -dev packages' runtime
    packages no table names, and installed in the runner (``scan_run``)."""
    found = _capture(facts, name, build_only_env, why, language, tuple(trees))
    if found is None:
        return None
    copied = distribution_runner.installed_trees(a.path for a in found.artifacts)
    scan = distribution_runner.scan_run(found.distribution, copied, found.replay.unmapped_dev,
                                        names=("*.so*", "*.node"))
    kept = tuple(a for a in found.builder_additions if a is not found.package_scan)
    fields = {f.name: getattr(found, f.name) for f in dataclasses.fields(found)}
    fields.update(builder_additions=kept + (scan,), scanned=True, package_scan=scan)
    if install_dir and not any(a.tree and a.path and (install_dir + "/").startswith(
            a.path.rstrip("/") + "/") for a in found.artifacts):
        fields.update(artifacts=found.artifacts + (Artifact(
            install_dir, "package.json", "the app's package.json, which Node reads at run "
            "time (module type, npm start, its version)", found.build_indices[0]),))
    return NodeCaptureDetection(**fields)


def version_manager(facts: StageFacts):
    """The first step running a Node version manager with arguments (``nvm install
    16``), or None."""
    return next((s for s in interpreted.steps(facts) if len(s.argv) > 1 and
                 program_name(s.argv[0]) in VERSION_MANAGERS), None)


def nvm_off_path(facts: StageFacts, program: str) -> Optional[str]:
    """Why the command's ``node`` (npm, npx, yarn) cannot be carried where nvm brought
    the build's Node, or None: nvm puts its Node on the PATH only in a shell that
    sources nvm.sh (the RUNs do); a command that does not, with no ENV PATH naming
    nvm's directory and no Node package of the distribution, finds no node in the
    original either, and which Node the author meant is not known.  A command that
    sources it would find the same node in the runner, but the runner's build-time
    test of its programs would not (declined too)."""
    step = version_manager(facts)
    if step is None or program_name(step.argv[0]) != "nvm" or \
            program_name(program) not in ("node", "nodejs", "npm", "npx", "yarn"):
        return None
    from ...analysis.commands import last
    body = facts.stage.body
    for node in (last(body, ast.Entrypoint), last(body, ast.Cmd)):
        text = run_text(node)
        if "nvm.sh" in text:
            # the command sources it, as the RUNs did, and nvm's tree is captured whole:
            # the same node in the runner, but the runner's build-time test of the
            # command's programs (``command -v node``) runs without it and would fail
            return (f"the command sources nvm.sh to put the Node of {step.where} (nvm) on "
                    "the PATH; the runner's build-time test of the programs the command "
                    "runs does not source it, so it would fail the build")
    nvm_dir = facts.final.env.get("NVM_DIR") or "/.nvm"
    if any(nvm_dir.rstrip("/") in d or "/.nvm/" in d or "/nvm/" in d
           for d in facts.final.path_dirs):
        return None
    if node_distribution.node_package_installed(facts, len(facts.instructions)):
        return None  # (the distribution's node, as in the original)
    return (f"the command runs `{program}`, but the Node of {step.where} (nvm) reaches the "
            "PATH only in a shell that sources nvm.sh, which the command does not, and no "
            "ENV PATH names nvm's directory: which node it finds is not known (set ENV "
            "PATH to nvm's bin directory, or source nvm.sh in the command)")


def node_elsewhere(facts: StageFacts, proven: bool) -> Optional[str]:
    """Why the build's Node is not the distribution's package, or None where it is
    (``node_distribution`` carries it): a version manager, a release tarball unpacked
    elsewhere than /usr/local, or no package of the distribution at all (the Node of an
    unknown builder image, ``proven``, or a script, a download or a package file of the
    RUNs: the capture carries it or declines the package file)."""
    step = version_manager(facts)
    if step is not None:
        return (f"{step.where}: {program_name(step.argv[0])} installs a Node of its own, "
                "not a package of the distribution")
    if node_distribution.tarball_into_local(facts):
        return None
    for step in interpreted.steps(facts):
        if any(node_distribution.TARBALL.search(w) for w in step.argv):
            return f"{step.where}: Node's release tarball is unpacked elsewhere than /usr/local"
    if node_distribution.node_package_installed(facts, len(facts.instructions)):
        return None
    if proven:
        return (f"no package of the distribution brings Node: the builder image "
                f"{facts.base.reference} has its own, or a script, a download or a package "
                "file of the RUNs brings it")
    return ("no package of the distribution brings Node: a script, a download or a package "
            "file of the RUNs brings it")


#: how the capture carries such a Node (the capture's reason)
CARRIED = ("the capture carries that Node with what else the build wrote, so no Node "
           "version needs to be known")
