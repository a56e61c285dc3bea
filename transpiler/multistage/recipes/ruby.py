"""The Ruby recipe: ``bundle install`` and ``gem install`` on the official ruby images
(on plain Debian/Ubuntu images, with the distribution's ruby: ``ruby_capture``).

The official images set ``GEM_HOME=/usr/local/bundle`` (and ``BUNDLE_APP_CONFIG`` to the
same directory, older ones ``BUNDLE_PATH`` and ``BUNDLE_BIN`` too), so everything the
installs make lies there: the gems, their executables in ``bin/`` (first on the
image's PATH) and their compiled extensions, and the settings ``bundle install
--without``/``--path``/``--deployment`` write (``$BUNDLE_APP_CONFIG/config``).  The
runner is ``ruby:<same tag>-slim`` (the builder's own tag when it is already slim or
alpine), which has the same Ruby, RubyGems and bundler and the same environment; it
gets that directory whole at the same path, and the application's directory whole:
Ruby reads its sources at run time (Gemfile, Gemfile.lock, config/, app/, a
``vendor/bundle`` that ``--deployment`` or a relative ``--path`` fills).

Compiled extensions link libraries of the full image (nokogiri's libxml2 when not
vendored, pg's libpq, mysql2's libmysqlclient, sqlite3's libsqlite3): which ones is read
from the ELF files the builder copies (``full_image_libraries``), never from a list;
the runtime packages of the ``-dev`` packages the build installs are installed in the
runner (``interpreted.runner_packages``).

Declined: installs whose destination is not known (a variable path, ``--user-install``,
``gem update --system`` rewriting RubyGems itself), a ``make install`` beside them, and
commands that need the toolchain at run time (``bundle install``, ``gem install``, rake
tasks other than Rails' database/asset/cache ones, whose Rakefile may compile, jekyll
regenerating a site, foreman running a Procfile that is not read)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...analysis import StageFacts
from ...analysis.shell import option_value, program_name
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...knowledge.filesystem import PROGRAM_DIRS
from ...knowledge.references import split_reference
from ...knowledge.releases import DEBIAN
from ...tree import ast
from . import build_capture, home_venvs, interpreted, ruby_capture
from .artifacts import Artifact, match_artifact
from .base import Decline, Detection, Linking, first_problem
from .full_image_libraries import applies as full_image, with_full_image_libraries
from .runner_policy import version_matched
from .source_trees import copied_after
from ...analysis.paths import is_within, within_any

NAME = "ruby"
#: the programs the ruby images bring themselves (/usr/local/bin, or bundler in the
#: image's own GEM_HOME): the runner of the same tag has them
PROVIDED = {"ruby", "gem", "bundle", "bundler", "irb", "erb", "rake", "rdoc", "ri"}
NATIVE = Linking(True, ("compiled gem extensions are linked against the builder's C library",))
BUILD_ONLY_ENV = frozenset({"DEBIAN_FRONTEND", "BUNDLE_JOBS", "BUNDLE_RETRY",
                            "NOKOGIRI_USE_SYSTEM_LIBRARIES"})
#: programs of RUNs after the installs that are more build work in the app's
#: directory (``bundle exec rake assets:precompile``, ``bin/rails assets:precompile``,
#: the ``yarn install`` webpacker needs); a RUN of them and of ``_AROUND`` only is
#: build work: its COPYs before it go to the builder with it
BUILD_WORK = frozenset({"bundle", "bundler", "rake", "rails", "yarn", "npm"})
_AROUND = frozenset({"rm", "mkdir", "cp", "mv", "echo", "true", "cd", "touch", "ln"})
#: bundler subcommands that install or compile gems
_BUNDLE_INSTALLS = {"install", "update", "add", "pristine", "package", "pack", "cache"}
#: gem subcommands that install or compile gems
_GEM_INSTALLS = {"install", "i", "update", "build", "pristine", "compile"}
#: rake/rails tasks of Rails itself that compile nothing: the database, the assets
#: already precompiled or precompiled again with what the runner has, caches, job workers
_SAFE_TASK = re.compile(r"^(db|assets|tmp|log|cache|jobs|resque|sidekiq|data|"
                        r"ts|time|middleware|routes|stats|about|notes|secrets|"
                        r"credentials)(:[\w:-]+)?$|^environment$")
#: rails subcommands that run the application
_RAILS_RUNS = {"s", "server", "c", "console", "r", "runner", "db", "dbconsole"}
#: programs that build a static site at run time (static_site's own declines)
_SITE_BUILDERS = {"jekyll": "jekyll builds the site at run time (serve also watches and "
                            "rebuilds it)",
                  "nanoc": "nanoc compiles the site at run time"}
#: gems that use, at run time, what the full ruby image has (buildpack-deps) and its slim
#: sibling lacks, with nothing an ELF NEEDED entry shows: a program they run or a library
#: they load by name (FFI's dlopen).  Read from the app's Gemfile.lock when the build
#: context is given; the runner is then the builder's own image.
FULL_IMAGE_GEMS = {
    "mini_magick": "runs ImageMagick's convert/identify/mogrify",
    "paperclip": "runs ImageMagick's identify and convert",
    "kt-paperclip": "runs ImageMagick's identify and convert",
    "dragonfly": "runs ImageMagick's convert and identify",
    "rmagick": "loads ImageMagick's coders and configuration files at run time",
    "git": "runs the git program",
    "grit": "runs the git program",
    "ethon": "loads libcurl by name through FFI (no ELF NEEDED entry)",
    "ruby-vips": "loads libvips/libglib by name through FFI (no ELF NEEDED entry)",
}
_LOCKED_GEM = re.compile(r"^    ([A-Za-z0-9_.-]+) \(", re.M)
_TAG = re.compile(r"^(?P<v>\d+(\.\d+){0,2})(?P<variant>-slim)?"
                  r"(?P<rel>-(" + "|".join(DEBIAN) + "))?$")


@dataclass(frozen=True)
class RubyDetection(Detection):
    """``gem_home``: where the installs put gems and their executables (the image's
    GEM_HOME); ``bundle_path``: a tree ``--path``/``--deployment``/BUNDLE_PATH moved
    the gems to, whose ``ruby/*/bin`` ``bundle exec`` searches (None: GEM_HOME)."""

    gem_home: Optional[str] = None
    bundle_path: Optional[str] = None
    unknown_fill: Optional[str] = None
    #: (why, image path of the file) of a gemrc the build context gives, whose options
    #: (``install: --bindir``, ``gemhome:``) may move what ``gem install`` writes: read
    #: with ``--context``, else declined when the runner is planned
    gemrc: Optional[Tuple[str, str]] = None
    #: files of the app ``bundle exec`` starts that the build context shows are Ruby
    #: programs (a ``#!...ruby`` first line): their programs are Ruby's, not the shell's
    ruby_scripts: Tuple[str, ...] = ()
    #: the app's Gemfile.lock was read from the build context and locks no gem of
    #: ``FULL_IMAGE_GEMS``: only then may a full image's build get its slim sibling
    lock_read: bool = False


def _option(args, *names) -> Tuple[bool, Optional[str]]:
    """(given, value) of an option written ``--name value``, ``--name=value`` or, for a
    short one, ``-nvalue``; a following word that starts with ``-`` is the next option
    (``--binstubs -j4``: its value is left out)."""
    return option_value(args, *names, optional=True)


def _subcommand(argv) -> Tuple[str, List[str]]:
    """(subcommand, its arguments) of a ``bundle``/``gem`` command line; bundler's
    default command is install (``bundle``, ``bundle --jobs 4``)."""
    args = list(argv[1:])
    for i, a in enumerate(args):
        if not a.startswith("-"):
            return a, args[:i] + args[i + 1:]
        if "=" not in a and a in ("-j", "--jobs", "--retry", "--gemfile", "--path"):
            break  # an option's value before any subcommand: bundler's install
    return ("install" if program_name(argv[0]) in ("bundle", "bundler") else ""), args


class RubyRecipe(interpreted.InterpreterRecipe):
    name = NAME
    program_kind = "a Ruby program"
    image = "ruby"
    interpreter_version = ("RUBY_VERSION", 2, "Ruby")
    own_reason = "the builder's own image: the build tools it installs stay behind"
    slim_reason = ("same Ruby version and Debian release as the builder, slim variant "
                   "(compiled gem extensions need the same glibc and Ruby ABI)")
    unmatched = ("the builder tag ruby:{tag} does not show a Ruby version and Debian release "
                 "a runner can match")

    tag_pattern = _TAG

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        names = [program_name(w) for w in words]
        for i, name in enumerate(names):
            if name in _SITE_BUILDERS:
                return _SITE_BUILDERS[name]
            following = [w for w in words[i + 1:] if not w.startswith("-")][:1]
            if name in ("bundle", "bundler") and following and following[0] in _BUNDLE_INSTALLS \
                    or name == "gem" and following and following[0] in _GEM_INSTALLS:
                return (f"the command runs `{name} {following[0]}`, which installs gems at run "
                        "time with the compilers and -dev packages the runner leaves in the "
                        "builder")
            if name == "foreman" and following[:1] == ["start"]:
                return ("the command runs `foreman start`, which starts the Procfile's "
                        "commands; they are not read")
        return None

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        name, tag = split_reference(facts.base.reference)
        installs = [s for s in interpreted.steps(facts) if s.argv and _is_install(s.argv)]
        if not any(program_name(s.argv[0]) == "gem" or _subcommand(s.argv)[0] != "config"
                   for s in installs):
            return None  # (bundle config alone installs nothing)
        from .python import _build_step as python_install
        if any(python_install(s) for s in interpreted.steps(facts)):
            # pip beside the gems: the Python recipe's same-image runner carries what
            # both install (/usr/local whole), which a ruby slim runner would not
            return None
        if name != "ruby":
            # the distribution's ruby on a plain Debian/Ubuntu image: the gems land in
            # /var/lib/gems and /usr/local/bin, which the capture carries (ruby_capture)
            from .python import RECIPE as PYTHON
            return ruby_capture.capture_detection(
                facts, NAME, BUILD_ONLY_ENV - {"DEBIAN_FRONTEND"},
                "the gems the distribution's ruby installs are captured with what else "
                "the build wrote", PYTHON._source_trees(facts, len(facts.instructions)))
        problems: List[str] = []
        gem_home = facts.base.env.get("GEM_HOME")
        if "onbuild" in tag:
            problems.append(f"the builder {facts.base.reference} runs ONBUILD triggers (COPY, "
                            "bundle install) that the file does not show")
        trees: List[Tuple[str, str, int]] = []  # (path, how, index)
        files: List[Tuple[str, str, int]] = []
        bundle_path = None
        for step in installs:
            if step.own_problem:
                problems.append(f"{step.where}: `{' '.join(step.argv[:2])}` inside a shell "
                                f"construct the transpiler cannot follow ({step.own_problem})")
            home = step.env.get("GEM_HOME") or gem_home
            if not home or not home.startswith("/"):
                problems.append(f"{step.where}: {facts.base.reference} sets no GEM_HOME: the gems "
                                "go among Ruby's own files in /usr/local (lib/ruby/gems, bin), "
                                "which the runner has as its image made them")
                continue
            trees.append((home, "GEM_HOME: the gems, their executables and compiled "
                          "extensions, the bundler settings (BUNDLE_APP_CONFIG)", step.index))
            found = self._destinations(step, facts, problems)
            for kind, path, how in found:
                (files if kind == "file" else trees).append((path, how, step.index))
                if kind == "bundle_path":
                    bundle_path = path
        for step in interpreted.steps(facts):
            if not step.argv:
                continue
            argv = step.argv
            if program_name(argv[0]) == "gem" and argv[1:2] == ("update",) and \
                    "--system" in argv:
                problems.append(f"{step.where}: `gem update --system` rewrites RubyGems itself "
                                "in the image's /usr/local/lib/ruby, which the runner has as "
                                "its image made it")
        gemrc, moving = _gemrc(facts)
        problems.extend(moving)
        source_install = interpreted.source_install_step(facts)
        if source_install is not None:
            problems.append(f"{source_install.where}: `{' '.join(source_install.argv[:2])}` "
                            "beside the gem installs writes /usr/local, which the ruby runner "
                            "has only as its own image made it: the libraries and programs it "
                            "installed there would be missing")
        problems.extend(p for p in interpreted.foreign_installs(facts)
                        if "Ruby gems" not in p)
        indices = sorted({s.index for s in installs})
        last = max(indices)
        problems.extend(_local_writes(facts, {(s.index, s.argv) for s in installs}, gem_home))
        pkgs, _ = interpreted.packages_installed(facts, last + 1)
        from ...knowledge import packages as package_tables
        kept, _removed = package_tables.kept_installs(s.argv for s in interpreted.steps(facts))
        if ("slim" in tag or "alpine" in tag) and pkgs and not kept:
            problems.append(f"the builder is already {facts.base.reference} and removes every "
                            "package it installs again: a runner stage would save next to "
                            "nothing")
        if ("slim" in tag or "alpine" in tag) and not pkgs:
            problems.append(f"the builder is already {facts.base.reference} and installs no "
                            "build tools: a runner stage would save next to nothing")
        from .python import RECIPE as PYTHON, _unknown_fill, _unmapped_dev, _with_source_trees
        first_problem(problems)
        unmapped = _unmapped_dev(facts, pkgs)
        plugins = [p for p in unmapped if _PLUGIN_LIBRARIES.match(p)]
        if plugins:
            first_problem([f"the build installs {plugins[0]}, whose runtime package no table "
                           "names: its library loads coders and configuration files by path at "
                           "run time (ImageMagick's modules), which gathering the linked "
                           "libraries does not carry"])
        runtime, warnings, added = interpreted.runner_packages(facts, last + 1,
                                                               build_tools=frozenset(unmapped))
        runtime, added = interpreted.alpine_cxx_runtime(facts, pkgs, runtime, added,
                                                        "gem extensions")
        if ("slim" in tag or "alpine" in tag) and pkgs and set(pkgs) <= set(runtime):
            first_problem([f"the builder is already {facts.base.reference} and every package "
                           f"it installs ({', '.join(dict.fromkeys(pkgs))}) is needed at run "
                           "time: a runner stage would save next to nothing"])
        artifacts: List[Artifact] = []
        for path, how, index in trees:
            path = path.rstrip("/") or "/"
            if any(a.path == path for a in artifacts):
                continue
            artifacts.append(Artifact(posixpath.dirname(path), posixpath.basename(path), how,
                                      index, tree=True))
        apps = PYTHON._source_trees(facts, last + 1)
        for step in installs:  # the Gemfile's directory, where bundler writes .bundle/
            if step.cwd and step.cwd not in interpreted.NOT_APP_DIRS and \
                    not step.cwd.startswith(("/tmp/", "/var/tmp/")) and \
                    program_name(step.argv[0]) in ("bundle", "bundler") and \
                    not within_any(step.cwd, apps):
                apps.append(step.cwd)
        artifacts = _with_source_trees(artifacts, apps, last)
        for path, how, index in files:
            if not any(path.startswith(a.path.rstrip("/") + "/") for a in artifacts
                       if a.tree and a.path):
                artifacts.append(Artifact(posixpath.dirname(path), posixpath.basename(path),
                                          how, index))
        return with_full_image_libraries(RubyDetection(
            NAME, tuple(indices), tuple(artifacts), NATIVE, build_only_env=BUILD_ONLY_ENV,
            extra_build_indices=_build_work(facts, last), runtime_packages=runtime, warnings=warnings,
            added=added, gem_home=gem_home.rstrip("/") if gem_home else None,
            bundle_path=bundle_path, unknown_fill=_unknown_fill(facts, last + 1), gemrc=gemrc),
            facts, unmapped)

    def _destinations(self, step, facts: StageFacts, problems: List[str]):
        """(kind, path, how) of what one install writes besides GEM_HOME: kind "tree"
        (a directory copied whole), "bundle_path" (the same, where the gems now are) or
        "file"."""
        argv = list(step.argv)
        head = program_name(argv[0])
        sub, args = _subcommand(argv)
        out = []

        def where(value: str, what: str, base: Optional[str]) -> Optional[str]:
            if "$" in value or "`" in value:
                value = expand(value, step.env).value if expand(value, step.env).complete \
                    else None
            path = resolve_path(base, value) if value else None
            if path is None:
                problems.append(f"{step.where}: {what} names a directory that is not known")
            elif path in interpreted.NOT_APP_DIRS:
                problems.append(f"{step.where}: {what} is {path}, a system directory")
                path = None
            return path

        if head == "gem":
            if sub in ("install", "i", "update"):
                if "--user-install" in args:
                    problems.append(f"{step.where}: gem install --user-install puts the gems in "
                                    "the user's home, which is not followed")
                for opts, what in ((("--install-dir", "-i"), "--install-dir"),
                                   (("--bindir", "-n"), "--bindir")):
                    given, value = _option(args, *opts)
                    if given:
                        path = where(value or "", f"gem {sub} {what}", step.cwd)
                        if path:
                            out.append(("tree", path, f"gem {sub} {what}"))
            return out
        if sub == "config":
            local = "--local" in args
            if not local:
                user = facts.instructions[step.index].before.user
                home = home_venvs.home_of(facts, step)
                if home is None:
                    problems.append(f"{step.where}: `bundle config` writes the global settings "
                                    f"in the home of user {user}, which is not known")
                else:
                    out.append(("file", posixpath.join(home, ".bundle", "config"),
                                "the user's global bundler settings (bundle config)"))
            return out
        gemfile_given, gemfile = _option(args, "--gemfile")
        gemfile = gemfile or step.env.get("BUNDLE_GEMFILE")
        root = step.cwd
        if gemfile:
            path = where(gemfile, "--gemfile", step.cwd)
            root = posixpath.dirname(path) if path else None
        if root is None:
            problems.append(f"{step.where}: the directory `{head} {sub}` runs in is unknown")
            return out
        path_given, value = _option(args, "--path")
        env_path = step.env.get("BUNDLE_PATH")
        if path_given:
            path = where(value or "", "bundle install --path", root)
            if path:
                out.append(("bundle_path", path, "bundle install --path: the gems"))
        elif "--deployment" in args or step.env.get("BUNDLE_DEPLOYMENT", "").lower() in (
                "1", "true"):
            out.append(("bundle_path", posixpath.join(root, "vendor", "bundle"),
                        "bundle install --deployment: the gems in vendor/bundle"))
        elif env_path and env_path.rstrip("/") != (step.env.get("GEM_HOME") or "").rstrip("/"):
            if not env_path.startswith("/"):
                problems.append(f"{step.where}: BUNDLE_PATH={env_path} is relative: where "
                                "bundler puts the gems depends on the directory it resolves from")
            else:
                out.append(("bundle_path", env_path.rstrip("/"), "BUNDLE_PATH: the gems"))
        binstubs_given, value = _option(args, "--binstubs")
        if binstubs_given:
            path = where(value or "bin", "bundle install --binstubs", root)
            if path:
                out.append(("tree", path, "bundle install --binstubs"))
        app_config = step.env.get("BUNDLE_APP_CONFIG")
        if app_config and not app_config.startswith("/"):
            problems.append(f"{step.where}: BUNDLE_APP_CONFIG={app_config} is relative")
        elif app_config:
            out.append(("tree", app_config.rstrip("/"), "BUNDLE_APP_CONFIG: the bundler "
                        "settings the install wrote"))
        return out

    def with_context(self, detection, facts: StageFacts, project):
        """The app's Gemfile.lock from the build context: a gem that runs a program or
        loads a library of the full image by name (``FULL_IMAGE_GEMS``) makes the
        runner the builder's own image, which has them."""
        if isinstance(detection, build_capture.CaptureDetection):
            return detection
        if detection.gemrc is not None:
            text = project.read(posixpath.dirname(detection.gemrc[1]),
                                posixpath.basename(detection.gemrc[1]))
            if text is not None and not _GEMRC_MOVES.search(text):
                detection = dataclasses.replace(detection, gemrc=None)
        detection = _read_ruby_scripts(detection, facts, project)
        if not full_image(facts):
            return detection
        for art in detection.artifacts:
            if not art.tree or not art.path or art.path == detection.gem_home:
                continue
            text = project.read(art.path, "Gemfile.lock")
            if text is None:
                continue
            used = [g for g in _LOCKED_GEM.findall(text) if g in FULL_IMAGE_GEMS]
            detection = dataclasses.replace(detection, lock_read=not used)
            if used:
                from .full_image_libraries import on_full_image
                return on_full_image(detection, (
                    f"the Gemfile.lock in {art.path} locks {used[0]}, which "
                    f"{FULL_IMAGE_GEMS[used[0]]}: {facts.base.reference} has that and its "
                    "slim sibling does not"))
        return detection

    def plan_runner(self, detection, facts: StageFacts, runner: Optional[str] = None,
                    needs_shell: bool = False):
        if isinstance(detection, build_capture.CaptureDetection):
            return build_capture.plan(detection, runner)
        if getattr(detection, "unknown_fill", None):
            raise Decline(detection.unknown_fill)
        if getattr(detection, "gemrc", None):
            raise Decline(detection.gemrc[0])
        if runner is None and not detection.full_image and full_image(facts) and \
                not detection.lock_read:
            # Rails apps lock mini_magick/paperclip (ImageMagick's programs) or ethon
            # (libcurl through FFI) as often as not, and no ELF NEEDED entry shows them:
            # on the slim sibling they fail only when the feature is used
            raise Decline(f"the app's Gemfile.lock is not read (give --context with it): "
                          "its gems may run programs or load libraries by name that "
                          f"{facts.base.reference} has and its slim sibling lacks (ImageMagick "
                          "through mini_magick or paperclip, libcurl through ethon)")
        if runner is None and not detection.full_image:
            # (the slim sibling's case checks this in InterpreterRecipe; the builder's own
            # slim/alpine tag as the runner would stay on the argument's default too)
            version_matched(facts, "a ruby runner of the builder's Ruby version")
        return super().plan_runner(detection, facts, runner, needs_shell)

    def entry_for(self, program, words, facts, detection: "RubyDetection"):
        words = tuple(words)
        if isinstance(detection, build_capture.CaptureDetection):
            return self._captured_entry(program, words, facts, detection)
        if words and words[0] == program:
            words = words[1:]
        name = program_name(program)
        bins = ("/usr/local/bin", f"{detection.gem_home}/bin")
        if name in ("bundle", "bundler") and words[:1] == ("exec",) and \
                ("/" not in program or posixpath.dirname(program) in bins):
            inner = [w for w in words[1:] if not w.startswith("-")]
            if inner:
                self._bundled(inner[0], tuple(inner[1:]), facts, detection)
            return Artifact(None, name, "provided by the ruby image (bundle exec: the gems "
                            "and executables of GEM_HOME and the app's bundle, copied)", -1,
                            provided=True), detection
        self._check_task(name, words)
        if name == "ruby" and any(posixpath.basename(w) == "extconf.rb" for w in words):
            raise Decline("the command runs extconf.rb, which compiles an extension at run time "
                          "with the toolchain the runner leaves in the builder")
        held, how = match_artifact(program, facts.final.workdir, facts.final.path_dirs,
                                   [a for a in detection.artifacts if a.tree and a.certain
                                    and a.path != detection.gem_home])
        if held is not None and how == "exact" and "/" in program:
            return None  # a file of the app's directory (bin/rails, ./start.sh)
        copy = copied_after(facts, program, max(detection.build_indices, default=-1))
        if copy is not None:
            return Artifact(None, name, f"a file of the build context the runner copies itself "
                            f"({copy}, after the build)", -1, provided=True), detection
        if name in PROVIDED and ("/" not in program or program.startswith("/usr/local/bin/")):
            return Artifact(None, name, "provided by the ruby image", -1,
                            provided=True), detection
        shell = interpreted.provided_shell(program, facts)
        if shell is None:
            from .python import _kept_package_program
            shell = _kept_package_program(program, facts)
        if shell is not None:
            return shell, detection
        return self._gem_program(program, facts, detection)

    def _captured_entry(self, program, words, facts, detection):
        """On a capture runner (``ruby_capture``) the program is tested there after the
        captured files (None: the generic rule); what ``bundle exec`` starts is checked
        as the command is (a task that may compile, a script that is not read, a build
        tool the runner leaves out), and a file of the app it starts that is no ``.rb``
        source is declined as on a full image's slim sibling (its programs are not read:
        a CI runner's ``bin/setup_and_run`` runs the jobs' builds)."""
        build_capture.check_command(detection, program, words, facts)
        args = words[1:] if words and words[0] == program else words
        name = program_name(program)
        if name == "ruby" and any(posixpath.basename(w) == "extconf.rb" for w in args):
            raise Decline("the command runs extconf.rb, which compiles an extension at run time "
                          "with the toolchain the runner leaves in the builder")
        self._check_task(name, args)
        while name in ("bundle", "bundler") and args[:1] == ("exec",):
            inner = [w for w in args[1:] if not w.startswith("-")]
            if not inner:
                break
            build_capture.check_command(detection, inner[0], tuple(inner), facts)
            if "/" in inner[0] and not inner[0].endswith(".rb"):
                raise Decline(f"the command runs `bundle exec {inner[0]}`, a file of the app "
                              "that is not read (a shell script or a binstub): it may run the "
                              "build's tools, which the runner leaves in the builder")
            program, name, args = inner[0], program_name(inner[0]), tuple(inner[1:])
            self._check_task(name, args)
        return None

    def _bundled(self, program: str, words: Tuple[str, ...], facts, detection) -> None:
        """Declines what ``bundle exec`` starts when the runner may lack it: a task that
        may compile, a program of the full image, or a file of the app that is no Ruby
        source on a full image's slim sibling (a shell script's programs are not read)."""
        name = program_name(program)
        if name in ("bundle", "bundler") and words[:1] == ("exec",):
            inner = [w for w in words[1:] if not w.startswith("-")]
            if inner:
                self._bundled(inner[0], tuple(inner[1:]), facts, detection)
            return
        self._check_task(name, words)
        if "/" in program and full_image(facts) and not program.endswith(".rb") and \
                program not in detection.ruby_scripts:
            raise Decline(f"the command runs `bundle exec {program}`, a file of the app that is "
                          f"not read (a shell script or a binstub): it may run programs "
                          f"{facts.base.reference} has and its slim sibling lacks (curl, git, "
                          "ssh, gcc ...)")
        self._gem_program(program, facts, detection, through_bundler=True)

    def _check_task(self, name: str, words: Tuple[str, ...]) -> None:
        """Declines a rake/rails command whose tasks may compile (the Rakefile's own
        tasks, rake-compiler's ``compile``, a default task that is not known)."""
        if name not in ("rake", "rails"):
            return
        tasks = [w for w in words if not w.startswith("-") and "=" not in w]
        if name == "rails" and tasks and tasks[0] in _RAILS_RUNS:
            return
        if not tasks and name == "rails":
            return
        unsafe = [t for t in tasks if not _SAFE_TASK.match(t)] or ([] if tasks else ["(default)"])
        if unsafe:
            raise Decline(f"the command runs `{name} {unsafe[0]}`, a task of the app's Rakefile "
                          "that may compile or install with the toolchain the runner leaves in "
                          "the builder (only Rails' own db/assets/cache/jobs tasks are known "
                          "not to)")

    def _gem_program(self, program: str, facts, detection: "RubyDetection",
                     through_bundler: bool = False):
        """A program the command runs that the ruby image does not bring: a file of a
        copied tree (the app's, GEM_HOME's bin/), named by path or found on the PATH.
        The command's own copy of ``GEM_HOME/bin/<name>`` fails the build, not the
        container, when no gem made it; a program of the full image the slim runner
        lacks (``make``, ``git``) is declined."""
        name = program_name(program)
        if name in PROVIDED or name in ("sh", "bash"):
            return None
        if "/" in program:
            return None  # (a path: the generic match decides)
        from ..full_image_scripts import full_image_programs
        if full_image(facts) and name in full_image_programs():
            raise Decline(f"the command runs `{name}`, a program of the full image "
                          f"{facts.base.reference}, which its slim sibling (the runner) lacks")
        if detection.gem_home is None or through_bundler and detection.bundle_path:
            return None  # (bundle exec finds it in the moved bundle's bin/, copied whole)
        own = Artifact(detection.gem_home + "/bin", name, "an executable a gem installed in "
                       "GEM_HOME/bin", -1)
        return own, dataclasses.replace(detection, artifacts=detection.artifacts + (own,))


_RUBY_SHEBANG = re.compile(r"^#!\S*(\s+\S+)*?[/ ]ruby[0-9.]*\b")


def _read_ruby_scripts(detection: "RubyDetection", facts: StageFacts, project):
    """The detection with the files ``bundle exec`` starts in the final CMD/ENTRYPOINT
    (``bundle exec bin/server``) whose text in the build context opens with a Ruby
    ``#!`` line: they run Ruby, which the runner has, not a shell script's programs."""
    from ...analysis.commands import command_words
    workdir = facts.final.workdir
    found = []
    for node in facts.stage.body:
        if not isinstance(node, (ast.Cmd, ast.Entrypoint)):
            continue
        words, _ = command_words(node)
        for i, word in enumerate(words[:-2]):
            if program_name(word) in ("bundle", "bundler") and words[i + 1] == "exec" and \
                    "/" in words[i + 2]:
                path = resolve_path(workdir, words[i + 2])
                text = project.read(posixpath.dirname(path), posixpath.basename(path)) \
                    if path else None
                if text is not None and _RUBY_SHEBANG.match(text.splitlines()[0] if text else ""):
                    found.append(words[i + 2])
    return dataclasses.replace(detection, ruby_scripts=tuple(found)) if found else detection


#: -dev packages of libraries that load plugins and data by path (ImageMagick's coders
#: and delegates): their .so files alone, gathered for the slim runner, do not work
_PLUGIN_LIBRARIES = re.compile(r"^lib(magick|graphicsmagick)")


#: gemrc settings that move what ``gem install`` writes away from GEM_HOME
_GEMRC_MOVES = re.compile(r"--bindir|--install-dir|--user-install|--build-root|gemhome|gempath|"
                          r"gemdir|(^|\s)-[in]\b", re.I)


def _gemrc(facts: StageFacts):
    """(unread, problems): a gemrc (``~/.gemrc``, ``/etc/gemrc``, ``/usr/local/etc/gemrc``)
    the build writes sets options of every ``gem install``.  Written by a RUN, its text
    is in the RUN and is read (a move declines); copied from the build context, it is
    (why, path) for ``with_context`` to read."""
    from ..runtime_inputs import copy_target
    problems, unread = [], None
    for fact in facts.instructions:
        node = fact.node
        where = f"{node.name} at line {node.span.line if node.span else '?'}"
        if isinstance(node, ast.Run) and "gemrc" in str(getattr(node.command, "text", "")
                                                          or getattr(node.command, "args", "")):
            text = str(getattr(node.command, "text", "") or getattr(node.command, "args", ""))
            if _GEMRC_MOVES.search(text):
                problems.append(f"{where} writes a gemrc whose options move what gem install "
                                "writes (--bindir, --install-dir, gemhome): not followed")
        elif isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
            target = copy_target(node, fact)
            names = [posixpath.basename(src.rstrip("/")) for src in node.sources]
            hit = [n for n in names if n in (".gemrc", "gemrc")]
            if target and (posixpath.basename(target.rstrip("/")) in (".gemrc", "gemrc") or hit):
                path = target if posixpath.basename(target.rstrip("/")) in (".gemrc", "gemrc") \
                    else posixpath.join(target, hit[0])
                unread = (f"{where} puts {path}, a gemrc of the build context, whose options "
                          "may move what gem install writes (--bindir, --install-dir, gemhome); "
                          "give --context to have it read", path)
    return unread, problems


#: programs that put files at a path their arguments name
_WRITERS = {"mv", "cp", "install", "ln", "tar", "unzip", "curl", "wget"}


def _local_writes(facts: StageFacts, installs, gem_home: Optional[str]) -> List[str]:
    """Problems: a command other than the installs (``installs``: their (index, argv))
    that puts files in a directory of the PATH or under /usr/local outside
    GEM_HOME (a node tarball unpacked there, ``mv phantomjs /usr/local/bin/``, ``npm
    install -g``): programs the app may run (execjs needs a JavaScript runtime when
    Rails boots), which the runner, given only GEM_HOME and the app, would lack.  A
    file put straight into a system PATH directory (``curl -o /usr/local/bin/x``) is
    ``path_programs``': the runner gets it, or the rewrite declines naming it."""
    out = []
    bundle = (gem_home or "/usr/local/bundle").rstrip("/")
    # /usr/local, and the PATH's directories (a program put in /usr/bin by hand)
    roots = {"/usr/local"} | {d.rstrip("/") for d in facts.final.path_dirs
                              if d.startswith("/") and d.rstrip("/")}
    for step in interpreted.steps(facts):
        if (step.index, step.argv) in installs or not step.argv:
            continue
        name = program_name(step.argv[0])
        if name in ("npm", "yarn") and ("-g" in step.argv or "--global" in step.argv or
                                        step.argv[1:2] == ("global",)):
            out.append(f"{step.where}: `{name}` installs packages globally (under /usr/local), "
                       "which the runner would not have")
            continue
        if name not in _WRITERS:
            continue
        for word in step.argv[1:]:
            path = word.split("=", 1)[-1] if word.startswith("-") else word
            if posixpath.dirname(path.rstrip("/")) in PROGRAM_DIRS:
                continue  # a program put on the PATH by hand: path_programs carries it
            if within_any(path, roots) and \
                    not is_within(path, bundle):
                out.append(f"{step.where}: `{name}` writes {path} in the builder, outside what "
                           "the runner copies (GEM_HOME and the app): a program the app may "
                           "run there would be missing")
                break
    return out


def _build_work(facts: StageFacts, last: int) -> Tuple[int, ...]:
    """The indices of the RUNs after the installs (index ``last``) that are more build
    work in the app's directory (``bundle exec rake assets:precompile``): they stay in
    the builder, and so do the context copies before them (the sources the task
    reads).  A global npm/yarn install is not: it writes outside the copied trees."""
    by_index = {}
    for step in interpreted.steps(facts):
        if step.index > last and step.argv:
            by_index.setdefault(step.index, []).append(step)
    out = []
    for index, steps_ in sorted(by_index.items()):
        names = [program_name(s.argv[0]) for s in steps_]
        if any(n in BUILD_WORK for n in names) and all(n in BUILD_WORK | _AROUND for n in names) \
                and not any(s.complex or "-g" in s.argv or "--global" in s.argv or
                            s.argv[1:2] == ("global",) or _installs_at_build(s.argv)
                            for s in steps_):
            out.append(index)
    return tuple(out)


def _installs_at_build(argv) -> bool:
    """``bundle install`` and the like (read as installs, not as later build work)."""
    return _is_install(argv)


def _is_install(argv) -> bool:
    head = program_name(argv[0])
    if head in ("bundle", "bundler"):
        sub, args = _subcommand(argv)
        return sub in ("install", "update", "config") and \
            not (sub == "config" and _config_reads(args))
    if head == "gem":
        sub, _ = _subcommand(argv)
        return sub in ("install", "i", "update")
    return False


def _config_reads(args) -> bool:
    """Whether ``bundle config ...`` only reads (``bundle config``, ``bundle config
    get NAME``, ``bundle config NAME``): no file is written.  A value may look like an
    option (``bundle config build.nokogiri --use-system-libraries``)."""
    words = [a for a in args if a not in ("--local", "--global", "--parseable")]
    if "--delete" in words or words[:1] in (["set"], ["unset"]):
        return False
    return words[:1] in (["get"], ["list"]) or len(words) < 2


RECIPE = RubyRecipe()
