"""Node.js from a plain distribution image's own packages (``apt-get install nodejs
npm`` on ubuntu or debian, ``apk add nodejs npm`` on alpine, ``yum install nodejs`` on
centos (EPEL) or fedora, NodeSource's repository):
the runner is the same image or its slim sibling (``distribution_runner``), Node the
same package installed again from the same archive, so no Node version needs to be
known.  On CentOS and Fedora the runner is the builder's own image (``rpm_runner``:
the repository files and keys copied first, the libraries' owners read with rpm), and
npm's prefix is /usr as on Alpine; NodeSource's RPM setup script writes only the
repository file and key, which that copy carries.

What reaches the runner, at the same paths:

- the app directory with its node_modules, as on the node images (dev dependencies
  pruned in the builder unless the command may need them);
- /usr/local whole: a plain image has nothing of its own there, and it is where
  Debian's and Ubuntu's npm installs globally (their npm's prefix) and where a
  ``pip install`` of the same file writes on Debian;
- the global installs of an npm whose prefix is /usr (Alpine's npm, NodeSource's
  nodejs, an npm that upgraded itself): every package in /usr/lib/node_modules but npm
  and corepack (which the runner's packages bring), and the links in /usr/bin into
  them; both prefixes are gathered, since which one an npm uses is not shown;
- the packages owning the libraries the native addons (``*.node``) and shared objects
  load, read in the builder after the build (ELF NEEDED through ldd).

NodeSource's setup script (``curl -sL https://deb.nodesource.com/setup_8.x | bash -``)
installs apt's https prerequisites, a key (``apt-key add``: /etc/apt/trusted.gpg; later
versions /usr/share/keyrings or /etc/apt/keyrings) and the source list (later versions
also a pin in /etc/apt/preferences.d), all under /etc/apt and /usr/share/keyrings: the
runner installs ca-certificates (and apt-transport-https where apt is older than 1.5
and cannot fetch https itself) from the distribution's archive first, then copies both
directories from the builder, so its ``apt-get install nodejs`` reads the same
repository with the same key and pin.

What the RUNs did outside those trees reaches the runner as on the Python recipe's
same-distribution runner, through the same code (``distribution_runner.same_image_runs``):
a RUN before the build whose effect lies elsewhere (``sed -i`` of my.cnf, ``locale-gen``,
``a2enmod``, ``>> /etc/environment``) is repeated in the runner where it stands, or its
effect captured in the builder where it cannot be repeated (a script, a program that
stays in the builder); the RUNs after the build run in the runner, which is the same
image with the same packages.

A Python part of the same file (``pip install`` beside ``npm install``, or a
``python setup.py install`` / ``easy_install`` of a tool, ``setup_installs``) is carried
as the Python recipe carries it on a distribution image: the interpreter installed
again, /usr/local, a virtualenv at its path, and the files the installs wrote among
the distribution's own (Alpine's pip writes /usr/lib/pythonX.Y) staged in the
builder."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from typing import List, Optional, Tuple

from ...knowledge.packages import package_name
from ...analysis import StageFacts
from ...analysis.commands import entry_words, last
from ...analysis.shell import program_name
from ...analysis.state import resolve_path
from ...tree import ast
from ..runner_setup import run_node
from . import distribution_runner, interpreted, run_walk
from .artifacts import Artifact
from .base import Decline, RunnerPlan
from ...analysis.paths import within_any

#: the distribution's packages that bring node and npm (Ubuntu's nodejs-legacy is the
#: ``node`` link to ``nodejs``; Alpine 3.8 and 3.9 ship npm as nodejs-npm)
NODE_PACKAGE = re.compile(r"^(nodejs([0-9.]+|-current|-lts(-[a-z]+)?|-legacy|-npm)?|npm)$")
NPM_PACKAGES = frozenset({"npm", "nodejs-npm"})
#: releases whose apt (older than 1.5) needs apt-transport-https to fetch https sources
OLD_APT = {"debian": {"squeeze", "wheezy", "jessie", "stretch"},
           "ubuntu": {"lucid", "precise", "quantal", "raring", "saucy", "trusty", "utopic",
                      "vivid", "wily", "xenial", "yakkety", "zesty"}}
#: the first Ubuntu release whose apt (1.5) fetches https sources itself (17.10, artful)
_UBUNTU_HTTPS_APT = (17, 10)
#: apt's repository configuration and the keys a source list may name
APT_REPOSITORY_FILES = ("/etc/apt", "/usr/share/keyrings")


def old_apt(family: str, release: Optional[str]) -> bool:
    """Whether ``release`` of ``family`` has an apt older than 1.5, which needs
    apt-transport-https for an https source: by codename (``OLD_APT``) or by an Ubuntu
    version number, as the image data names Ubuntu's releases (``ubuntu:16.04``)."""
    if not release:
        return False
    m = re.fullmatch(r"(\d+)\.(\d+)(\.\d+)?", release)
    if family == "ubuntu" and m:
        return (int(m.group(1)), int(m.group(2))) < _UBUNTU_HTTPS_APT
    return release in OLD_APT.get(family, ())


