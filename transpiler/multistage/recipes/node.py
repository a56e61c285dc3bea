"""The Node server recipe: ``npm ci/install``, ``yarn``, ``pnpm install``, then
``npm run build`` / ``tsc``.  The runner gets the app directory (package.json, the
build output and node_modules, pruned of dev dependencies in the builder) at the
same path, on ``node:<same version>-slim`` -- or the builder's own alpine tag, since
native addons are built against the builder's C library and an alpine addon does not
load on glibc (nor the reverse)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...knowledge import packages
from ...knowledge.packages import package_name
from ...tree import ast
from ...analysis import StageFacts
from ...knowledge.images import language_version
from ...knowledge.references import split_reference
from ...knowledge.releases import DEBIAN
from .base import Artifact, Decline, Detection, Linking, Note, feature_of, first_problem
from .base import without_feature
from . import distribution_runner, interpreted, node_distribution, node_images, node_system_dir
from . import build_capture, full_image_libraries, node_capture, node_own_image, proven_family
from . import node_app_writes, npm_prefix, npm_upgrade, run_walk, system_gems, yarn_cwd, \
    yarn_global
from .full_image_libraries import with_full_image_libraries
from .node_commands import DEV_PROGRAMS, dev_command, package_directory, process_manager_start
from .node_commands import other_program, process_file_programs, prune_command, read
from ...analysis.shell import program_name
from ...analysis.paths import is_within
from ...analysis.state import resolve_path

NAME = "node"

#: variables only the installs and the build read: nothing the container starts does
BUILD_ONLY_ENV = frozenset({"DEBIAN_FRONTEND", "YARN_VERSION", "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD",
                            "HUSKY", "NEXT_TELEMETRY_DISABLED_BUILD"})
#: variables the container's command may read as the build did, so they reach a Node
#: runner: npm's and yarn's settings, read whenever they run (``npm start``, ``npx``, a
#: script that runs npm), and CI, which programs read at run time (react-scripts'
#: ``start`` serves until its standard input ends unless CI=true: under ``docker run``
#: without -i that is at once).  A static site's runner (nginx) runs neither.
PACKAGE_MANAGER_ENV = frozenset({"NPM_CONFIG_LOGLEVEL", "NPM_CONFIG_PREFIX", "NPM_CONFIG_CACHE",
                                 "YARN_CACHE_FOLDER", "CI"})
OTHER_IMAGES = ("python", "maven", "gradle", "openjdk", "eclipse-temurin", "golang", "rust",
                "ruby", "php", "nginx", "httpd", "mcr.microsoft.com/dotnet/sdk")
PROVIDED = {"node", "nodejs", "npm", "npx", "yarn"}
#: what node-gyp needs to compile native addons: builder only
GYP_TOOLS = frozenset({"python3", "python", "python2", "py3-pip", "make", "g++", "gcc",
                       "build-base", "build-essential"})
_TAG = re.compile(r"^(?P<v>\d+(\.\d+)*|lts|current|latest)?"
                  r"(?P<rel>-(" + "|".join(DEBIAN) + "))?$")
NATIVE = Linking(True, ("native addons are built against the builder's C library",))
#: npm's global prefix in the node images: packages in lib/node_modules, their
#: programs linked from bin (``npm install -g pm2`` -> /usr/local/bin/pm2)
GLOBAL_MODULES = Artifact("/usr/local/lib", "node_modules", "packages installed globally "
                          "(npm install -g), with the image's own npm", -1, tree=True)
GLOBAL_BIN = Artifact("/opt", "global-bin", "the links npm install -g made in /usr/local/bin",
                      -1, tree=True, destination="/usr/local/bin", partial=True)


#: the part of a link's target that says it leads into npm's global packages
_LIB_MODULES = "lib[/]node_modules[/]"


def global_links_run(program: Optional[str] = None, bin_dir: str = "/usr/local/bin",
                     into: str = GLOBAL_BIN.path, check: Optional[str] = None,
                     yarn: bool = False) -> ast.Run:
    """The builder RUN gathering the links global installs made in ``bin_dir`` (those
    into lib/node_modules, but npm's and corepack's, which the runner has), so
    ``pm2`` or a yarn the image did not ship reach the runner.  Written for any node
    (``var``, no recursive mkdir: node 0.10 to 6 are still built).  ``program``: the
    command's, checked to be among them (``check``: the shell test that says so), so
    the build fails when it is not.  ``yarn``: the links ``yarn global`` made (into
    yarn's global packages, ``yarn_global``) are gathered too."""
    into_modules = (f"({_LIB_MODULES}|{yarn_global.LINK_PATTERN})" if yarn else _LIB_MODULES)
    code = ("var fs = require('fs'), b = '" + bin_dir + "', d = '" + into + "'; "
            "fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; "
            "try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } "
            "if (/" + into_modules + "/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) "
            "fs.symlinkSync(t, d + '/' + f); });")
    if program:
        check = check or f"test -L {into}/{program}"
    text = f'node -e "{code}"' + (f" && {check}" if program else "")
    where = "" if bin_dir == "/usr/local/bin" else f" in {bin_dir}"
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment(f"# the programs of the global installs{where}, for the runner"),))


#: the official images of Node: node, and io.js (its fork of 2015, merged back as
#: Node 4), laid out alike (/usr/local, buildpack-deps releases, -slim siblings)
OFFICIAL = ("node", "iojs")


def node_major(base) -> Optional[int]:
    """The builder's Node major version (``node:carbon`` is 8), from the image facts;
    io.js (``IOJS_VERSION``, 1 to 3) counts as the Node it preceded (0.12: npm 2)."""
    if base.versions.get("IOJS_VERSION"):
        return 0
    major = language_version(base, "NODE_VERSION", 1)
    return int(major) if major else None


#: options of an install that put node_modules outside the directory it runs in (pnpm's
#: ``--modules-dir`` as yarn's ``--modules-folder``)
_ELSEWHERE = ("--modules-folder", "--modules-dir", "--prefix", "--cwd", "--dir", "-C")


def scan(facts: StageFacts):
    """(install steps, build steps, prune steps, global steps) as (Step, NodeCommand).
    A project command's directory option the walk left as written (``pnpm -C web
    install``) puts the step in that directory, where its node_modules and build output
    are; an install's stays named in the words, and declines (``_ELSEWHERE``)."""
    found = {"install": [], "build": [], "prune": [], "global": []}
    for step in interpreted.steps(facts):
        cmd = read(step.argv, step.env)
        if cmd is not None and cmd.directory is not None and cmd.kind != "global":
            step = dataclasses.replace(step, cwd=resolve_path(step.cwd, cmd.directory)
                                       if step.cwd else None)
        if cmd is not None and cmd.kind in found:
            found[cmd.kind].append((step, cmd))
    return found


