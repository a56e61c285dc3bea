"""The .NET recipe: ``dotnet publish`` (``-c``, ``-o``, ``-r``, ``-f``,
``--self-contained``, ``-p:PublishAot=true``, ``-p:PublishSingleFile=true``) and the
runner image of the SDK's own tag.

- framework-dependent output runs with ``dotnet X.dll`` on ``aspnet``, which runs web
  and console apps alike: whether an app uses ASP.NET Core is not visible in the
  Dockerfile, and a web app on the console ``runtime`` image fails to start;
- self-contained, single-file and AOT output runs on ``runtime-deps``;
- the publish directory is copied to the same absolute path (``-o`` resolved against
  the WORKDIR, else ``bin/<Configuration>/<tfm>/[<rid>/]publish`` of the project,
  which the CMD/ENTRYPOINT path decides when ``-f`` is not given);
- on Alpine the SDK image has ICU and runs with globalization on, the runtime images
  do not: ``icu-libs`` and ``DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false`` keep the
  behaviour;
- the app gets the SDK image's environment: where the runner image sets another value
  of a variable the app, the .NET host or ASP.NET Core reads, or none, an ENV gives it
  the SDK image's (``ASPNETCORE_URLS=`` where core/sdk:3.1 set none and aspnet:3.1 sets
  ``http://+:80``, as the 5.0 to 7.0 SDK images unset it themselves: the app keeps
  Kestrel's default address; ``DOTNET_USE_POLLING_FILE_WATCHER``, ``LANG``...);
- the signs of a web app (for the report) are the Dockerfile's, never the image's
  ASPNETCORE_* defaults;
- .NET 8+ images listen on 8080 (``ASPNETCORE_HTTP_PORTS``): an ``EXPOSE 80`` is
  called out unless the Dockerfile's own ENV sets the port (the SDK image behaved the
  same, so nothing changes, but the port is probably wrong)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...knowledge.images import image_facts, language_version
from ...knowledge.references import split_reference
from ...analysis.state import resolve_path
from ..runner_setup import run_node
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, first_problem
from .run_walk import path_arg, steps
from ...analysis.shell import program_name

NAME = "dotnet"
BUILD_ONLY_ENV = frozenset({"DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE",
                            "DOTNET_NOLOGO", "NUGET_XMLDOC_MODE", "NUGET_PACKAGES",
                            "DEBIAN_FRONTEND", "BUILD_CONFIGURATION", "CONFIGURATION"})
#: variables the .NET images set that the running app does not read: the images'
#: descriptions of themselves (versions, download addresses, the app user's id) and the
#: settings of the SDK's own tools (NuGet, MSBuild, PowerShell, the CLI's first run).
#: Every other variable in which the runner image differs from the SDK image (image
#: data: ASPNETCORE_URLS, DOTNET_RUNNING_IN_CONTAINER, DOTNET_USE_POLLING_FILE_WATCHER,
#: DOTNET_ROLL_FORWARD, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, LANG, LC_ALL,
#: Logging__Console__FormatterName) is read by the app, the .NET host or ASP.NET Core:
#: the runner gets the SDK image's value (``_sdk_env``)
IMAGE_ONLY_ENV = frozenset({
    "PATH", "APP_UID", "DOTNET_VERSION", "ASPNET_VERSION", "ASPNETCORE_VERSION",
    "DOTNET_SDK_VERSION", "DOTNET_DOWNLOAD_URL", "DOTNET_DOWNLOAD_SHA",
    "DOTNET_SDK_DOWNLOAD_URL", "DOTNET_SDK_DOWNLOAD_SHA", "POWERSHELL_VERSION",
    "POWERSHELL_DISTRIBUTION_CHANNEL", "NUGET_XMLDOC_MODE", "DOTNET_GENERATE_ASPNET_CERTIFICATE",
    "DOTNET_NOLOGO", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "RestoreUseSkipNonexistentTargets"})
#: variables whose empty value ASP.NET Core reads as not set (GenericWebHostService and
#: WebHost take the URLs only when ``!string.IsNullOrEmpty``, the ports split with
#: RemoveEmptyEntries; the SDK images themselves unset the aspnet image's
#: ASPNETCORE_URLS with ``ENV ASPNETCORE_URLS=``): an ENV can unset them in the runner
EMPTY_IS_UNSET = frozenset({"ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"})
#: what each variable the runner image changes does to the app, for the report
_EFFECT = {
    "ASPNETCORE_URLS": "the addresses Kestrel listens on",
    "ASPNETCORE_HTTP_PORTS": "the ports Kestrel listens on",
    "ASPNETCORE_HTTPS_PORTS": "the ports Kestrel listens on",
    "DOTNET_USE_POLLING_FILE_WATCHER": "file watchers poll for changes rather than use inotify",
    "DOTNET_ROLL_FORWARD": "which installed runtime the host runs the app on",
    "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "culture data",
    "LANG": "the current culture", "LC_ALL": "the current culture",
    "Logging__Console__FormatterName": "the console log format",
}
_VALUE = {"-c": "c", "--configuration": "c", "-o": "o", "--output": "o", "-r": "r",
          "--runtime": "r", "-f": "f", "--framework": "f", "-a": "a", "--arch": "a",
          "--os": "os", "-v": "v", "--verbosity": "v", "--source": "s", "-s": "s"}
_TRUE = ("true", "1", "")


def _read(args: Tuple[str, ...]):
    flags, props, rest = {}, {}, []
    i = 0
    while i < len(args):
        word = args[i]
        name, eq, value = word.partition("=")
        if name in _VALUE:
            if not eq:
                value = args[i + 1] if i + 1 < len(args) else ""
                i += 1
            flags[_VALUE[name]] = value
        elif re.match(r"^[-/]p(roperty)?:", word, re.I):
            for prop in word.split(":", 1)[1].split(";"):
                k, _, v = prop.partition("=")
                props[k.lower()] = v.lower()
        elif word in ("--self-contained", "--sc"):
            nxt = args[i + 1].lower() if i + 1 < len(args) else ""
            if nxt in ("true", "false"):
                flags["sc"] = nxt
                i += 1
            else:
                flags["sc"] = "true"
        elif word.startswith("--self-contained=") or word.startswith("--sc="):
            flags["sc"] = value.lower()
        elif word == "--no-self-contained":
            flags["sc"] = "false"
        elif not word.startswith("-"):
            rest.append(word)
        i += 1
    return flags, props, rest


@dataclass(frozen=True)
class DotnetDetection(Detection):
    #: per ``dotnet publish``: whether its output brings its own runtime
    self_contained: Tuple[bool, ...] = ()
    #: (bin/<configuration> directory, how, index) of publishes whose target framework
    #: only the command's path shows
    pending: Tuple[Tuple[str, str, int], ...] = ()


def _forced_runtime_version(facts: StageFacts, runner: str) -> None:
    """Declines where ``--runtime`` names an image whose .NET runtime the data shows is
    of another major, or an older minor, than the SDK image's: the original runs the
    framework-dependent app on the SDK image's own runtime, and the host rolls an app
    forward to a newer minor of its major only by default (``RollForward``, in the
    project file, is not read)."""
    built = language_version(facts.base, "DOTNET_VERSION")
    has = language_version(image_facts(runner), "DOTNET_VERSION")
    if not built or not has:
        return
    major, minor = map(int, built.split("."))
    runs_major, runs_minor = map(int, has.split("."))
    if runs_major != major or runs_minor < minor:
        raise Decline(f"--runtime {runner} has .NET {has}, and the original runs the app on "
                      f"the .NET {built} runtime of {facts.base.reference}: a framework-"
                      "dependent app rolls forward to a newer minor of its major only")


class DotnetRecipe(Recipe):
    name = NAME
    program_kind = "a .NET program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        if len(words) >= 2 and program_name(words[0]) == "dotnet" and \
                words[1] in ("run", "watch", "test", "build", "publish", "ef"):
            return f"the command runs `dotnet {words[1]}`, which needs the .NET SDK at run time"
        return None

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        artifacts: List[Artifact] = []
        build, extra, problems = [], [], []
        self_contained: List[bool] = []
        pending: List[Tuple[str, str, int]] = []
        for step in steps(facts):
            argv = step.argv
            if program_name(argv[0]) != "dotnet" or len(argv) < 2:
                continue
            extra.append(step.index)
            if argv[1] != "publish":
                continue
            build.append(step.index)
            if step.problem:
                problems.append(f"{step.where}: dotnet publish inside a shell construct the "
                                f"transpiler cannot follow ({step.problem})")
                continue
            flags, props, rest = _read(argv[2:])
            aot = props.get("publishaot") in _TRUE[:2]
            sc = aot or flags.get("sc") == "true" or props.get("selfcontained") in _TRUE[:2] or \
                ("r" in flags and flags.get("sc") != "false" and
                 props.get("selfcontained") != "false" and
                 props.get("publishsinglefile") in _TRUE[:2])
            self_contained.append(sc)
            how = f"{step.where}: dotnet publish"
            if "o" in flags:
                out = path_arg(flags["o"], step)
                if out is None:
                    problems.append(f"{how} -o {flags['o']}: the output directory is not known")
                    continue
                artifacts.append(Artifact(posixpath.dirname(out), posixpath.basename(out),
                                          f"{how} -o {flags['o']}", step.index, True, tree=True))
                continue
            project = rest[0] if rest else "."
            proj = path_arg(project, step)
            if proj is None:
                problems.append(f"{how}: the project directory is not known")
                continue
            if proj.endswith((".csproj", ".fsproj", ".vbproj", ".sln")):
                proj = posixpath.dirname(proj)
            config = flags.get("c", "Release" if sc else "Debug")
            base = posixpath.join(proj, "bin", config)
            if "$" in config:
                problems.append(f"{how} -c {config}: the configuration is not known")
                continue
            if "f" in flags:
                parts = [base, flags["f"]] + ([flags["r"]] if "r" in flags else []) + ["publish"]
                out = posixpath.join(*parts)
                artifacts.append(Artifact(posixpath.dirname(out), "publish", how, step.index,
                                          True, tree=True))
            else:
                # the target framework is in the project file: the command's path decides;
                # the uncertain tree lets the post-conditions accept any publish dir below
                pending.append((base, how, step.index))
                artifacts.append(Artifact(posixpath.dirname(base), posixpath.basename(base),
                                          how + " (bin/<configuration>/<tfm>/publish)",
                                          step.index, False, tree=True))
        if not build:
            return None
        first_problem(problems)
        linking = Linking(True, ("the .NET runtime needs the builder's C library",))
        return DotnetDetection(NAME, tuple(build), tuple(artifacts), linking,
                               build_only_env=BUILD_ONLY_ENV, extra_build_indices=tuple(extra),
                               self_contained=tuple(self_contained), pending=tuple(pending))

    def entry_for(self, program, words, facts: StageFacts, detection: DotnetDetection):
        """``dotnet App.dll`` (the runner provides dotnet) or a path into a publish
        directory whose target framework only the command shows."""
        final = facts.final
        if program_name(program) == "dotnet":
            if len(words) < 2 or not words[1].endswith(".dll"):
                raise Decline("`dotnet` without an application .dll: what it runs is not known")
            target = resolve_path(final.workdir, words[1])
            owned = self._owner(target, detection)
            if owned is None:
                raise Decline(f"{words[1]} is not in a directory dotnet publish writes")
            owner, detection = owned
            return Artifact("/usr/bin", "dotnet", "the runner image's dotnet", owner.index,
                            True, provided=True), detection
        target = resolve_path(final.workdir, program) if "/" in program else None
        return self._owner(target, detection) if target else None

    @staticmethod
    def _owner(target: Optional[str], detection: DotnetDetection):
        """(the publish tree holding ``target``, the detection with it) or None."""
        if target is None:
            return None
        for art in detection.artifacts:
            if art.tree and art.certain and art.path and \
                    target.startswith(art.path.rstrip("/") + "/"):
                return art, detection
        for base, how, index in detection.pending:
            rest = target[len(base) + 1:] if target.startswith(base + "/") else ""
            parts = rest.split("/")
            if "publish" in parts[1:3]:
                out = posixpath.join(base, *parts[:parts.index("publish") + 1])
                art = Artifact(posixpath.dirname(out), "publish", how + f" (into {out})",
                               index, True, tree=True)
                return art, dataclasses.replace(detection, artifacts=detection.artifacts + (art,))
        return None

    def plan_runner(self, detection: DotnetDetection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        name, tag = split_reference(facts.base.reference)
        env = facts.final.env
        m = re.match(r"^(\d+)\.(\d+)", tag)
        if runner is not None:
            if not (detection.self_contained and all(detection.self_contained)):
                _forced_runtime_version(facts, runner)
            setup, added = self._sdk_env(facts, runner, *self._icu(env, runner))
            return RunnerPlan(runner, "chosen with --runtime", setup, added=added,
                              warnings=self._port_note(facts.stage.body, _own_env(facts), m))
        if "dotnet-sdk" not in facts.base.tools:
            raise Decline(f"dotnet publish on {facts.base.reference}: the matching runtime "
                          "image is not known (build on mcr.microsoft.com/dotnet/sdk or pass "
                          "--runtime)")
        if not m:
            raise Decline(f"the SDK tag {facts.base.reference} does not show the .NET version; "
                          "pin one (e.g. mcr.microsoft.com/dotnet/sdk:8.0)")
        body = facts.stage.body
        own = _own_env(facts)
        words = " ".join(getattr(n.command, "text", "") or " ".join(getattr(n.command, "args", ()))
                         for n in body if isinstance(n, (ast.Cmd, ast.Entrypoint)) and n.command)
        web = [why for why, ok in (
            ("EXPOSE", any(isinstance(n, ast.Expose) for n in body)),
            # (the Dockerfile's own ENV: every .NET 5+ image sets ASPNETCORE_URLS or
            # ASPNETCORE_HTTP_PORTS, console apps' too)
            ("ASPNETCORE_* environment", any(k.startswith("ASPNETCORE_") for k in own)),
            ("--urls", "--urls" in words)) if ok]
        warnings: Tuple[str, ...] = ()
        if detection.self_contained and all(detection.self_contained):
            flavour, why = "runtime-deps", "self-contained/AOT output brings its own runtime"
        elif web:
            flavour, why = "aspnet", "web app (" + ", ".join(web) + ")"
        else:
            # the console `runtime` image lacks ASP.NET Core, and a web app can show no
            # sign of itself in the Dockerfile: aspnet runs console and web apps alike
            flavour, why = "aspnet", ("no sign of a web app (EXPOSE, ASPNETCORE_*, --urls), "
                                      "and aspnet runs console apps too")
            console = self._image(name, tag, "runtime")
            warnings = ("no sign of ASP.NET Core: the runner is the aspnet image, which also "
                        "runs console apps; pass --runtime " +
                        (console or "<the runtime image of this .NET version>") +
                        " for a smaller one if this is a console app",)
        image = self._image(name, tag, flavour)
        if image is None:
            raise Decline(f"no {flavour} image is known for {facts.base.reference}")
        if facts.base.current is not None and image_facts(image).current is None:
            # the data knows the SDK tag, and no such runtime tag was ever published
            # (microsoft/dotnet:1.1 had no aspnetcore-runtime tag)
            raise Decline(f"no {image} image was published (image data of "
                          f"{facts.base.data_date}): the {flavour} runtime of "
                          f"{facts.base.reference} is not known; pass --runtime")
        setup, added = self._sdk_env(facts, image, *self._icu(env, image))
        return RunnerPlan(image, f"{why}: {flavour} image of the SDK's tag ({tag})", setup,
                          added=added, warnings=warnings + self._port_note(body, own, m))

    @staticmethod
    def _image(name: str, tag: str, flavour: str) -> Optional[str]:
        if name == "microsoft/dotnet":
            m = re.match(r"^(\d+\.\d+)-sdk$", tag)
            if not m:
                return None
            kind = {"aspnet": "aspnetcore-runtime", "runtime": "runtime",
                    "runtime-deps": "runtime-deps"}[flavour]
            return f"microsoft/dotnet:{m.group(1)}-{kind}"
        return name.rsplit("/", 1)[0] + f"/{flavour}:{tag}"

    @staticmethod
    def _port_note(body, own, version) -> Tuple[str, ...]:
        """The note on ``EXPOSE 80`` of a .NET 8+ app that no ENV of the Dockerfile
        (``own``: the image's ASPNETCORE_HTTP_PORTS=8080 is the default in question)
        moves off 8080."""
        ports = [p.split("/")[0] for n in body if isinstance(n, ast.Expose) for p in n.ports]
        configured = any(k in own for k in ("ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS",
                                             "HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"))
        if version and int(version.group(1)) >= 8 and "80" in ports and not configured:
            return (".NET 8+ images listen on port 8080 (ASPNETCORE_HTTP_PORTS=8080), not 80: "
                    "EXPOSE 80 is kept as written, but the app answers on 8080 unless "
                    "ASPNETCORE_HTTP_PORTS=80 (or ASPNETCORE_URLS) is set",)
        return ()

    @staticmethod
    def _sdk_env(facts: StageFacts, runner: str, setup, added):
        """(setup, added) with an ENV giving the app the SDK image's value of every
        variable the app reads (all but ``IMAGE_ONLY_ENV``) that the runner image sets
        otherwise or not at all, and that neither the stage nor ``setup`` sets: the empty
        value where the SDK image did not set one the runner does (``EMPTY_IS_UNSET``;
        another such variable cannot be unset by an ENV, and declines)."""
        own = set(_own_env(facts))
        own.update(p.key for n in setup if isinstance(n, ast.Env) for p in n.pairs)
        ours = facts.base.env or {}
        theirs = image_facts(runner).env if image_facts(runner).known else {}
        pairs, changed = [], []
        for k in sorted(set(ours) | set(theirs)):
            if k in IMAGE_ONLY_ENV or k in own or ours.get(k) == theirs.get(k):
                continue
            if k not in ours and k not in EMPTY_IS_UNSET:
                raise Decline(f"{runner} sets {k}={theirs[k]}, which {facts.base.reference} "
                              "does not and the app may read; an ENV cannot unset it")
            pairs.append((k, ours.get(k, "")))
            was = f"sets {k}={theirs[k]}" if k in theirs else f"does not set {k}"
            changed.append(was + (f" ({_EFFECT[k]})" if k in _EFFECT else ""))
        if not pairs:
            return setup, added
        shown = " ".join(f"{k}={v}" for k, v in pairs)
        unset = [k for k, v in pairs if k not in ours]
        empty = [k for k, v in pairs if not v and k in EMPTY_IS_UNSET]
        comment = f"# the SDK image's {shown}, which the app ran with" if not unset else \
            ("# the SDK image's environment, which the app ran with (it sets no " +
             ", ".join(unset) + ": empty reads as not set)")
        return setup + (ast.Env(keyword="ENV", pairs=tuple(ast.KeyValue(k, v) for k, v in pairs),
                                leading=(ast.Comment(comment),)),), \
            added + (f"ENV {shown} in the runner: the app ran with {facts.base.reference}'s "
                     f"values, and {runner} " + "; ".join(changed) +
                     ("" if not empty else "; ASP.NET Core reads an empty " +
                      ", ".join(empty) + " as not set"),)

    @staticmethod
    def _icu(env, runner: str):
        """(setup, added): ICU in an Alpine runner, which runs in invariant mode without
        it, while the SDK image the app ran on had globalization (Debian and Ubuntu
        runtime images bring libicu)."""
        if env.get("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "").lower() in ("1", "true") or \
                image_facts(runner).family != "alpine":
            return (), ()
        setup = (
            run_node("apk add --no-cache icu-data-full icu-libs",
                     "ICU: the alpine SDK image has it, the runtime images do not",
                     "DL3018"),
            ast.Env(keyword="ENV", pairs=(ast.KeyValue("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
                                                       "false"),)),
        )
        return setup, ("icu-libs and DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false in the "
                       "runner: the alpine runtime images run in invariant mode without ICU, "
                       "the SDK image the app ran on had globalization",)


def _own_env(facts: StageFacts):
    """The variables the stage's own ENV instructions set (not its image's), with their
    final values."""
    keys = {p.key for n in facts.stage.body if isinstance(n, ast.Env) for p in n.pairs}
    return {k: facts.final.env.get(k, "") for k in keys}


RECIPE = DotnetRecipe()