#: an npm whose prefix is /usr: its global packages and the links to their programs,
#: gathered in the builder (npm's and corepack's left out: the runner's packages bring
#: them)
USR_MODULES = Artifact("/opt", "global-modules", "the packages installed globally into "
                       "/usr/lib/node_modules (an npm whose prefix is /usr)", -1, tree=True,
                       destination="/usr/lib/node_modules")
USR_BIN = Artifact("/opt", "global-usr-bin", "the links npm install -g made in /usr/bin", -1,
                   tree=True, destination="/usr/bin", partial=True)
LOCAL = Artifact("/usr", "local", "/usr/local of the plain distribution image (it has "
                 "nothing of its own there): global npm installs of Debian's npm, a pip or "
                 "make install of the build", -1, tree=True)

#: LOCAL's reason on the builder's very image, which the data does not know
#: (``proven_family``): the same /usr/local again, with what the build wrote there
OWN_LOCAL_WHY = ("/usr/local of the builder's own image (the runner is that image): what it "
                 "had there, with the global npm installs and what a pip or make install of "
                 "the build wrote")


def local_image_base(facts: StageFacts):
    """The builder as its own runner when it is an image of a known Debian or Ubuntu
    release whose only tree of its own is /usr/local (``buildpack-deps:xenial``,
    ``phusion/baseimage:0.11``: ``distribution_runner.image_base``), or None.

    There the Node recipe's same-distribution runner holds as on a plain image: Node is
    the distribution's package (or NodeSource's, or a release tarball in /usr/local)
    installed again in the very image, so no Node version needs to be known, and
    /usr/local is copied whole from the builder (``OWN_LOCAL_WHY``), as for an image the
    data does not know.  Copied onto the same image, the builder's /usr/local is what
    the image had there plus what the build wrote: only a file the build removed from
    it would come back, so a build that removes one declines.  An image with trees of
    its own elsewhere (/opt/conda) stays None: what the build changes there is staged by
    the Python recipe's marker, which the Node recipe does not write."""
    base = distribution_runner.image_base(facts)
    if base is None or base.own_trees != ("/usr/local",) or base.image != base.builder or \
            base.manager != "apt":
        return None
    for index, path in run_walk.removals(facts, 0):
        if path == "/usr/local" or path.startswith("/usr/local/"):
            raise Decline(f"{run_walk.where_of(facts.instructions[index])}: `rm` removes "
                          f"{path}, in /usr/local of {facts.base.reference}, which the "
                          "runner (that image, with the builder's /usr/local copied over "
                          "it) would have again")
    return dataclasses.replace(base, own_trees=())


def _plain(facts: StageFacts) -> bool:
    """Whether the builder is a plain distribution image the data knows (its /usr/local
    holds nothing of its own), not another image of a distribution that is its own
    runner (``local_image_base``, or an image the data does not know)."""
    from ...knowledge.references import split_reference
    return facts.base.known and \
        split_reference(facts.base.reference)[0] in distribution_runner.PLAIN_IMAGES


def node_package_installed(facts: StageFacts, before: int) -> bool:
    pkgs, _ = interpreted.packages_installed(facts, before)
    return any(NODE_PACKAGE.match(package_name(p)) for p in pkgs)


#: a Node release tarball of nodejs.org (glibc builds)
TARBALL = re.compile(r"node-v[^/\s]*-linux-x(64|86)\.tar\.(gz|xz)")


def tarball_into_local(facts: StageFacts) -> Optional[str]:
    """Where a RUN unpacks a nodejs.org release tarball into /usr/local itself
    (``tar -C /usr/local --strip-components=1``, or ``cd /usr/local && ... | tar``), so
    node, npm and npm's global installs are under /usr/local, which is copied whole;
    None otherwise (another directory, a ``mv`` of its files, a version in a
    variable that nothing here reads is fine: the name is matched, not the version)."""
    step = _tarball_step(facts)
    return step.where if step is not None else None