#: the tag (``base.Note``) of the note of the RUN pruning dev dependencies in the builder
PRUNE = "node: prune"
#: the tag of a note saying why the runner keeps the dev dependencies (no prune)
DEV_KEPT = "node: dev dependencies kept"


def _dev_kept(why: str) -> Note:
    return Note(f"dev dependencies kept in the runner (no prune): {why}", DEV_KEPT)


@dataclass(frozen=True)
class NodeDetection(distribution_runner.SameImageDetection):
    """``distribution`` set: the builder is a plain distribution image whose own
    packages bring Node: the runner is that image with the packages installed again
    (``node_distribution``)."""

    #: the app's package.json from the build context (None: not read)
    package_json: Optional[dict] = None
    #: the RUN added at the end of the builder to drop dev dependencies (None: none)
    prune: Optional[str] = None
    #: how the https repositories the build reads reach the runner ("copy": NodeSource's
    #: setup script, "copied": by the runner stage; node_distribution.plan), or None
    https_setup: Optional[str] = None
    #: the build installs shared libraries it built into /usr/local/lib (make install),
    #: which an addon or a program the app runs may load (issue 18 class 13)
    local_libraries: bool = False
    #: the builder is another Node image the data knows (node_images.FAMILIES)
    node_image: Optional[str] = None
    #: the command runs node itself, nothing npm or yarn provide (node_images.plan)
    node_only: bool = False
    #: the image's own programs the command runs (node, npm), tested in the runner at
    #: build time where the image is not in the data (node_own_image.plan)
    own_programs: Tuple[str, ...] = ()
    #: the directory whose package.json is the app's where no app tree is copied (the
    #: install ran in / or /opt: ``node_system_dir``), else None
    package_dir: Optional[str] = None
    #: the RUN that replaced the image's npm (``npm_upgrade.upgrade``): the runner's npm
    #: is not the original's, so what the command runs must not run npm (None: not replaced)
    npm_replaced: Optional[str] = None
    #: yarn commands the walk moved into the directory their ``--cwd`` names, which
    #: yarn 1 runs in only where it holds a package.json (``yarn_cwd``): settled by the
    #: build context, else declined
    yarn_cwd_pending: Tuple[yarn_cwd.Pending, ...] = ()
    #: project commands started in a directory that does not show its package.json,
    #: which npm, yarn and pnpm may run in a directory above (``npm_prefix``): settled by
    #: the build context, else declined
    prefix_pending: Tuple[npm_prefix.Pending, ...] = ()
    #: (the process file the command's process manager starts, the programs it names),
    #: read from the build context (``with_context``); None: none, or not read
    process_file: Optional[Tuple[str, Tuple[str, ...]]] = None

    def keeping_dev_dependencies(self, why: str) -> "NodeDetection":
        """The same without the added prune: the runner gets the dev dependencies too,
        which works whether or not the program needs them.  The prune's note and the
        reasons for keeping them are found by their tags (``PRUNE``, ``DEV_KEPT``)."""
        note = _dev_kept(why)
        if self.prune is None:
            if any(feature_of(a) == DEV_KEPT for a in self.added) and note not in self.added:
                # (kept already, for want of package.json: this reason is said too)
                return dataclasses.replace(self, added=self.added + (note,))
            return self
        kept = tuple(a for a in self.builder_additions
                     if not (isinstance(a, ast.Run) and a.command.text == self.prune))
        return dataclasses.replace(self, prune=None, builder_additions=kept,
                                   added=without_feature(self.added, PRUNE) + (note,))


