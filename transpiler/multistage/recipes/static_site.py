"""The static site recipe: a build that writes files (``npm run build`` of an SPA,
``hugo``, ``jekyll build``, ``mkdocs build``) and a CMD that only serves them
(``serve -s build``, ``http-server dist``, ``vite preview``, ``hugo server`` ...).
The runner is ``nginx:alpine`` with the output in ``/usr/share/nginx/html``.

This changes behaviour on purpose: the port becomes 80 and nginx replaces the
original server, so it is done only when the CMD does nothing but serve files, and
the report says so.  It must run before the Node server recipe, which would
otherwise ship the whole app with node."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.state import resolve_path
from ...analysis.commands import command_words
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan
from . import interpreted
from .node import BUILD_ONLY_ENV as NODE_ENV_KEYS
from .node import scan as node_scan
from .node_commands import DEV_SCRIPTS
from ...analysis.shell import program_name

NAME = "static-site"
RUNNER = "nginx:alpine"
WEB_ROOT = "/usr/share/nginx/html"
NGINX_CMD = ("nginx", "-g", "daemon off;")
STATIC = Linking(False)
#: generators: program -> (default output directory, flags naming the output)
GENERATORS = {"hugo": ("public", ("-d", "--destination")),
              "jekyll": ("_site", ("-d", "--destination")),
              "mkdocs": ("site", ("-d", "--site-dir"))}
#: where npm builds of the common frameworks write (CRA/Docusaurus, Vite/Vue, Next export)
NODE_OUTPUTS = ("build", "dist", "out")
#: servers that only serve a directory: program -> default directory ('' = required)
SERVERS = {"serve": "", "http-server": "public", "live-server": "", "static-server": ""}
VALUE_FLAGS = {"-l", "--listen", "-p", "--port", "-c", "--config", "-a", "--address"}


def _generator_builds(facts: StageFacts):
    """(Step, output directory) of hugo / jekyll build / mkdocs build commands."""
    out = []
    for step in interpreted.steps(facts):
        argv = list(step.argv)
        if argv[:2] == ["bundle", "exec"]:
            argv = argv[2:]
        if not argv:
            continue
        prog = program_name(argv[0])
        if prog not in GENERATORS:
            continue
        sub = [a for a in argv[1:] if not a.startswith("-")]
        if prog == "hugo" and sub and sub[0] in ("server", "serve", "new", "version", "mod"):
            continue
        if prog != "hugo" and sub[:1] != ["build"]:
            continue
        default, flags = GENERATORS[prog]
        target = default
        for i, a in enumerate(argv):
            for f in flags:
                if a == f and i + 1 < len(argv):
                    target = argv[i + 1]
                elif a.startswith(f + "="):
                    target = a.split("=", 1)[1]
        out.append((step, resolve_path(step.cwd, target) if step.cwd else None))
    return out


def served_directory(words: Tuple[str, ...]) -> Tuple[Optional[str], Optional[str]]:
    """(directory the CMD serves, relative to WORKDIR, or None; how) when the command
    only serves files; (None, None) when it does something else."""
    words = tuple(w for w in words)
    if words[:1] and program_name(words[0]) == "npx":
        words = tuple(w for w in words[1:] if w not in ("-y", "--yes"))
    if words[:2] == ("bundle", "exec"):
        words = words[2:]
    if not words:
        return None, None
    prog = program_name(words[0])
    rest = list(words[1:])
    if prog in SERVERS:
        args, skip = [], False
        for w in rest:
            if skip:
                skip = False
                continue
            if w in VALUE_FLAGS:
                skip = True
                continue
            if not w.startswith("-"):
                args.append(w)
        directory = args[0] if args else SERVERS[prog]
        return (directory or None), prog
    if prog == "vite" and rest[:1] == ["preview"]:
        return "dist", "vite preview"
    if prog in ("npm", "yarn", "pnpm"):
        script = [w for w in rest if not w.startswith("-")]
        if script[:2] in (["run", "preview"],) or script[:1] == ["preview"]:
            return "dist", f"{prog} run preview (vite preview)"
    if prog in ("hugo", "jekyll", "mkdocs") and any(w in ("server", "serve") for w in rest):
        return "", f"{prog} serve"
    if prog in ("python", "python3") and rest[:2] == ["-m", "http.server"]:
        extra = [w for w in rest[2:] if not w.startswith("-") and not w.isdigit()]
        return (extra[0] if extra else "."), "python -m http.server"
    return None, None


def _command(facts: StageFacts):
    node = None
    for fact in facts.instructions:
        if isinstance(fact.node, (ast.Cmd, ast.Entrypoint)) and fact.node.command is not None:
            if node is None or isinstance(fact.node, ast.Entrypoint) or \
                    not isinstance(node, ast.Entrypoint):
                node = fact.node
    if node is None:
        return None
    return command_words(node)[0]


def _ports(facts: StageFacts) -> List[str]:
    return [p for f in facts.instructions if isinstance(f.node, ast.Expose) for p in f.node.ports]


class StaticSiteRecipe(Recipe):
    name = NAME
    program_kind = "the web server"

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        generated = _generator_builds(facts)
        node = node_scan(facts)
        node_builds = [(s, c) for s, c in node["build"] if c.script not in DEV_SCRIPTS]
        if not generated and not node_builds:
            return None
        words = _command(facts)
        outputs: List[Tuple[str, str, int]] = []  # (path, how, index)
        for step, path in generated:
            if path:
                outputs.append((path, f"{program_name(step.argv[0])} output", step.index))
        for step, _ in node_builds:
            if step.cwd:
                for d in NODE_OUTPUTS:
                    outputs.append((posixpath.join(step.cwd, d), "npm build output", step.index))
        if words is None:
            # no command: the build is claimed with every candidate output (the entry
            # pass then declines for the missing CMD)
            return self._detection(facts, outputs, generated, node_builds)
        served, how = served_directory(words)
        if how is None:
            return None  # the command does more than serve files: not a static site
        final = facts.final.workdir
        if served == "" and generated:
            chosen = [o for o in outputs if not o[1].startswith("npm")][:1]
        else:
            target = resolve_path(final, served) if served and final else None
            chosen = [o for o in outputs if o[0] == target]
            if not chosen and target:
                # a folder inside a build output (Angular 17+: dist/<app>/browser)
                chosen = [(target, f"{how_} (the served folder inside it)", index)
                          for path, how_, index in outputs
                          if target.startswith(path.rstrip("/") + "/")][:1]
        if not chosen and final is None:
            raise Decline(f"the working directory of {facts.base.reference} is not known (no "
                          "WORKDIR, and the image is not in the table), so where the site is "
                          "built and served is unknown")
        if not chosen:
            raise Decline(f"the command serves {served or 'the working directory'} ({how}), "
                          "which is not a known build output directory")
        ports = _ports(facts)
        change = f"port {', '.join(ports) or 'of ' + how} -> 80" if ports != ["80"] else None
        warnings = []
        if change:
            warnings.append(f"behaviour change: the site is served on port 80 by nginx "
                            f"({change}); update port mappings")
        if node_builds and (how.startswith(("serve", "vite", "npm", "yarn", "pnpm")) or
                            "-s" in words or "--single" in words):
            warnings.append("a client-side router is likely (single-page app): nginx's "
                            "default config answers deep links with 404; add "
                            "`try_files $uri $uri/ /index.html;` to its location block")
        return dataclasses.replace(
            self._detection(facts, chosen, generated, node_builds), replaces_program=True,
            added=(f"nginx serves {chosen[0][0]} from {WEB_ROOT} instead of `{how}`",),
            warnings=tuple(warnings))

    def _detection(self, facts, outputs, generated, node_builds):
        artifacts = [Artifact(posixpath.dirname(p), posixpath.basename(p), how, i, tree=True,
                              destination=WEB_ROOT) for p, how, i in outputs]
        indices = sorted({s.index for s, _ in generated} | {s.index for s, _ in node_builds})
        return Detection(NAME, tuple(indices), tuple(artifacts), STATIC,
                         build_only_env=NODE_ENV_KEYS)

    def entry_for(self, program, words, facts, detection):
        if detection.replaces_program and detection.artifacts:
            return detection.artifacts[0], detection
        return None

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        """nginx's own command and port 80, with ``--runtime`` too (any nginx image)."""
        replaced = dict(command=NGINX_CMD, expose=("80",) if _ports(facts) else None,
                        allowed_changes=frozenset({"CMD", "ENTRYPOINT", "EXPOSE", "USER", "ENV",
                                                   "HEALTHCHECK"}))
        if runner is not None:
            return RunnerPlan(runner, "chosen with --runtime", **replaced)
        return RunnerPlan(RUNNER, "only files are served: a web server image, output in "
                          f"{WEB_ROOT}", **replaced)


RECIPE = StaticSiteRecipe()