def _tarball_step(facts: StageFacts):
    """The ``tar`` step of ``tarball_into_local``, or None."""
    found = {}
    for step in interpreted.steps(facts):
        if any(TARBALL.search(w) or "node-v" in w and "linux-x" in w for w in step.argv):
            found.setdefault(step.index, step.where)
    for step in interpreted.steps(facts):
        if step.index not in found or program_name(step.argv[0]) != "tar":
            continue
        argv = list(step.argv)
        target = step.cwd
        for i, a in enumerate(argv):
            if a in ("-C", "--directory") and i + 1 < len(argv):
                target = argv[i + 1]
            elif a.startswith("--directory="):
                target = a.split("=", 1)[1]
        strip = any(a in ("--strip-components=1", "--strip=1") for a in argv) or any(
            a in ("--strip-components", "--strip") and b == "1" for a, b in zip(argv, argv[1:]))
        if strip and target and target.rstrip("/") == "/usr/local":
            return step
    return None


#: a write to /etc/apt/sources.list itself (not a list in sources.list.d)
_MAIN_LIST = re.compile(r">>?\s*/etc/apt/sources\.list(?![.]d)")


def with_recommends(facts: StageFacts) -> bool:
    """Whether an apt install of the original brings the packages' Recommends (no
    ``--no-install-recommends`` and no Install-Recommends setting): the runner's install
    then does too, since what they bring may be used (Debian's nodejs recommends
    ca-certificates, the store its TLS reads)."""
    from ...knowledge import packages
    from ..apt_config import apt_choices
    choices = apt_choices(facts)
    for step in interpreted.steps(facts):
        got = packages.read_install(step.argv)
        if got is not None and got.manager == "apt" and got.packages:
            choices.check(got.packages)
            if any(p in choices.recommends for p in got.packages):
                return True
    return False


def nodesource(facts: StageFacts) -> Optional[str]:
    """Where a RUN fetches NodeSource's setup script, or None."""
    for step in interpreted.steps(facts):
        if any("deb.nodesource.com/setup" in w for w in step.argv):
            return step.where
    return None


def command_runs_only_node(facts: StageFacts) -> bool:
    """Whether every command of the final image (ENTRYPOINT, CMD, HEALTHCHECK) starts
    node itself, so npm is not needed at run time.  A script, ``npm start`` or
    anything else may run npm: then it stays."""
    body = facts.stage.body
    entrypoint = last(body, ast.Entrypoint)
    # with an ENTRYPOINT, CMD only gives it arguments
    main = entrypoint if entrypoint is not None and entrypoint.command is not None else \
        last(body, ast.Cmd)
    found = False
    for node in (main, last(body, ast.Healthcheck)):
        if node is not None and node.command is not None:
            words = entry_words(node)  # (`exec node server.js`: node)
            if not words:
                continue
            found = True
            if program_name(words[0]) not in ("node", "nodejs") or \
                    any(program_name(w) in ("npm", "npx", "yarn", "pnpm", "sh", "bash")
                        for w in words):
                return False
    return found


def script_command(facts: StageFacts, globals_) -> Optional[str]:
    """The program of the final command when it is not one whose use of dev
    dependencies can be judged (node, a .js file, npm/yarn/pnpm whose script is read
    from package.json, a program of the global installs): a script or another program
    may run ``npm start`` or a dev tool, so pruning on a guess could break it."""
    body = facts.stage.body
    main = last(body, ast.Entrypoint)
    if main is None or main.command is None:
        main = last(body, ast.Cmd)
    if main is None or main.command is None:
        return None
    words = entry_words(main)
    if not words:
        return None
    name = program_name(words[0])
    if name in ("node", "nodejs", "npm", "yarn", "pnpm", "npx") or \
            re.search(r"\.(c|m)?js$", words[0]) or (globals_ and "/" not in words[0] and
                                                  name not in ("sh", "bash", "ash", "dash")):
        return None
    return words[0]