class NodeRecipe(interpreted.InterpreterRecipe):
    name = NAME
    program_kind = "a Node.js program"
    image = "node"
    interpreter_version = ("NODE_VERSION", 1, "Node.js")
    own_reason = ("the builder's own image: it is already small and native addons must load "
                  "with its C library")
    slim_reason = ("same Node version and Debian release as the builder, slim variant (native "
                   "addons need the same glibc)")
    unmatched = ("the builder tag node:{tag} does not show a Node version and Debian release "
                 "the runner can match")

    @staticmethod
    def slim_tag(tag: str) -> Optional[str]:
        m = _TAG.match(tag)
        if not m:
            return None
        version = m.group("v") or "latest"
        rel = m.group("rel") or ""
        return ("slim" if version == "latest" else f"{version}{rel}-slim") if not rel or \
            version != "latest" else f"{rel[1:]}-slim"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        return dev_command(words)

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        # (one scan serves the detection and the directory checks after it)
        found = scan(facts)
        detection = self._detect(facts, found)
        if detection is None:
            return None
        project = [s for kind in ("install", "build", "prune") for s, _ in found[kind]]
        moved = yarn_cwd.pending(project)
        above = npm_prefix.pending(facts, [s for s, _ in found["build"]],
                                   [s for kind in ("install", "prune") for s, _ in found[kind]])
        above = npm_prefix.either_way(above, detection.artifacts)
        if not moved and not above:
            return detection
        if not isinstance(detection, NodeDetection):  # (a capture: not read from a context)
            raise Decline(yarn_cwd.reason(moved[0]) if moved else npm_prefix.reason(above[0]))
        return dataclasses.replace(detection, yarn_cwd_pending=moved, prefix_pending=above)

    def _detect(self, facts: StageFacts, found) -> Optional[Detection]:
        name, tag = split_reference(facts.base.reference)
        if name.startswith(OTHER_IMAGES):
            return None
        if not found["install"]:
            return None
        first, cmd = found["install"][0]
        problems = []
        official = name in OFFICIAL
        node_image = node_images.family_of(facts) if not official else None
        base = (distribution_runner.plain_base(facts) or
                node_distribution.local_image_base(facts)) \
            if not official and node_image is None else None
        if base is not None:  # a locale or manual pages: only the full image keeps them
            base = distribution_runner.full_image_needed(facts, base)
        proof = None
        if not official and base is None and node_image is None:
            # an image the data does not know, Debian-family by the original's own apt
            # install: the runner is that very image, so its Node (the distribution's
            # package or NodeSource's, installed again) needs no version
            proof = proven_family.proven_unknown(facts)
            base = proven_family.unknown_base(facts) if proof is not None else None
        if name == "iojs" and node_major(facts.base) is None:
            problems.append(f"the builder image {facts.base.reference} is not in the image "
                            "data: its io.js version and Debian release are not known")
        if not official and base is None and node_image is None:
            # an image the data does not know whose own Node runs a build of npm alone:
            # the runner is that very image (node_own_image), else declined
            not_own = node_images.unknown_tag(facts) or node_own_image.reason_not(facts)
            if not_own:
                problems.append(not_own)
            else:
                node_image = node_own_image.OWN
        complex_ = [s for s, _ in found["install"] + found["build"] if s.complex]
        if complex_:
            problems.append(f"{complex_[0].where}: npm/yarn inside a shell construct the "
                            f"transpiler cannot follow ({complex_[0].complex})")
        elsewhere = next(((s, o) for s, _ in found["install"] for o in _ELSEWHERE
                          if any(a == o or a.startswith(o + "=") for a in s.argv[1:])), None)
        if elsewhere:
            problems.append(f"{elsewhere[0].where}: `{program_name(elsewhere[0].argv[0])} "
                            f"{elsewhere[1]}` puts node_modules elsewhere than the directory "
                            "it runs in, which the runner copies as the app")
        app, why = interpreted.app_directory(first.cwd, f"`{' '.join(first.argv[:2])}`")
        if why and first.cwd is None:  # (which install: the one of that line)
            why = f"{first.where}: {why}"
        moved = interpreted.moved_tree(facts, first, "node_modules") if why else None
        if moved:  # npm install in /tmp, node_modules then copied into the app directory
            app, why = moved[0], None
        installs, named, system_dir = found["install"], (), None
        if why and not moved and base is None and first.cwd in interpreted.NOT_APP_DIRS and \
                first.cwd not in node_system_dir.SCRATCH:
            # (npm install in / or /opt: the paths the build put there, copied by name; a
            # scratch directory's tree is the app only where it is moved: moved_tree)
            installs, named, system_dir, problem = _system_dir_installs(facts, found, first)
            if problem is None and installs:
                first, cmd = installs[0]
                app, why = interpreted.app_directory(first.cwd, f"`{' '.join(first.argv[:2])}`")
            elif problem is None:
                app, why = None, None
            elif named is not None:
                why = problem
        if why and first.cwd is None and not facts.base.known and not any(
                isinstance(f.node, ast.Workdir) and f.after.workdir
                for f in facts.instructions[:first.index]):
            why = (f"{first.where}: `{' '.join(first.argv[:2])}` runs in the WORKDIR of "
                   f"{facts.base.reference} (or a directory relative to it), which the image "
                   "data does not show, so the app directory cannot be named; set an absolute "
                   "WORKDIR for the app")
        if why:
            problems.append(why)
        prunable, several = True, None
        if app and not why and not moved:
            app, why, prunable = _enclosing_app(app, installs)
            if why:
                problems.append(why)
        if app and not why and not moved:  # (what a program wrote in a directory above)
            read = [s for s, _ in found["install"] + found["build"] + found["prune"]]
            wider, by = node_app_writes.widened(facts, app, read)
            if wider != app:  # (the directory may have no package.json: no prune)
                prunable, several = False, Note(node_app_writes.NO_PRUNE.format(
                    app=wider, by=by), DEV_KEPT)
            app = wider
        indices = sorted({s.index for s, _ in found["install"] + found["build"]} |
                         ({moved[1]} if moved else set()))
        artifacts = []
        if app:
            artifacts.append(Artifact(posixpath.dirname(app), posixpath.basename(app),
                                      "the app directory: package.json, build output and "
                                      "production node_modules", indices[-1], tree=True))
        artifacts.extend(a for a in named or () if not app or not (
            is_within(a.path, app)))  # (in the tree)
        globals_ = [s for s, _ in found["global"]]
        npm_replaced = None  # (the runner's npm is the original's unless set below)
        # (yarn global on the official images as root: its directory is known)
        yarn_known = official and node_image is None
        outside = [s for s, c in found["global"] if s.env.get("NPM_CONFIG_PREFIX") or
                   s.env.get("npm_config_prefix") or c.directory is not None or
                   program_name(s.argv[0]) not in (("npm", "yarn") if yarn_known
                                                   else ("npm",))]
        if outside:
            problems.append(f"{outside[0].where}: a global install outside npm's prefix "
                            "/usr/local (yarn global, NPM_CONFIG_PREFIX): where its programs "
                            "land is not followed")
        yarn_globals = yarn_known and any(program_name(s.argv[0]) == "yarn" for s in globals_)
        if yarn_globals:
            problems.extend(yarn_global.problems(facts, globals_))
        if node_image == node_own_image.OWN:
            problems.extend(node_own_image.problems(facts, globals_))
        elif node_image is not None:
            problems.extend(node_images.problems(facts, globals_))
        elif (app or named) and globals_:
            artifacts += [GLOBAL_MODULES, GLOBAL_BIN] + ([yarn_global.ARTIFACT]
                                                         if yarn_globals else [])
            upgraded = npm_upgrade.problem(facts)
            if upgraded is not None:
                problems.append(upgraded)
            npm_replaced = npm_upgrade.upgrade(facts)
        problems.extend(system_gems.other_foreign_installs(facts))
        if base is None:  # (a same-distribution runner repeats or captures such a RUN)
            problems.extend(_system_pip_installs(facts))
        gem_problems = system_gems.problems(facts)
        problems.extend(gem_problems)
        # (the gems are carried to an official image's slim sibling, or repeated or
        # captured by a same-distribution runner; a node-like or unknown image's runner
        # is not followed)
        gems = system_gems.carried(facts) if official and node_image is None else None
        if system_gems.gem_installs(facts) and not gem_problems and gems is None and \
                base is None:
            problems.extend(p for p in interpreted.foreign_installs(facts)
                            if "Ruby gems" in p)
        in_system = why if first.cwd in interpreted.NOT_APP_DIRS and not moved else None
        if base is not None and in_system and problems == [in_system]:
            # the app in a system or shared directory (/, /opt, /var/www): no tree can be
            # copied, but a capture copies what the build wrote there, whatever it is
            captured = _captured(facts, proof is not None, None,
                                 in_system.replace("; set a WORKDIR for the app", ""),
                                 first.cwd)
            if captured is not None:
                return captured
        first_problem(problems)
        if base is not None:
            captured = _captured(facts, proof is not None,
                                 app if app and not moved else None)
            if captured is not None:
                return captured
        if base is not None:
            # the distribution's npm: its version is not known, and --production is
            # read by npm 2 to 10 alike (npm 7 and later take it for --omit=dev)
            pruning = _prune(found, facts, None if moved or not prunable else app, cmd, 0)
            if not prunable:
                pruning = ((), (several or Note(_SEVERAL_TREES.format(app=app),
                                                DEV_KEPT),), None)
            script = node_distribution.script_command(facts, globals_)
            if pruning[2] and script:
                pruning = ((), (_dev_kept(f"the command runs `{script}`, which may run what "
                                          "needs them"),), None)
            try:
                artifacts_, additions, added, replay, https, more = node_distribution.detect(
                    facts, base, app, indices, globals_, pruning)
            except Decline as exc:
                if proof is None:
                    raise
                raise Decline(f"{proof.text}; {exc.reason}") from None
            extra = tuple(s.index for s, _ in found["prune"] + found["global"]) + more
            runs = node_distribution.runs(facts, base, replay, max(indices + list(extra)),
                                          artifacts_)
            return NodeDetection(NAME, tuple(indices), artifacts_, NATIVE,
                                 # (DEBIAN_FRONTEND stays: the runner's RUNs install and
                                 # configure packages as the builder's did)
                                 build_only_env=BUILD_ONLY_ENV - {"DEBIAN_FRONTEND"},
                                 extra_build_indices=extra,
                                 builder_additions=additions, added=added, prune=pruning[2],
                                 distribution=base, replay=replay,
                                 https_setup=https, npm_replaced=npm_replaced).with_runs(runs)
        runtime, warnings, added = interpreted.runner_packages(facts, indices[-1] + 1, GYP_TOOLS)
        # (the node alpine images have libstdc++ and libgcc (node links libstdc++, which
        # depends on libgcc), not gcc's libgomp and libatomic, which an addon node-gyp
        # builds with -fopenmp or -latomic loads; nor do the slim Debian ones where apt
        # installs gcc)
        gcc = interpreted.alpine_gcc_runtime(facts, tuple(runtime) + ("libgcc",)) or \
            interpreted.apt_gcc_runtime(
                facts, interpreted.packages_installed(facts, indices[-1] + 1)[0], runtime)
        if gcc:
            runtime = tuple(runtime) + gcc
            added = tuple(added) + (interpreted.gcc_runtime_note(gcc, "native addons"),)
        if (app or named) and globals_:
            added += ("the global installs (/usr/local/lib/node_modules and their links in "
                      "/usr/local/bin) copied to the runner",)
        if app and yarn_globals:
            added += (f"yarn's global packages ({yarn_global.GLOBAL_DIR}, where yarn "
                      f"{facts.base.versions.get('YARN_VERSION')} puts them as root) copied "
                      "to the runner, their links in /usr/local/bin with those of npm",)
        # a tree moved out of /tmp: its package.json may not be beside it when the
        # builder ends, so the dev dependencies are kept (as in the original)
        # (the npm of an image the data does not know: --production, read by npm 2 to
        # 10 alike, as for the distribution's npm)
        additions, more, prune = _prune(found, facts, None if moved or not prunable else app,
                                        cmd, 0 if node_image == node_own_image.OWN
                                        else node_major(facts.base))
        if not prunable:
            more += (several or Note(_SEVERAL_TREES.format(app=app), DEV_KEPT),)
        added += more
        if named:
            additions += (_modules_dir_run(system_dir),)
            added += (f"the paths the build put in {system_dir} copied by name (it holds the "
                      f"system): {', '.join(a.name for a in named)}",)
            if not app:
                added += (_dev_kept(f"{system_dir} is not copied whole"),)
        if (app or named) and globals_:
            additions += (global_links_run(yarn=yarn_globals),)
        artifacts, additions, added = system_gems.carry_with(gems, facts, runtime, artifacts,
                                                            additions, added)
        local_libraries = interpreted.installs_from_source(facts)
        if local_libraries:
            first_problem([p for p in [interpreted.install_prefix_problem(facts)] if p])
            artifacts.append(interpreted.LIBRARIES)
            additions += (interpreted.node_libraries_run(),)
            added += (f"the shared libraries the build installed in {interpreted.LOCAL_LIB} "
                      "copied to the runner, which runs ldconfig",)
        detection = NodeDetection(
            NAME, tuple(indices), tuple(artifacts), NATIVE, build_only_env=BUILD_ONLY_ENV,
            extra_build_indices=tuple(s.index for s, _ in found["prune"]),
            builder_additions=additions, runtime_packages=runtime, warnings=warnings,
            added=added, prune=prune, local_libraries=local_libraries,
            node_image=node_image, package_dir=system_dir if named and not app else None,
            npm_replaced=npm_replaced)
        if node_image == node_own_image.OWN:
            return detection  # (the runner is the very image: it has every library)
        return with_full_image_libraries(detection, facts)

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False):
        if isinstance(detection, build_capture.CaptureDetection):
            return build_capture.plan(detection, runner)
        if getattr(detection, "distribution", None) is not None:
            _something_to_gain(detection, facts)
            return node_distribution.plan(detection, facts, runner)
        if split_reference(facts.base.reference)[0] == "iojs" and runner is None:
            return node_images.iojs_plan(detection, facts, interpreted.install_setup(
                detection, facts), full_image_libraries.runner_setup(detection))
        if getattr(detection, "node_image", None) is not None:
            setup = interpreted.install_setup(detection, facts)
            ldconfig, notes = interpreted.ldconfig_setup(detection, facts)
            if detection.node_image == node_own_image.OWN:
                return node_own_image.plan(detection, facts, runner, setup, ldconfig, notes)
            return node_images.plan(detection, facts, runner, setup,
                                    full_image_libraries.runner_setup(detection) + ldconfig,
                                    notes)
        return super().plan_runner(detection, facts, runner, needs_shell)

    def settled(self, detection: Detection, facts: StageFacts) -> Detection:
        """Dev dependencies are pruned only where package.json was read: without it,
        whether the program loads one at run time is not known (10a13e2f's ``node
        build`` requires metalsmith, a devDependency), and the original keeps them, so
        the runner keeps them too, which works either way.  A yarn ``--cwd`` the context
        did not settle declines (``yarn_cwd``), as does a project command that may run
        in a directory above its own (``npm_prefix``)."""
        if isinstance(detection, NodeDetection) and detection.yarn_cwd_pending:
            raise Decline(yarn_cwd.reason(detection.yarn_cwd_pending[0]))
        if isinstance(detection, NodeDetection) and detection.prefix_pending:
            raise Decline(npm_prefix.reason(detection.prefix_pending[0]))
        if isinstance(detection, NodeDetection) and detection.prune and \
                detection.package_json is None:
            return detection.keeping_dev_dependencies(
                "package.json is not read (give --context): whether the program loads a "
                "dev dependency at run time is not known, and the original has them")
        return detection

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        """Read the app's package.json from the build context, so ``npm start`` can be
        checked against its scripts and devDependencies."""
        import json

        if isinstance(detection, build_capture.CaptureDetection):
            # (nothing is pruned: package.json says what ``npm start`` runs)
            app = package_json_dir(detection, facts)
            text = project.read(app, "package.json") if app else None
            try:
                data = json.loads(text) if text is not None else None
            except (ValueError, RecursionError):
                data = None
            return dataclasses.replace(detection, package_json=data) \
                if isinstance(data, dict) else detection
        if isinstance(detection, NodeDetection) and detection.yarn_cwd_pending:
            detection = dataclasses.replace(detection, yarn_cwd_pending=yarn_cwd.confirmed(
                detection.yarn_cwd_pending, project))
        if isinstance(detection, NodeDetection) and detection.prefix_pending:
            detection = dataclasses.replace(detection, prefix_pending=npm_prefix.confirmed(
                detection.prefix_pending, project))
        app = package_json_dir(detection, facts)
        text = project.read(app, "package.json")
        if text is not None:
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):  # RecursionError: a hostile "[[[[..."
                data = None
            if isinstance(data, dict):
                detection = dataclasses.replace(detection, package_json=data)
                if isinstance(detection, NodeDetection) and not data.get("dependencies") and \
                        data.get("devDependencies"):
                    # (metalsmith and its plugins for ``node build``: a prune would leave
                    # the program nothing to load)
                    detection = detection.keeping_dev_dependencies(
                        "package.json lists devDependencies and no dependencies: whatever "
                        "the program loads from node_modules is one of them")
        return _process_file(detection, facts, project)

    def entry_for(self, program, words, facts, detection: NodeDetection):
        if isinstance(detection, build_capture.CaptureDetection):
            return _captured_entry(program, tuple(words), facts, detection)
        base = program_name(program)
        if base in npm_upgrade.NPM_PROGRAMS:  # (in a script: the command's own declined)
            npm_upgrade.runs_replaced(detection, f"it runs `{base}`")
        from_modules = [w for w in (program,) + tuple(words) if "node_modules/" in w]
        if from_modules:
            # (``./node_modules/gulp/bin/gulp.js serve``: gulp is usually a dev dependency)
            detection = detection.keeping_dev_dependencies(
                f"the command runs {from_modules[0]}, a file of a package in node_modules, "
                "which may be a development dependency")
        started = process_manager_start((program,) + tuple(words[1:]))
        read_file = detection.process_file if detection.process_file and \
            detection.process_file[0] == started else None
        if started is not None and read_file is None:
            detection = detection.keeping_dev_dependencies(
                f"the command runs {program_name(program)}, which starts `{started}`: what that "
                "starts is not read, and it may be a development dependency")
        elif read_file is not None:
            other = other_program(read_file[1]) or next(
                (p for p in read_file[1] if "node_modules/" in p), None)
            if other is not None:  # (else node on the app's files, as `CMD node app.js`)
                detection = detection.keeping_dev_dependencies(
                    f"the command runs {program_name(program)}, whose {started} starts "
                    f"`{other}`: what that runs is not read, and it may need them")
        if detection.distribution is not None:
            return _distribution_entry(program, words, facts, detection)
        if base in PROVIDED or re.search(r"\.(c|m)?js$", program):
            if detection.node_image is not None:
                detection = dataclasses.replace(detection, node_only=base in ("node", "nodejs")
                                                or re.search(r"\.(c|m)?js$", program) is not None)
            if detection.node_image == node_own_image.OWN:
                if base not in PROVIDED:
                    return None  # (a .js file named as the program: the app's own)
                detection = dataclasses.replace(detection, own_programs=tuple(dict.fromkeys(
                    detection.own_programs + (program,))))
                return _provided(base, words, detection, "the builder image's own (tested in "
                                 "the runner at build time)", facts)
            return _provided(base, words, detection, "provided by the node image", facts)
        shell = interpreted.provided_shell(program, facts)
        if shell is not None:
            return shell, _unread_script(program, detection)
        copied = interpreted.context_copy_destinations(facts, len(facts.instructions))
        if GLOBAL_BIN in detection.artifacts and f"/usr/local/bin/{base}" not in copied and (
                "/" not in program or posixpath.dirname(program) == "/usr/local/bin") and \
                not _system_program(base, facts):
            yarn = yarn_global.ARTIFACT in detection.artifacts
            checked = tuple(global_links_run(base, yarn=yarn)
                            if a == global_links_run(yarn=yarn) else a
                            for a in detection.builder_additions)
            return (Artifact(None, base, "a program of the global installs (npm install -g"
                             + (", yarn global add)" if yarn else ")"),
                             -1, provided=True),
                    dataclasses.replace(detection, builder_additions=checked))
        if detection.prune is not None:
            return None, _unread_script(program, detection)
        return None


    def capture_instead(self, facts: StageFacts, detection) -> Optional[Detection]:
        """The capture detection itself (``node_capture``: its command's programs are
        tested in the runner after the captured files); None for every other."""
        return detection if isinstance(detection, build_capture.CaptureDetection) else None


