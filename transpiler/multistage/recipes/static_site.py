"""The static site recipe: a build that writes files (``npm run build`` of an SPA,
``hugo``, ``jekyll build``, ``mkdocs build``) and a CMD that only serves them
(``serve -s build``, ``http-server dist``, ``vite preview``, ``python -m http.server``).
The runner is ``nginx:alpine`` with the output in ``/usr/share/nginx/html``.

nginx replaces the original server, so it is done only when the CMD does nothing but
serve files that exist once built; a server that regenerates them at run time (``hugo
server``, ``jekyll serve``, ``mkdocs serve``, live-server) is declined.  Port mappings,
compose files and probes name the original's port, so nginx listens there (its server
block written for it, EXPOSE kept); a port the server reads from the environment
(``$PORT``) becomes a template the official image's entrypoint fills at start, with the
original's default.  Runs before the Node server recipe, which would otherwise ship the
whole app with node."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.state import resolve_path
from ...analysis.commands import command_words
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan
from . import interpreted
from .node import BUILD_ONLY_ENV, PACKAGE_MANAGER_ENV
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
SERVERS = {"serve": "", "http-server": "public", "static-server": ""}
#: servers that watch the files and reload or rebuild them: not a static site
REGENERATING = {"live-server": "live-server watches the files and reloads the browser",
                "hugo": "hugo server renders the site at run time",
                "jekyll": "jekyll serve builds and watches the site at run time",
                "mkdocs": "mkdocs serve builds and watches the site at run time",
                "browser-sync": "browser-sync watches the files"}
VALUE_FLAGS = {"-l", "--listen", "-p", "--port", "-c", "--config", "-a", "--address", "--bind",
               "-b", "--host", "-d", "--directory"}
#: where each server listens: (flags naming the port, default port, variable read from
#: the environment when no flag is given)
PORTS = {"serve": (("-l", "--listen", "-p", "--port"), "3000", "PORT"),
         "http-server": (("-p", "--port"), "8080", "PORT"),
         "static-server": (("-p", "--port"), "9080", None),
         "vite preview": (("--port",), "4173", None),
         "python -m http.server": ((), "8000", None)}
NGINX_CONF = "/etc/nginx/conf.d/default.conf"
#: the official image's entrypoint fills these with the environment before nginx starts
NGINX_TEMPLATES = "/etc/nginx/templates"


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
    if prog in ("hugo", "jekyll", "mkdocs") and any(w in ("server", "serve") for w in rest) or \
            prog in ("live-server", "browser-sync"):
        raise Decline(f"the command serves a site it regenerates at run time "
                      f"({REGENERATING[prog]}): nginx would serve a fixed copy")
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
    if prog in ("python", "python3") and rest[:2] == ["-m", "http.server"]:
        directory = _value(rest[2:], ("-d", "--directory"))
        return (directory or "."), "python -m http.server"
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
        port, variable = listening(words, how, facts)
        single = "-s" in words or "--single" in words or how.startswith(("vite", "npm", "yarn",
                                                                          "pnpm"))
        added = [f"nginx serves {chosen[0][0]} from {WEB_ROOT} instead of `{how}`, on the same "
                 f"port ({port}" + (f", or ${variable} when set at run time" if variable else "")
                 + ")"]
        if single:
            added.append("unknown paths answer with index.html, as the single-page app "
                         f"server did (`{how}`)")
        return dataclasses.replace(
            self._detection(facts, chosen, generated, node_builds), replaces_program=True,
            port=port, port_variable=variable, single_page=single, added=tuple(added))

    def _detection(self, facts, outputs, generated, node_builds):
        artifacts = [Artifact(posixpath.dirname(p), posixpath.basename(p), how, i, tree=True,
                              destination=WEB_ROOT) for p, how, i in outputs]
        indices = sorted({s.index for s, _ in generated} | {s.index for s, _ in node_builds})
        return SiteDetection(NAME, tuple(indices), tuple(artifacts), STATIC,
                             build_only_env=BUILD_ONLY_ENV | PACKAGE_MANAGER_ENV)

    def entry_for(self, program, words, facts, detection):
        if detection.replaces_program and detection.artifacts:
            return detection.artifacts[0], detection
        return None

    def plan_runner(self, detection: "SiteDetection", facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        """nginx's own command on the original's port, with ``--runtime`` too (any nginx
        image: the server block is written where every one reads it)."""
        replaced = dict(command=NGINX_CMD, expose=tuple(_ports(facts)) or None,
                        setup=server_block(detection),
                        allowed_changes=frozenset({"CMD", "ENTRYPOINT", "USER", "ENV",
                                                   "HEALTHCHECK"}))
        if runner is not None:
            return RunnerPlan(runner, "chosen with --runtime", **replaced)
        return RunnerPlan(RUNNER, "only files are served: a web server image, output in "
                          f"{WEB_ROOT}", **replaced)


def server_block(detection: "SiteDetection") -> Tuple[ast.Instruction, ...]:
    """The runner's instructions writing nginx's server block for the original's port
    (none when nginx's default block already is the same: port 80, no fallback).  A
    port read from the environment also gets a template, which the official image's
    entrypoint fills from the environment at start (``${PORT}``), and the variable its
    default."""
    port = detection.port or "80"
    if port == "80" and not detection.port_variable and not detection.single_page:
        return ()
    lines = ["server {", f"    listen {port};", "    location / {", f"        root {WEB_ROOT};",
             "        index index.html index.htm;"]
    if detection.single_page:
        lines.append("        try_files $uri $uri/ /index.html;")
    lines += ["    }", "}"]
    # double quotes with \$ (nginx's variables are not the shell's)
    quoted = " ".join('"' + line.replace("$", "\\$") + '"' for line in lines)
    text = f"printf '%s\\n' {quoted} > {NGINX_CONF}"
    out: List[ast.Instruction] = []
    if detection.port_variable:
        var = detection.port_variable
        text += (f" && mkdir -p {NGINX_TEMPLATES} && sed \"s/listen {port};/listen \\${{{var}}};/\" "
                 f"{NGINX_CONF} > {NGINX_TEMPLATES}/default.conf.template")
        out.append(ast.Env(keyword="ENV", pairs=(ast.KeyValue(var, port),)))
    out.append(ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment(f"# nginx listens on the original server's port ({port})"),)))
    return tuple(out)


def _value(args, flags) -> Optional[str]:
    """The value of the last of ``flags`` in ``args`` (``-p 8080``, ``--port=8080``)."""
    found = None
    for i, a in enumerate(args):
        for f in flags:
            if a == f and i + 1 < len(args):
                found = args[i + 1]
            elif a.startswith(f + "=") and f.startswith("--"):
                found = a.split("=", 1)[1]
    return found


def listening(words: Tuple[str, ...], how: str, facts: StageFacts) -> Tuple[str, Optional[str]]:
    """(port the original server listens on, variable of the environment that moves it
    at run time or None); declines when the port cannot be read."""
    key = "vite preview" if "preview" in how else how
    flags, default, variable = PORTS[key]
    args = list(words)
    if "--" in args and key == "vite preview":
        args = args[args.index("--") + 1:]
    if key == "python -m http.server":
        rest = args[args.index("http.server") + 1:] if "http.server" in args else []
        skip, positional = False, []
        for w in rest:
            if skip:
                skip = False
            elif w in VALUE_FLAGS:
                skip = True
            elif not w.startswith("-"):
                positional.append(w)
        value = positional[0] if positional else None
    else:
        value = _value(args, flags)
    env = facts.final.variables()
    if value is None:
        if variable and variable in env:
            value = env[variable]
        else:
            return default, variable
    ref = re.fullmatch(r"\$(\w+)|\$\{(\w+)\}", value)
    if ref:
        variable = ref.group(1) or ref.group(2)
        if variable not in env:
            raise Decline(f"the server's port comes from ${variable}, which the Dockerfile does "
                          "not set: nginx cannot be given the same port")
        value = env[variable]
    else:
        variable = None
    port = re.sub(r"^(tcp://)?([^:]*:)?", "", value) if not value.isdigit() else value
    if not port.isdigit():
        raise Decline(f"the server listens on {value!r} ({how}): not a port nginx can be "
                      "given")
    return port, variable


@dataclass(frozen=True)
class SiteDetection(Detection):
    #: where the original server listened, and the variable that moved it (None: fixed)
    port: Optional[str] = None
    port_variable: Optional[str] = None
    #: the original answered unknown paths with index.html (``serve -s``, vite preview)
    single_page: bool = False


RECIPE = StaticSiteRecipe()