def gather_usr_globals_run(manager: str = "apt") -> ast.Run:
    """The builder RUN gathering the global installs of an npm whose prefix is /usr
    (see the module docstring); /usr/lib/node_modules is created first, so a build
    whose npm installed under /usr/local does not fail here.  On an RPM image
    (``manager`` "yum"), whose base image may lack findutils (Fedora's), the shell
    walks the directory itself (its dot entries too, as find does)."""
    text = (f"mkdir -p /usr/lib/node_modules {USR_MODULES.path} && find /usr/lib/node_modules "
            "-mindepth 1 -maxdepth 1 ! -name npm ! -name corepack "
            f"-exec cp -a {{}} {USR_MODULES.path}/ ';'")
    if manager == "yum":
        text = (f"mkdir -p /usr/lib/node_modules {USR_MODULES.path} && for d in "
                "/usr/lib/node_modules/* /usr/lib/node_modules/.[!.]*; do "
                "[ -e \"$d\" ] || [ -L \"$d\" ] || continue; case \"${d##*/}\" in npm|corepack) "
                f";; *) cp -a \"$d\" {USR_MODULES.path}/ || exit 1;; esac; done")
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# the packages installed globally into /usr/lib/node_modules, for the "
                    "runner"),))


def made_directories(facts: StageFacts, indices, artifacts) -> List[Artifact]:
    """The directories the RUNs up to the build create (``npm install && mkdir -p
    /src/logs``, a ``mkdir -p /usr/src/data`` the runner setup leaves in the builder
    as a build path) outside what is copied: the runner gets them as the builder has
    them, since the program may write there."""
    trees = [a.path for a in artifacts if a.tree and a.path]
    out: List[Artifact] = []
    for step in interpreted.steps(facts):
        if step.index > max(indices) or program_name(step.argv[0]) != "mkdir":
            continue
        for word in step.argv[1:]:
            path = resolve_path(step.cwd, word) if not word.startswith("-") else None
            if path is None or path in interpreted.NOT_APP_DIRS or path.startswith("/tmp/") \
                    or within_any(path, trees):
                continue
            trees.append(path)
            out.append(Artifact(posixpath.dirname(path), posixpath.basename(path),
                                f"a directory the build step creates (`mkdir {word}`)",
                                step.index, tree=True))
    return out


#: ``setup.py install`` options that move where it writes (the system Python's
#: directories are what the Python part copies and stages)
_SETUP_MOVES = ("--user", "--prefix", "--home", "--root", "--install-")


def setup_install_kind(argv) -> Optional[str]:
    """"setup.py install" or "easy_install" when ``argv`` installs into a Python
    without pip (``python setup.py install``, ``easy_install x``, ``python -m
    easy_install x``), else None (``setup.py build`` writes the project's tree only)."""
    from .python import _is_python, _runs_setup_script
    argv = list(argv)
    if not argv:
        return None
    if _is_python(argv[0]) and _runs_setup_script(argv[0], argv):
        return "setup.py install" if "install" in argv[2:] else None
    if re.fullmatch(r"easy_install(-?[0-9.]+)?", program_name(argv[0])) or \
            _is_python(argv[0]) and argv[1:3] == ["-m", "easy_install"]:
        return "easy_install"
    return None


def setup_installs(facts: StageFacts) -> Tuple[list, List[str]]:
    """The steps installing into the system Python without pip (``python setup.py
    install``, ``easy_install``), which ``PythonRecipe._installs`` does not list, and why
    one cannot be carried.  Their modules and programs (a console script in
    /usr/local/bin whose ``#!`` names the interpreter) run on the distribution's Python,
    which the runner must install again as for a pip install, and the files they write
    among the distribution's are staged as pip's are (``distribution_runner.
    staging_run``), so they are the Python part of the build too."""
    found, problems = [], []
    for step in interpreted.steps(facts):
        argv = list(step.argv)
        kind = setup_install_kind(argv)
        if kind is None:
            continue
        moved = next((a for a in argv[2:] if a.startswith(_SETUP_MOVES)), None)
        if step.own_problem:
            problems.append(f"{step.where}: {kind} inside a shell construct the transpiler "
                            f"cannot follow ({step.own_problem})")
        elif moved:
            problems.append(f"{step.where}: {kind} {moved} installs outside the system "
                            "Python's directories, which the Node recipe does not follow")
        else:
            found.append(step)
    return found, problems