RECIPE = NodeRecipe()


def _process_file(detection, facts: StageFacts, project):
    """The detection with the programs the command's process file names (``pm2-runtime
    start pm2.json``), read from the build context, where one is."""
    from ..npm_config import process_files
    for _manager, target in process_files(facts)[:1]:
        path = resolve_path(facts.final.workdir, target)
        text = project.read(posixpath.dirname(path), posixpath.basename(path)) \
            if path else None
        programs = process_file_programs(text) if text is not None else None
        if programs is not None and isinstance(detection, NodeDetection):
            return dataclasses.replace(detection, process_file=(target, programs))
    return detection


def _captured_entry(program, words, facts: StageFacts, detection):
    """On a capture runner (``node_capture``) the program is tested there after the
    captured files (None: the generic rule), once ``build_capture``'s checks pass (not
    a build tool the runner leaves out, not a script that is not read).  (A development
    server is declined for every Node runner: ``needs_toolchain``.)  A package.json
    script (``npm start``) is read from the build context: it must exist, start no
    development server and run nothing the runner leaves in the builder; unread, it
    may run any of those, so a runner that leaves a package out is declined."""
    build_capture.check_command(detection, program, words, facts)
    off_path = node_capture.nvm_off_path(facts, program)
    if off_path:
        raise Decline(off_path)
    args = list(words[1:] if words and words[0] == program else words)
    script = _script_words(program_name(program), args)
    if script is None:
        return None
    shown = " ".join((program,) + tuple(args))
    dropped = {package_name(p) for p in detection.replay.dropped}
    package, _unread = script_package(detection, facts, program, args)
    if package is None:
        if dropped:
            raise Decline(f"`{shown}` runs a package.json script that is not read (give "
                          "--context with package.json in it): the programs it runs are "
                          f"unknown and the runner leaves out {', '.join(sorted(dropped)[:4])}"
                          " (the original keeps them at run time)")
        return None
    name = "start" if script[0] == "start" else (script[1] if len(script) > 1 else None)
    scripts = package.get("scripts") if isinstance(package.get("scripts"), dict) else {}
    body = scripts.get(name) if name else None
    if not isinstance(body, str):
        if name != "start":
            raise Decline(f"`{shown}`: package.json has no script {name!r}")
        body = "node server.js"  # npm's default start script
    for word in re.findall(r"[A-Za-z0-9@/._:-]+", body):
        used = program_name(word)
        if used in DEV_PROGRAMS or "dev-server" in word:
            raise Decline(f"`{shown}` runs `{body}` (package.json), which starts {used}, a "
                          "development server")
        if used in dropped or used in build_capture.TOOLCHAIN_PROGRAMS:
            raise Decline(f"`{shown}` runs `{body}` (package.json), which runs {used}: the "
                          "runner leaves it in the builder")
    return None