def python_part(facts: StageFacts, base) -> Tuple[List[Artifact], List[ast.Run], str,
                                                 Tuple[int, ...]]:
    """(artifacts, builder RUNs, how the Python part installs ("pip", "setup.py
    install", both, or "" when there is none), the indices of its installs: build work,
    wherever they stand) of the pip installs and ``setup_installs`` in the same file;
    Declines where the Python recipe would."""
    from .python import RECIPE as PYTHON, STAGED_ROOTS
    envs, install_indices, problems, _tools = PYTHON._installs(facts, None)
    setups, setup_problems = setup_installs(facts)
    problems += setup_problems
    if problems:
        raise Decline(f"the Python part of the build: {problems[0]}")
    envs += [(step, "system", None, "setup.py install into the system Python")
             for step in setups]
    install_indices = list(install_indices) + [step.index for step in setups]
    if not envs:
        return [], [], "", ()
    artifacts = [distribution_runner.STAGED]
    for step, path, dest, how in envs:
        if path is None:
            raise Decline(f"the Python part of the build: {step.where}: the environment's "
                          "directory is unknown")
        if path != "system":
            artifacts.append(Artifact(posixpath.dirname(path), posixpath.basename(path), how,
                                      step.index, tree=True, destination=dest))
    last = max(s.index for s, *_ in envs)
    # the Python program's sources (WORKDIR, COPY destinations) and what an editable
    # install links to (``pip install -e .``: the tree stays where pip ran)
    trees = PYTHON._source_trees(facts, last + 1)
    for step in interpreted.steps(facts):
        argv = step.argv
        if program_name(argv[0]).startswith("pip") or "pip" in argv[1:3]:
            for flag, value in zip(argv, argv[1:]):
                if flag in ("-e", "--editable"):
                    trees.append(resolve_path(step.cwd, value) if "://" not in value else None)
    for tree in trees:
        if tree is None or tree in interpreted.NOT_APP_DIRS:
            raise Decline("the Python part of the build: an editable install's directory is "
                          "unknown or a system directory")
        artifacts.append(Artifact(posixpath.dirname(tree), posixpath.basename(tree),
                                  "the Python program's source tree", last, tree=True))
    pkgs, _ = interpreted.packages_installed(facts, len(facts.instructions))
    from .python import _INTERPRETER, _interpreter_of_dev
    if len(envs) == len(setups) and not any(
            _INTERPRETER.match(package_name(p)) or _interpreter_of_dev(package_name(p))
            for p in pkgs):
        # (a Python built from source, or one another package drags in: the runner
        # installs the named packages again, so it would not have it)
        raise Decline(f"the Python part of the build: {setups[0].where}: the Python that "
                      "runs the install is no package the build names, which the runner "
                      "would install again")
    python = "python3" if any(p.startswith(("python3", "py3", "libpython3")) for p in pkgs) \
        else "python"
    if base.manager == "yum":  # (the interpreter the builder has, as the Python recipe's)
        from .rpm_runner import RPM_PYTHON
        python = RPM_PYTHON
    indices = tuple(sorted({s.index for s, *_ in envs} | set(install_indices)))
    how = ", ".join(k for k, here in (("pip", len(envs) > len(setups)),
                                      ("setup.py install", bool(setups))) if here)
    return artifacts, [distribution_runner.staging_run(python, STAGED_ROOTS, base)], how, indices


def detect(facts: StageFacts, base, app: Optional[str], indices: List[int], globals_,
           prune: Tuple[tuple, tuple, Optional[str]]):
    """The pieces of a NodeDetection on a plain distribution image: (artifacts,
    builder additions, added, replay, how https repositories reach the runner (see
    ``plan``), the indices of the Python part's installs)."""
    last = indices[-1]
    tarball = tarball_into_local(facts)
    if not tarball and not node_package_installed(facts, len(facts.instructions)):
        kind = (f"a plain {base.distro.family} image" if _plain(facts) else
                f"an image of {base.distro.family} {facts.base.release} (image data)")\
            if facts.base.known else \
            "not in the image data (whatever Node it has of its own is not shown)"
        raise Decline(f"the builder image {facts.base.reference} is {kind} and the build "
                      "installs no nodejs package of the distribution (nvm, a script or a "
                      "tarball unpacked elsewhere than /usr/local brings Node): which Node the "
                      "runner needs is not known")
    for step in interpreted.steps(facts):
        if program_name(step.argv[0]) == "nvm":
            raise Decline(f"{step.where}: nvm installs a Node of its own under the user's home, "
                          "besides the distribution's")
    source = nodesource(facts)
    if source and base.manager != "apt":
        raise Decline(f"{source}: NodeSource's setup script on a {base.manager} image")
    from ..runner_packages import REPOSITORY_SETUP, packages_origin, repository_copies
    texts = [f.node.command.text for f in facts.instructions
             if isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm)]
    carried = any(marker in text for text in texts + repository_copies(facts)
                  for marker in REPOSITORY_SETUP)
    https = any(re.search(r"deb (\[[^]]*\] )?https://", t) for t in texts)
    if carried and https and any(_MAIN_LIST.search(t) for t in texts):
        # the runner's first apt-get update, which installs what https sources need,
        # reads sources.list (only the .d lists can be left out of it)
        raise Decline("an https source written into /etc/apt/sources.list itself: the "
                      "runner cannot install what apt needs to read it before reading it")
    # "copy": NodeSource's script alone, whose files the runner copies itself; "copied":
    # the runner stage carries the builder's repositories (markers in the RUNs) first
    https_setup = "copied" if carried and (source or https) else ("copy" if source else None)
    py_artifacts, py_runs, mixed, py_indices = python_part(facts, base)
    from .python import _INTERPRETER, _interpreter_of_dev
    from .node import GYP_TOOLS
    # (npm alone named, Debian's or Alpine's: node comes as its dependency, so npm is
    # what the runner installs to have node)
    keep_npm = not command_runs_only_node(facts) or not any(
        NODE_PACKAGE.match(name) and name not in NPM_PACKAGES
        for name in map(package_name, interpreted.packages_installed(
            facts, len(facts.instructions))[0]))

    def keep(name):
        return bool(NODE_PACKAGE.match(name) and (keep_npm or name not in NPM_PACKAGES)) or \
            bool(mixed and _INTERPRETER.match(name))

    def drop(name):
        # node-gyp's tools (python, make, g++): only when node alone runs, since a
        # script or the other part of the file may use them
        return not keep_npm and (name in NPM_PACKAGES or not mixed and name in GYP_TOOLS)

    replay = distribution_runner.replay_packages(
        facts, base, last + 1, keep=keep, drop=drop,
        runtime_of_dev=_interpreter_of_dev if mixed else (lambda p: None))
    if mixed and base.manager == "apt":
        # as the Python recipe does: apt installs python3-pip with its Recommends
        # (setuptools' pkg_resources, which installed programs may import); the runner
        # installs without them, so setuptools is named
        tools = [re.sub(r"-pip$", "-setuptools", p) for p in replay.install
                 if re.fullmatch(r"python[0-9.]*-pip", p)]
        replay = dataclasses.replace(replay, install=tuple(dict.fromkeys(
            replay.install + tuple(tools))))
    artifacts = [dataclasses.replace(LOCAL, index=last) if _plain(facts) else
                 dataclasses.replace(LOCAL, index=last, how=OWN_LOCAL_WHY)]
    additions, added, _ = prune
    additions = tuple(additions)
    added = ((f"Node.js from the release tarball unpacked into /usr/local ({tarball}): "
              "/usr/local reaches the runner whole, with node, npm and the global installs",)
             if tarball else
             (f"Node.js from {packages_origin(facts)}, installed again in the runner "
              "(no Node version needs to be known)",)
             if any(NODE_PACKAGE.match(package_name(p)) for p in replay.install) else
             # (``apk del`` of the virtual package that brought it: the original keeps
             # no Node, and neither does the runner)
             ("no Node.js in the runner: the original removes the distribution's Node "
              "packages it installed once the build has used them",)) + (
             ("/usr/local copied whole: the plain image has nothing of its own there"
              if _plain(facts) else "/usr/local copied whole over the same image's own: "
              "what it had there plus what the build wrote"),) + \
        tuple(added)
    ours = [p for p in replay.dropped if drop(package_name(p))]
    if ours:
        added += (f"{', '.join(ours)} (npm, node-gyp's tools) stay in the builder: the "
                  "command runs node itself",)
    if app:
        artifacts.insert(0, Artifact(posixpath.dirname(app), posixpath.basename(app),
                                     "the app directory: package.json, build output and "
                                     "production node_modules", last, tree=True))
    if globals_:
        from .node import global_links_run
        artifacts += [USR_MODULES, USR_BIN]
        additions += (gather_usr_globals_run(base.manager), global_links_run(bin_dir="/usr/bin",
                                                                 into=USR_BIN.path))
        added += ("the global installs copied to the runner: /usr/local whole, and the "
                  "packages in /usr/lib/node_modules with their links in /usr/bin (an npm "
                  "whose prefix is /usr)",)
    artifacts += py_artifacts
    artifacts += made_directories(facts, indices, artifacts)
    additions += tuple(py_runs)
    if mixed:
        writer = "pip" if mixed == "pip" else "the installs"
        added += (f"the Python part of the build ({mixed}) carried as on a distribution "
                  f"image: /usr/local, its environments, and the files {writer} wrote among "
                  "the distribution's staged in the builder",)
        if mixed != "pip":
            added += ("the Python interpreter installed again in the runner: what `setup.py "
                      "install` or easy_install wrote (modules, programs whose `#!` names "
                      "it) runs on it",)
    trees = [a.path for a in artifacts if a.tree and a.path and a is not USR_BIN]
    scan = distribution_runner.scan_run(base, distribution_runner.installed_trees(trees),
                                        replay.unmapped_dev, names=("*.so*", "*.node"))
    additions += (scan,)
    tops = [a.path for a in artifacts if a.tree and a.path and a.destination is None]
    artifacts = [a for a in artifacts if not (a.tree and a.destination is None and any(
        a.path != t and a.path.startswith(t + "/") for t in tops))]
    if source:
        added += (f"NodeSource's repository ({source}): the builder's /etc/apt and "
                  "/usr/share/keyrings (source list, key, pin) copied to the runner before it "
                  "installs nodejs",)
    return tuple(artifacts), additions, added, replay, https_setup, py_indices