def _captured(facts: StageFacts, proven: bool, app: Optional[str],
              system_dir: Optional[str] = None, install_dir: Optional[str] = None):
    """The build in a capture window (``node_capture``) where the distribution's
    packages do not bring its Node (nvm, a tarball elsewhere than /usr/local, the
    builder image's own Node), or None: Node is the distribution's
    (``node_distribution`` carries it), or the builder's effects cannot be captured
    (whereupon ``node_distribution`` declines with its own reason).  ``app``: the
    directory the install ran in, copied whole unless it is a scratch tree in /tmp
    (what the build moved out of it is captured where it went).  ``system_dir``: why
    the install's directory (``install_dir``) cannot be copied whole (``npm install``
    in /opt): the capture then carries the build whatever brings its Node, and that
    directory's package.json is copied by name."""
    elsewhere = node_capture.node_elsewhere(facts, proven)
    language = node_capture.LANGUAGE if elsewhere else node_capture.IN_SYSTEM_DIR
    elsewhere = elsewhere or system_dir
    if elsewhere is None:
        return None
    from .python import RECIPE as PYTHON
    trees = ([app] if app and not app.startswith("/tmp/") else []) + \
        PYTHON._source_trees(facts, len(facts.instructions))
    carried = node_capture.CARRIED if language is node_capture.LANGUAGE else \
        "the capture carries what the build wrote there"
    try:
        return node_capture.capture_detection(
            facts, NAME, BUILD_ONLY_ENV - {"DEBIAN_FRONTEND"}, f"{elsewhere}: {carried}",
            trees, language, install_dir)
    except Decline as exc:
        raise Decline(f"{elsewhere}; {exc.reason}") from None


def _something_to_gain(detection: NodeDetection, facts: StageFacts) -> None:
    """Decline where the runner is the builder's very image (an image the data does not
    know, ``proven_family``) and would hold all the builder holds: only the packages left
    in the builder and the dev dependencies pruned there (as the command's checks left
    them: an unread ``npm start`` keeps them) make it smaller.  apt-transport-https does
    not count where https repositories are read: the runner installs it again
    (``node_distribution.https_prerequisites``)."""
    proof = proven_family.proven_unknown(facts)
    if proof is None:
        return
    saved = [p for p in detection.replay.dropped
             if not (detection.https_setup and p == "apt-transport-https")]
    if not saved and not detection.prune:
        raise Decline(f"{proof.text}, but the build installs no compiler, -dev package or "
                      "build tool the runner could leave out, and its dev dependencies are "
                      "not pruned: nothing to gain")


def _unread_script(program: str, detection: NodeDetection) -> NodeDetection:
    """A shell, a script or another program of the app (``./entrypoint.sh``) is the
    command: what it runs is not read, and it may run a dev dependency (grunt, nodemon)
    in one of its modes, so the dev dependencies stay."""
    return detection.keeping_dev_dependencies(
        f"the command runs `{program}`, not node or a package.json script: what it runs "
        "was not read, so it may need them")


#: npm commands that run a package.json script (``npm start`` is ``npm run start``)
_NPM_SCRIPT_COMMANDS = {"start", "restart", "stop", "test", "t", "tst"}
#: yarn / pnpm commands that are not scripts (``yarn serve`` runs the script serve)
_BUILTIN_COMMANDS = {"install", "i", "add", "remove", "upgrade", "up", "why", "info", "list",
                     "ls", "outdated", "audit", "cache", "config", "global", "bin", "exec",
                     "dlx", "node", "link", "unlink", "pack", "publish", "init", "create",
                     "version", "versions", "help", "licenses", "import", "check", "autoclean",
                     "generate-lock-entry", "login", "logout", "owner", "policies", "tag",
                     "team", "workspace", "workspaces", "set", "plugin", "prune", "store",
                     "rebuild", "dedupe", "patch", "env", "root"}


def package_json_dir(detection, facts: StageFacts) -> Optional[str]:
    """The directory whose package.json ``with_context`` reads: the capture's app tree
    at the final WORKDIR, else the install's system directory or the app directory."""
    if isinstance(detection, build_capture.CaptureDetection):
        return next((a.path for a in detection.artifacts if a.tree and
                     a.path == facts.final.workdir), None)
    return getattr(detection, "package_dir", None) or (
        detection.artifacts[0].path if detection.artifacts else None)