def runs(facts: StageFacts, base, replay, boundary: int, artifacts
         ) -> distribution_runner.RunReplays:
    """The RUNs up to ``boundary`` (the last install, build, prune or global install)
    whose effect lies outside what the runner copies, repeated there or captured, and
    the RUNs after it run in the runner (``distribution_runner.same_image_runs``).  The
    copied trees are where the build wrote them: the global installs' in
    /usr/lib/node_modules (not /usr/bin, of which only the links are gathered), the
    distribution's directories of the Python part's staging."""
    from .node_commands import read
    from .python import STAGED_ROOTS, _build_step_on
    trees = [USR_MODULES.destination if a is USR_MODULES else a.path for a in artifacts
             if a.tree and a.path and a not in (USR_BIN, distribution_runner.STAGED)]
    if distribution_runner.STAGED in artifacts:
        trees += [d for d in STAGED_ROOTS if "*" not in d]
    python_step = _build_step_on((), interpreted.installs_from_source(facts) and
                                 facts.base.libc != "musl")
    # the RUNs fetching NodeSource's setup script: the shell it is piped to writes the
    # repository files the runner copies (``plan``; on an RPM image /etc/yum.repos.d and
    # /etc/pki/rpm-gpg, which ``rpm_runner.setup`` copies) and installs what apt needs
    # for them; and those fetching get-pip.py, whose interpreter reading it installs pip
    # as the Python part's installs do (``curl .../get-pip.py | python``)
    piped = {}
    for s in interpreted.steps(facts):
        if any("deb.nodesource.com/setup" in w or base.manager == "yum" and
               "rpm.nodesource.com/setup" in w for w in s.argv):
            piped[s.index] = ("bash", "sh")
        elif any(w.endswith("/get-pip.py") for w in s.argv) and "://" in " ".join(s.argv):
            piped.setdefault(s.index, ("python", "python2", "python3"))
    tarball = _tarball_step(facts)

    def build_step(step) -> bool:
        # npm/yarn/pnpm installs, builds, prunes and global installs write the app
        # directory, /usr/local or /usr/lib/node_modules, all copied; pip's as the
        # Python recipe reads them; ldconfig where the runner runs it after the copies
        cmd = read(step.argv, step.env)
        if cmd is not None and cmd.kind in ("install", "global", "build", "prune"):
            return True
        if program_name(step.argv[0]) in ("npm", "pnpm") and any(
                a in ("-g", "--global", "--location=global") for a in step.argv[1:]):
            return True  # ``npm -g update npm``: npm's global prefix, copied
        if tarball is not None and step.index == tarball.index and \
                program_name(step.argv[0]) == "tar" and len(step.argv) == len(tarball.argv):
            # Node's release tarball unpacked into /usr/local, copied whole (the words
            # are compared unexpanded: ``node-v$NODE_VERSION-linux-x64.tar.gz``)
            return True
        if any(own in w for w in step.argv for own in (USR_MODULES.path, USR_BIN.path)):
            return True  # the builder RUNs gathering the global installs (read again)
        if program_name(step.argv[0]) in piped.get(step.index, ()) and \
                all(a.startswith("-") for a in step.argv[1:]):
            return True  # ``curl -sL https://deb.nodesource.com/setup_8.x | bash -``
        return python_step(step)

    # Python where no interpreter package is installed again (node-gyp's python came
    # with python-dev or python-pip, which stay in the builder) is not in the runner,
    from .python import _INTERPRETER
    python = any(_INTERPRETER.match(package_name(p)) for p in replay.install)

    # bower fetches its packages with git, which stays in the builder as a build tool
    git = "git" in {package_name(p) for p in replay.dropped}

    def kept_programs(name: str) -> bool:
        if name == "bower" and git:
            return False
        return python or not re.fullmatch(r"(python|pip)[0-9.]*", name)

    return distribution_runner.same_image_runs(facts, base, replay, boundary, trees,
                                               build_step, kept_programs)