def script_package(detection, facts: StageFacts, manager: str, args):
    """(the package.json whose script ``npm start`` / ``npm --prefix x run y``
    (``args``: the words after the manager) runs, as read from the build context, or
    None; why it is not read where a directory option names another directory than
    the one read, else None): ``--prefix server`` runs server/package.json's script."""
    package = getattr(detection, "package_json", None)
    directory = package_directory(manager, args)[0]
    if package is None or directory is None:
        return package, None
    named = resolve_path(facts.final.workdir, directory)
    read = package_json_dir(detection, facts)
    if named is not None and read is not None and \
            posixpath.normpath(named) == posixpath.normpath(read):
        return package, None
    return None, (f"the package.json of {named or directory} (`{directory}` named by its "
                  f"directory option), not the one read ({read})")


def _script_words(manager: str, words):
    """The command's words in the shape ``_check_script`` reads (``["start"]`` or
    ``["run", name]``) when it runs a package.json script, else None: ``npm start``,
    ``npm run X`` / ``run-script X``, and yarn's and pnpm's shorthand ``yarn X``, which
    runs the script X as ``yarn run X`` does."""
    words = [w for w in package_directory(manager, words)[1] if not w.startswith("-")]
    if manager not in ("npm", "yarn", "pnpm") or not words:
        return None
    head = words[0]
    if head in ("run", "run-script"):
        return ["run"] + words[1:2]
    if head == "start":
        return ["start"]
    if manager == "npm":
        return ["run", head] if head in _NPM_SCRIPT_COMMANDS else None
    return None if head in _BUILTIN_COMMANDS else ["run", head]


_SEVERAL_TREES = ("dev dependencies kept in the runner (no prune): the installs run in "
                  "several trees under {app}, which is copied whole")


def _system_dir_installs(facts: StageFacts, found, first):
    """(the other installs, paths named in the system directory, that directory,
    problem) where the first install runs in a system or shared directory
    (``node_system_dir``).  ``named`` is None where that directory's paths are not
    looked at (the other installs run in another such directory): the reason stays the
    generic one."""
    directory = first.cwd
    rest = [(s, c) for s, c in found["install"] if s.cwd != directory]
    if any(s.cwd is None or s.cwd in interpreted.NOT_APP_DIRS for s, _ in rest):
        return found["install"], None, None, "two system directories"
    last = max(s.index for s, _ in found["install"] + found["build"])
    named, problem = node_system_dir.named_paths(facts, found, directory, last)
    return rest, named, directory, problem


def _modules_dir_run(directory: str) -> ast.Run:
    """The builder RUN making sure node_modules exists where the runner copies it by
    name (npm makes none for a package.json without dependencies)."""
    path = posixpath.join(directory, "node_modules")
    return ast.Run(keyword="RUN", command=ast.ShellForm(f"mkdir -p {path}"), leading=(
        ast.Comment(f"# {path} is copied by name: npm makes none without dependencies"),))


def _enclosing_app(app: str, installs):
    """(app directory, problem, prunable): the directory holding every install's
    node_modules.  An install in a sub-directory of the app (a workspace package) is
    inside it; one in a directory above (``npm install`` in src/lib, then in the app
    root) makes that directory the app, or the runner would miss the root's
    node_modules; installs in sibling trees (client/ and server/) make their common
    parent the app, copied whole, where no prune runs (the parent may have no
    package.json; the dev dependencies stay, which works either way)."""
    prunable = True
    for step, _ in installs[1:]:
        cwd = step.cwd
        what = f"`{' '.join(step.argv[:2])}`"
        if cwd is None:
            return app, f"{step.where}: the directory {what} runs in is unknown", False
        if is_within(cwd, app):
            continue
        outer = cwd if is_within(app, cwd) else \
            posixpath.commonpath([app, cwd])
        if outer != cwd:
            prunable = False
        _, why = interpreted.app_directory(outer, what)
        if why or outer == "/":
            return app, (f"{step.where}: {what} installs in {cwd}, apart from the app "
                         f"directory {app}, and the directory holding both is {outer}: "
                         "node_modules in two trees, of which the command's is not known"), \
                False
        app = outer
    return app, None, prunable


def _prune(found, facts: StageFacts, app: Optional[str], cmd, major: Optional[int]):
    """(builder additions, added, prune text): the RUN dropping dev dependencies at the
    end of the builder, unless every install already leaves them out."""
    production = all(c.production for _, c in found["install"]) or found["prune"]
    if production or not app:
        return (), (), None
    removed = _modules_removed(found, facts, app)
    if removed is not None:
        return (), (f"no prune: the RUN at {removed} removes {app}/node_modules after the "
                    "installs, so the original has no dependencies to prune (a prune would "
                    "install the production ones again)",), None
    mode = facts.final.env.get("NODE_ENV")
    if mode is not None and mode != "production":
        # the program runs in that mode (development tooling is commonly loaded there),
        # with every dependency in the original: pruning would break it when it does
        return (), (_dev_kept(f"the image sets NODE_ENV={mode}, so the program may load "
                              "them"),), None
    elsewhere = facts.final.workdir != app
    text = prune_command(cmd.manager, major, app if elsewhere else None) or \
        f"cd {app} && {prune_command(cmd.manager, major)}"  # (yarn: no --cwd)
    run = ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# only production dependencies reach the runner"),))
    return (run,), (Note(f"`{text}` at the end of the builder: dev dependencies stay in the "
                         "builder", PRUNE),), text


def _modules_removed(found, facts: StageFacts, app: str) -> Optional[str]:
    """Where (``line N``) a RUN removes the app's node_modules after the last install
    (``yarn build && rm -rf /dejavu/node_modules``: the build output is served without
    them), or None."""
    installs = {(s.index, tuple(s.written)) for s, _ in found["install"]}
    modules = posixpath.join(app, "node_modules")
    where = None
    for step in run_walk.steps(facts):
        if (step.index, tuple(step.argv)) in installs:
            where = None  # an install after the removal fills node_modules again
            continue
        if not step.argv or program_name(step.argv[0]) != "rm" or step.own_problem:
            continue
        flags = "".join(a[1:] for a in step.argv[1:] if a.startswith("-") and
                        not a.startswith("--"))
        if not set(flags) & set("rR") and "--recursive" not in step.argv:
            continue
        for word in step.argv[1:]:
            if word.startswith("-"):
                continue
            path = run_walk.path_arg(word, step)
            if path is not None and path.rstrip("/") == modules:
                where = step.where
    return where


def _provided(base, words, detection: NodeDetection, how: str, facts: StageFacts):
    """The runner's own node/npm/yarn (``how``), with ``npm start``'s script read from
    package.json."""
    script = _script_words(base, list(words[1:]))
    if script:
        detection = _check_script(words, script, detection,
                                  script_package(detection, facts, base, words[1:]))
    if base == "npx":
        detection = detection.with_messages(["npx downloads a package that is not "
                                             "installed: check the tool is a "
                                             "production dependency"])
    return Artifact(None, base, how, -1, provided=True), detection


def _system_program(base: str, facts) -> bool:
    """Whether a bare command name is no global install's link: a shell builtin
    (``CMD echo done``), a program every image has (``tail``), or the program of a
    package a RUN installs (supervisord of supervisor).  Taken for a global link, the
    builder's check that the link exists would fail the build."""
    from ..entry_programs import BUILTINS
    from ..runner_programs import CORE_PROGRAMS, packages_of
    if base in BUILTINS or base in CORE_PROGRAMS:
        return True
    names = set(packages_of(base))
    for step in interpreted.steps(facts):
        got = packages.read_install(step.argv) if step.argv else None
        if got is not None and names & {package_name(p) for p in got.packages}:
            return True
    return False


def _distribution_entry(program, words, facts, detection: NodeDetection):
    """On a same-image runner node, npm and the distribution's programs come from the
    packages installed again; a program of a global install from /usr/local (copied
    whole) or the /usr/bin links gathered in the builder, checked there so the build
    fails when the program is not one."""
    base = program_name(program)
    dropped = {package_name(p) for p in detection.replay.dropped}
    installed = {package_name(p) for p in detection.replay.install}
    if base in dropped:
        raise Decline(f"the command runs `{base}`, whose package stays in the builder as a "
                      "build tool")
    if base in ("node", "nodejs", "npm", "npx") or base in installed or \
            re.search(r"\.(c|m)?js$", program):
        # npm in the builder came with the packages installed again (Debian's npm,
        # NodeSource's nodejs, Alpine's npm) or is in /usr/local, copied whole
        return _provided(base, words, detection, "the distribution's package installed "
                         "again, or /usr/local copied whole", facts)
    shell = interpreted.provided_shell(program, facts)
    if shell is not None:
        return shell, detection
    from ..runner_programs import CORE_PROGRAMS
    if node_distribution.USR_BIN in detection.artifacts and "/" not in program and \
            base not in CORE_PROGRAMS:
        # (``tail`` in an entry script is the image's own: taken for a global install's
        # link, the builder's check would fail the build)
        into = node_distribution.USR_BIN.path
        check = f"{{ test -L {into}/{base} || test -e /usr/local/bin/{base}; }}"
        checked = tuple(global_links_run(base, "/usr/bin", into, check)
                        if a == global_links_run(bin_dir="/usr/bin", into=into) else a
                        for a in detection.builder_additions)
        return (Artifact(None, base, "a program of the global installs (npm install -g)",
                         -1, provided=True),
                dataclasses.replace(detection, builder_additions=checked))
    return None


def _check_script(words, script, detection: NodeDetection, read) -> NodeDetection:
    """``npm start`` / ``npm run X`` through package.json: the script must exist and
    must not start a development server (declined, as that command in CMD is).  When
    the script cannot be read, or runs a dev dependency (``cross-env``, webpack), the dev
    dependencies are kept: pruning on a guess breaks the app when the guess is wrong."""
    shown = " ".join(words)
    package, elsewhere = read  # (``script_package``)
    if package is None:
        return detection.keeping_dev_dependencies(
            f"`{shown}` runs a package.json script that could not be read ("
            + (elsewhere or "no build context given, or package.json not copied with "
               "`COPY . <dir>`") + "), so it may need them")
    name = "start" if script[0] == "start" else (script[1] if len(script) > 1 else None)
    scripts = package.get("scripts") if isinstance(package.get("scripts"), dict) else {}
    body = scripts.get(name) if name else None
    if not isinstance(body, str):
        if name == "start":
            body = "node server.js"  # npm's default start script
        else:
            raise Decline(f"`{shown}`: package.json has no script {name!r}")
    dev = package.get("devDependencies") if isinstance(package.get("devDependencies"), dict) else {}
    words_of_body = re.findall(r"[A-Za-z0-9@/._:-]+", body)
    for word in words_of_body:
        program = program_name(word)
        if program in DEV_PROGRAMS or "dev-server" in word:
            raise Decline(f"`{shown}` runs `{body}` (package.json), which starts {program}, a "
                          "development server")
    if any(program_name(w) in npm_upgrade.NPM_PROGRAMS for w in words_of_body):
        npm_upgrade.runs_replaced(detection, f"`{shown}` runs `{body}` (package.json), "
                                  "which runs npm")
    detection = detection.with_messages(added=[f"`{shown}` runs `{body}` (read from "
                                               "package.json)"])
    for word in words_of_body:
        program = program_name(word)
        if word in dev or program in dev:
            return detection.keeping_dev_dependencies(
                f"`{body}` runs {program}, a development dependency")
    return detection


def _system_pip_installs(facts: StageFacts) -> List[str]:
    """Problems: ``pip install docker-compose`` (or ``python setup.py install``,
    ``easy_install``) beside the Node build, on a Node image
    whose runner installs the OS packages again and copies the app: the Python
    packages pip put into the system's site-packages (and their programs) are neither
    copied nor installed there, while the program may run them."""
    out = []
    for step in interpreted.steps(facts):
        argv = step.argv
        if not argv:
            continue
        name = program_name(argv[0])
        if name.startswith("python") and argv[1:3] == ("-m", "pip"):
            name, argv = "pip", argv[2:]
        # (``setup.py install``'s programs run on the image's python3 too, which the
        # slim sibling lacks)
        kind = program_name(step.argv[0]) if re.fullmatch(r"pip[0-9.]*", name) and \
            "install" in argv[1:] else node_distribution.setup_install_kind(step.argv)
        if kind is not None:
            out.append(f"{step.where}: `{kind}` installs Python packages into the system, "
                       "which the Node runner would not have (it installs the OS packages "
                       "again and copies the app)")
    return out