def needs_transport(base) -> Optional[bool]:
    """Whether the release's apt needs apt-transport-https for an https source (None:
    the release is not known here)."""
    from ...knowledge.official import resolve
    resolved = resolve(base.builder)
    codename = base.distro.release or (resolved.release if resolved is not None else None)
    if old_apt(base.distro.family, codename):
        return True
    return False if base.distro.release is not None else None


def https_prerequisites(distro, transport: Optional[bool]) -> ast.Run:
    """The runner's first RUN where the builder's apt repositories read over https are
    copied to it: what apt needs for them (CA certificates; apt-transport-https for an
    apt older than 1.5, ``transport``; None: the release is not known, so where the
    archive has it), installed from the distribution's own sources only (sources.list
    and the distribution's deb822 file; the other lists in sources.list.d, the copied
    ones among them, are not read yet)."""
    # the distribution's own lists: sources.list, or the deb822 file in sources.list.d
    # (debian.sources from bookworm on, ubuntu.sources from noble on)
    own = "/var/lib/dtranspile/own-sources"
    only = f"-o Dir::Etc::SourceParts={own}"
    install = f"apt-get {only} install -y --no-install-recommends"
    text = (f"mkdir -p {own} && find /etc/apt/sources.list.d -maxdepth 1 '(' -name "
            f"debian.sources -o -name ubuntu.sources ')' -exec cp {{}} {own}/ ';' && "
            f"apt-get {only} update && {install} ca-certificates")
    if transport is None:
        # a release the tables do not name: apt-transport-https where the archive still
        # has it (needed by an apt older than 1.5, harmless on a newer one)
        text += (f" && if apt-cache {only} show apt-transport-https > /dev/null 2>&1; then "
                 f"{install} apt-transport-https; fi")
    elif transport:
        text += " apt-transport-https"
    return run_node(f"{text} && rm -rf /var/lib/apt/lists/* {own}",
                    "what apt needs to read the https repositories the build added",
                    distro.record.packages.unpinned_rule)


def plan(detection, facts: StageFacts, runner: Optional[str]) -> RunnerPlan:
    """The same-distribution runner.  When the build reads https repositories
    (``detection.https_setup``), the runner first installs what apt needs for them from
    the distribution's own sources only (sources.list and the distribution's deb822
    file; the other lists in sources.list.d, the builder's copied ones among them, are
    not read yet), then has the builder's /etc/apt and keyrings
    (copied here for NodeSource's script, "copy"; already by the runner stage when the
    RUNs show repository setup, "copied"), then installs."""
    after = detection.repeated_runs
    if not detection.distribution.own_trees and \
            distribution_runner.STAGED in detection.artifacts:
        # (the Python part's staging listed the distribution's files the build removed:
        # a pip upgrade over a packaged module, as the Python recipe's runner removes them)
        after = (distribution_runner.gone_removal_run(),) + after
    if interpreted.installs_from_source(facts) and facts.base.libc != "musl":
        after += (run_node("ldconfig", "libraries were copied to /usr/local/lib"),)
    recommends = detection.distribution.manager == "apt" and with_recommends(facts)
    later = distribution_runner.installs_on_kept_lists(
        facts, max(detection.build_indices + detection.extra_build_indices))
    result = distribution_runner.runner_plan(detection.distribution, detection.replay, True,
                                             "the Node.js program", runner, after,
                                             recommends=recommends, keep_lists=later)
    if recommends:
        result = dataclasses.replace(result, added=result.added + (
            "the runner's apt installs every package it installs with its Recommends "
            "(one install): the original's apt-get install without "
            "--no-install-recommends brought some of them",))
    if detection.https_setup is None:
        return result
    base = detection.distribution
    first = https_prerequisites(base.distro, needs_transport(base))
    copies = tuple(ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                            paths=(path, path)) for path in APT_REPOSITORY_FILES) \
        if detection.https_setup == "copy" else ()
    return dataclasses.replace(result, setup=(first,) + copies + result.setup,
                               https_prepared=True)


def https_transport_run(base) -> ast.Run:
    """``https_prerequisites`` for a same-distribution base (``PlainBase``): the runner
    of a capture that fetched NodeSource's setup script."""
    return https_prerequisites(base.distro, needs_transport(base))
