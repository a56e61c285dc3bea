"""The Python recipe: ``pip install`` (``-r``, ``.``, ``--user``, ``--prefix``,
``--target``), ``python -m venv``, ``poetry install``, ``pipenv install``, ``uv sync`` /
``uv pip install``.

Installed packages only run on the Python X.Y and C library they were installed for
(compiled wheels, a venv's interpreter symlinks, ``.pyc`` tags), so the runner is
``python:<same version>-slim`` of the same Debian release (or the builder's alpine
tag), and every environment is copied to the **same** absolute path: a venv to its
path, ``--user`` to ``~/.local``, system site-packages to
``/usr/local/lib/pythonX.Y/site-packages`` (a ``--prefix`` tree goes to ``/usr/local``;
a tag that names no X.Y writes none: ``floating_site``).
Compilers and ``-dev`` packages stay in the builder; their runtime libraries are
installed in the runner (``knowledge.packages``).  The source tree is copied to the same
directory."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from ...knowledge.packages import package_name
from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.images import language_version
from ...knowledge.references import pinned_by_digest, split_reference
from ...knowledge.releases import DEBIAN
from ...analysis.state import resolve_path
from ...tree import ast
from ..runtime_inputs import copies_into_directory, copy_target
from .artifacts import match_artifact
from .base import Artifact, Decline, Detection, Linking, first_problem
from .runner_policy import nothing_to_gain
from .pip_cache import pip_caches
from . import virtualenvs
from ...analysis.variables import expand
from . import (build_capture, cuda_runtime, distribution_runner, effect_capture, interpreted,
               python_capture)
from . import (floating_site, full_image_libraries, home_venvs, pip_data_files, proven_family,
               python_declarations, python_full_image, rpm_runner, system_gems)
from .source_trees import build_fills, copied_after
from .run_walk import kept_installs, path_arg, removed_paths, steps
from .full_image_libraries import with_full_image_libraries
from ...analysis.shell import option_value, option_values, program_name
from ...analysis.paths import is_within, overlaps, within_any

NAME = "python"
BUILD_ONLY_ENV = frozenset({"DEBIAN_FRONTEND", "PIP_NO_CACHE_DIR", "PIP_DISABLE_PIP_VERSION_CHECK",
                            "PIP_DEFAULT_TIMEOUT", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL",
                            "PIP_ROOT_USER_ACTION", "PIP_NO_COMPILE", "PIP_PREFER_BINARY",
                            "POETRY_VERSION", "POETRY_HOME", "POETRY_NO_INTERACTION",
                            "POETRY_VIRTUALENVS_CREATE", "POETRY_VIRTUALENVS_IN_PROJECT",
                            "POETRY_CACHE_DIR", "PIPENV_VENV_IN_PROJECT", "UV_COMPILE_BYTECODE",
                            "UV_LINK_MODE", "UV_PYTHON_DOWNLOADS", "UV_NO_CACHE", "UV_CACHE_DIR"})
OTHER_IMAGES = ("node", "maven", "gradle", "openjdk", "eclipse-temurin", "golang", "rust")
PROVIDED = {"python", "python3", "pip", "pip3"}
NATIVE = Linking(True, ("compiled extensions are linked against the builder's C library",))
#: commands that need the build tools at run time
TOOL_PROGRAMS = {"poetry", "pipenv", "uv", "pip", "pip3"}
#: commands that build environments at run time (tox, nox: virtualenvs, pip installs)
TEST_RUNNERS = {"tox", "nox", "detox"}
#: task runners whose tasks are the build context's unread file (tasks.py, fabfile.py,
#: dodo.py, pavement.py): the runner's RUNs treat them alike (distribution_runner)
TASK_RUNNERS = {"invoke", "inv", "fab", "doit", "paver"}
#: packages that only install packages: their own install is not the app's environment
TOOLS = {"pip", "poetry", "pipenv", "uv", "setuptools", "wheel", "virtualenv", "pip-tools",
         "poetry-plugin-export"}
#: where the builder gathers the console scripts the installs created, and where the
#: runner has them (the python images' PATH)
BIN = "/usr/local/bin"
SCRIPTS = Artifact("/opt", "console-scripts", f"the files the build created in {BIN} "
                   "(console scripts)", -1, tree=True, destination=BIN)
_TAG = re.compile(r"^(?P<v>\d+\.\d+(\.\d+)?)(?P<variant>-slim)?"
                  r"(?P<rel>-(" + "|".join(DEBIAN) + "))?$")


#: how an environment is named: the directory of a tool's virtualenvs (home_venvs),
#: and the system install of the tool that ``<tool> run`` needs in the runner
HOME_VENVS = "{tool}'s virtualenvs (the directory it makes them in, copied whole)"
TOOL_INSTALL = ("pip install {tool} into the system Python: the {tool} that `{tool} run` "
                "needs in the runner")


def _pipenv_other_python(step, args, xy: Optional[str]) -> Optional[str]:
    """Why ``pipenv install --python X.Y`` (``--three``, ``--two``) at ``step`` does
    not make its virtualenv on the image's Python ``xy`` (None where it names none, no
    version, or a version ``xy`` is): pipenv looks the version up on the PATH, where a
    full image has the distribution's /usr/bin/python3.Z too, which the slim runner
    lacks (the builder's interpreter check would fail the rewrite's build, where the
    original builds); without one the original fails as well."""
    asked = "3" if "--three" in args else "2" if "--two" in args else \
        option_value(args, "--python")[1]
    version = re.search(r"(?:^|python)([0-9]+(?:\.[0-9]+)?)$", asked or "")
    if xy is None or not asked or "$" in asked:
        return None
    if asked.startswith("/") and not asked.startswith("/usr/local/bin/"):
        return (f"{step.where}: pipenv install asks for the Python `{asked}`, not the "
                f"image's own (/usr/local/bin): its virtualenv runs on an interpreter a "
                "runner with only the image's Python lacks")
    if version is None or (xy + ".").startswith(version.group(1) + "."):
        return None
    return (f"{step.where}: pipenv install asks for Python {version.group(1)} (`{asked}`), "
            f"not the image's {xy}: its virtualenv runs on another interpreter of the image, "
            "or the install fails, and a runner has only the image's Python")


def _home_venv_dirs(envs) -> List[str]:
    """The directories of the tools' virtualenvs among ``envs``."""
    hows = {HOME_VENVS.format(tool=t) for t in home_venvs.TOOLS}
    return list(dict.fromkeys(path for _, path, _, how in envs if how in hows and path))


def _names(step, tool: str) -> bool:
    """Whether the pip install of ``step`` names ``tool`` among its packages."""
    args = step.argv[step.argv.index("install") + 1:] if "install" in step.argv else ()
    return any(re.split(r"[=<>~!\[]", a)[0].lower() == tool for a in args
               if not a.startswith("-"))


def _carry_tools(envs, tool_installs, install_indices) -> Tuple[str, ...]:
    """The tools whose virtualenvs are copied and which reach the runner themselves: a
    system ``pip install <tool>`` before the tool's install, added as an environment
    (or one that also installs other packages, one already): ``<tool> run`` in the
    command needs the tool, and it reaches the runner with the system site-packages
    and console scripts.  Installed elsewhere (``--user``, ``--prefix``, a virtualenv's
    pip, an installer script), it is not carried, and ``<tool> run`` stays declined."""
    carried = []
    for tool in home_venvs.TOOLS:
        homes = [s for s, _, _, how in envs if how == HOME_VENVS.format(tool=tool)]
        if not homes:
            continue
        if any(path == "system" and step.index <= homes[0].index and _names(step, tool)
               for step, path, _, _ in envs):
            carried.append(tool)  # (pip install pipenv sanic: installed with the others)
            continue
        for step in tool_installs:
            args = step.argv[step.argv.index("install") + 1:] if "install" in step.argv else ()
            if step.index > homes[0].index or not _names(step, tool) or any(
                    a in ("--user", "--prefix", "--target", "-t", "--root") or
                    a.startswith(("--prefix=", "--target=", "--root=")) for a in args) or \
                    step.env.get("VIRTUAL_ENV") or step.own_problem or \
                    "/" in step.argv[0] and not step.argv[0].startswith("/usr/"):
                continue
            envs.append((step, "system", None, TOOL_INSTALL.format(tool=tool)))
            install_indices.append(step.index)
            carried.append(tool)
            break
    return tuple(carried)


def _runs_setup_script(program, words) -> bool:
    """Whether ``python ... setup.py`` is the command (its first operand)."""
    rest = list(words)
    if rest and rest[0] == program:
        rest = rest[1:]
    first = next((w for w in rest if not w.startswith("-")), None)
    return first is not None and posixpath.basename(first) == "setup.py"


#: a Python interpreter by its name (the same reading as the environments')
_is_python = virtualenvs.is_python


@dataclass(frozen=True)
class PythonDetection(distribution_runner.SameImageDetection):
    """``distribution`` set: the builder is a plain distribution image whose own
    packages bring Python (or an image of its own trees): the runner is that image
    with the packages installed again (``distribution_runner``)."""

    #: site-packages of the system Python the build installs into (None: none)
    system_site: Optional[str] = None
    #: the build installs shared libraries it built into /usr/local/lib (make install)
    local_libraries: bool = False
    #: why it is not known whether the build fills the final WORKDIR (an archive
    #: unpacked above it): the runner would copy it from a builder that may lack it
    unknown_fill: Optional[str] = None
    #: the packaging tools (pipenv, poetry) whose virtualenvs under the home and whose
    #: own pip install reach the runner: ``<tool> run`` works there (home_venvs)
    run_tools: Tuple[str, ...] = ()
    #: why the runner must be the full builder image itself (``python_full_image``: an
    #: install not read, or a package using what its slim sibling lacks), applied once
    #: the build context has been read (``settled``); None: the slim sibling may do
    full_image_why: Optional[str] = None
    #: the build's installs as read for ``full_image_why`` (``python_full_image.Installs``),
    #: whose ``-r`` files ``with_context`` reads from the build context
    full_image_installs: Optional[python_full_image.Installs] = None
    #: why that runner would gain nothing (declined when the recipe picks the runner)
    no_gain: Optional[str] = None


#: what the python images' interpreter puts in /usr/local/bin (python, idle, pydoc,
#: 2to3 and their version-suffixed links): everything else there was created by the
#: build, or is a script of the image's own pip, setuptools or wheel as the build left it
#: (``own_site.SCRIPTS``: the runner removes its own with its site-packages)
IMAGE_OWN = r"(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z"


def console_scripts_run() -> ast.Run:
    """The builder RUN gathering every file the build created in /usr/local/bin (pip's
    console scripts, ``setup.py install``'s, a tool built from source), and the scripts
    of the image's own site-packages as the build left them (``own_site``: an upgraded
    pip's, no ``easy_install`` after setuptools 52), so a script that execs another one
    (``exec gunicorn``) finds it in the runner, and the runner's pip and easy_install are
    the original's.  The interpreter's own files are left out, and nothing the image
    already had (bash, gcc) is taken for one.  Written in Python (2 and 3: every
    python image has ``python``), not a shell loop, so the RUN it joins stays readable
    to the transpiler."""
    code = (f"import os, re, shutil; os.makedirs('{SCRIPTS.path}'); "
            f"[shutil.copy2(os.path.join('{BIN}', f), '{SCRIPTS.path}') "
            f"for f in os.listdir('{BIN}') if not re.match(r'{IMAGE_OWN}', f) and "
            f"os.path.isfile(os.path.join('{BIN}', f))]")
    return ast.Run(keyword="RUN", command=ast.ShellForm(f'python -c "{code}"'), leading=(
        ast.Comment(f"# the files the build created in {BIN}, for the runner"),))


class PythonRecipe(interpreted.InterpreterRecipe):
    name = NAME
    program_kind = "a Python program"
    image = "python"
    interpreter_version = ("PYTHON_VERSION", 2, "Python")
    own_reason = "the builder's own image: the build tools it installs stay behind"
    slim_reason = ("same Python version and Debian release as the builder, slim variant "
                   "(compiled extensions need the same glibc)")
    unmatched = ("the builder tag python:{tag} does not show a Python X.Y and Debian release a "
                 "runner can match")

    tag_pattern = _TAG

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        if words and program_name(words[0]) in TOOL_PROGRAMS:
            return (f"the command runs `{program_name(words[0])}`, a packaging tool; run "
                    "the installed program directly")
        if words and program_name(words[0]) in TEST_RUNNERS:
            return (f"the command runs `{program_name(words[0])}`, which makes environments "
                    "and installs packages into them at run time (compiling with the build "
                    "tools and -dev packages the runner leaves in the builder)")
        if words and program_name(words[0]) in TASK_RUNNERS:
            return (f"the command runs `{program_name(words[0])}`, whose tasks (a file of "
                    "the build context, not read) may run the build tools and -dev packages "
                    "the runner leaves in the builder")
        return None

    def carries_tool(self, words: Tuple[str, ...], detection) -> bool:
        tool = home_venvs.runs_tool(words)
        return tool is not None and tool in getattr(detection, "run_tools", ())

    def _installs(self, facts: StageFacts, xy: Optional[str]):
        """(step, environment path, destination, how) per environment; the indices of
        every install; problems."""
        envs, problems, venvs, install_indices, tool_installs = [], [], [], [], []
        for step in interpreted.steps(facts):
            argv = list(step.argv)
            cwd, env = step.cwd, step.env
            if virtualenvs.makes_venv(argv):
                path = virtualenvs.venv_target(argv, cwd)
                if path:
                    venvs.append(path)
                    envs.append((step, path, None, "virtual environment (python -m venv)"))
                continue
            if _is_python(argv[0]) and argv[1:3] == ["-m", "pip"]:
                argv = ["pip"] + argv[3:]
            head = program_name(argv[0])
            sub = argv[1] if len(argv) > 1 else ""
            kind = None
            if head in ("pip", "pip3") or re.fullmatch(r"pip\d\.\d+", head):
                kind = "pip" if sub == "install" else None
            elif head == "uv" and sub == "pip" and argv[2:3] == ["install"]:
                kind = "uv-pip"
            elif head == "uv" and sub == "sync":
                kind = "uv-sync"
            elif head == "poetry" and sub == "install":
                kind = "poetry"
            elif head == "pipenv" and sub in ("install", "sync"):
                kind = "pipenv"
            if kind is None:
                continue
            named = [a for a in argv[2:] if not a.startswith("-")]
            if kind == "pip" and named and all(re.split(r"[=<>~!\[]", a)[0].lower() in TOOLS
                                               for a in named):
                # installs the packaging tool itself (pip install poetry): the runner
                # gets it only for ``poetry run`` (_carry_tools)
                tool_installs.append(step)
                continue
            install_indices.append(step.index)
            own = step.own_problem
            if own and step.construct and kind == "pip":
                # whether this pip ran does not move what the runner copies, if it installs
                # where the one outside the construct would: the default site-packages,
                # copied whole (or the environment active before the construct)
                written = list(step.written)
                moved = _moves_install(written[written.index("install") + 1:]
                                       if "install" in written else written, step.env)
                own = None if moved is None else f"{own}; {moved}"
            if own:
                problems.append(f"{step.where}: {head} inside a shell construct the transpiler "
                                f"cannot follow ({own})")
            args = argv[2:]
            venv_bin = posixpath.dirname(argv[0]) if "/" in argv[0] else None
            active = env.get("VIRTUAL_ENV") or next(
                (v for v in venvs if env.get("PATH", "").split(":")[0] == v + "/bin"), None)
            if venv_bin and posixpath.dirname(venv_bin) in venvs and kind != "pipenv":
                continue  # installs into a venv already listed
            # (pipenv run from a virtualenv's bin does not install there: it takes the
            # active one by VIRTUAL_ENV alone, else makes its own (environments.
            # is_in_virtualenv), so ``/venv/bin/pipenv install`` fills ~/.local/share/
            # virtualenvs as a bare ``pipenv install`` does)
            if kind == "uv-sync":
                path = env.get("UV_PROJECT_ENVIRONMENT")
                path = resolve_path(cwd, path) if path else (cwd and posixpath.join(cwd, ".venv"))
                envs.append((step, path, None, "uv sync project environment"))
                continue
            if kind == "poetry":
                if env.get("POETRY_VIRTUALENVS_IN_PROJECT", "").lower() in ("true", "1"):
                    envs.append((step, cwd and posixpath.join(cwd, ".venv"), None,
                                 "poetry in-project virtualenv"))
                elif env.get("POETRY_VIRTUALENVS_CREATE", "").lower() in ("false", "0") or \
                        self._poetry_no_venv(facts, step.index):
                    envs.append((step, "system", None, "poetry install into the system Python"))
                elif active:
                    continue
                else:
                    self._home_venv(facts, step, "poetry", envs, problems)
                continue
            if kind == "pipenv":
                other = _pipenv_other_python(step, args, xy) if "--system" not in args \
                    else None  # (--system installs with the PATH's python, --python aside)
                if other:
                    problems.append(other)
                if "--system" in args:
                    envs.append((step, "system", None, "pipenv install --system"))
                elif env.get("PIPENV_VENV_IN_PROJECT"):
                    envs.append((step, cwd and posixpath.join(cwd, ".venv"), None,
                                 "pipenv in-project virtualenv"))
                else:
                    self._home_venv(facts, step, "pipenv", envs, problems)
                continue
            prefix = option_value(args, "--prefix")[1]
            target = option_value(args, "--target", "-t")[1]
            if "--user" in args:
                # (the home of the user the install runs as, not the final USER's)
                home = home_venvs.home_of(facts, step)
                if home is None:
                    problems.append(f"{step.where}: pip install --user as a non-root user whose "
                                    "home is unknown")
                    continue
                envs.append((step, posixpath.join(home, ".local"), None, "pip install --user"))
            elif prefix:
                envs.append((step, resolve_path(cwd, prefix), "/usr/local",
                             "pip install --prefix (copied into /usr/local)"))
            elif target:
                envs.append((step, resolve_path(cwd, target), None, "pip install --target"))
            elif active or (kind == "uv-pip" and "--system" not in args and env.get("VIRTUAL_ENV")):
                if active and active not in venvs:
                    envs.append((step, resolve_path(cwd, active), None, "active virtualenv"))
            elif kind == "uv-pip" and "--system" not in args:
                problems.append(f"{step.where}: uv pip install without a virtualenv or --system")
            else:
                envs.append((step, "system", None, f"{head} install into the system Python"))
        tools = _carry_tools(envs, tool_installs, install_indices)
        return envs, install_indices, problems, tools

    @staticmethod
    def _home_venv(facts, step, tool: str, envs, problems) -> None:
        """The directory of ``tool``'s virtualenvs (home_venvs) as an environment, or
        why it is not known."""
        path, why = home_venvs.place(facts, step, tool)
        if why:
            problems.append(why)
        else:
            envs.append((step, path, None, HOME_VENVS.format(tool=tool)))

    def _poetry_no_venv(self, facts, before) -> bool:
        for step in interpreted.steps(facts):
            if step.index > before:
                break
            if program_name(step.argv[0]) == "poetry" and any(
                    k in step.argv for k in home_venvs.CREATE_KEYS) and \
                    step.argv[-1].lower() in ("false", "0") and \
                    not step.own_problem:  # (a setting that only may have been made)
                return True
        return False

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        name, tag = split_reference(facts.base.reference)
        if name.startswith(OTHER_IMAGES):
            return None
        xy = language_version(facts.base, "PYTHON_VERSION") if name == "python" else None
        envs, install_indices, problems, tools = self._installs(facts, xy)
        if not envs and not problems:
            conda = _conda_build(facts)
            if conda is None or distribution_runner.plain_base(facts) is None:
                return None
            # a conda environment on a plain image, no pip: the capture's or nothing
            return self._captured(facts, f"{conda} makes a Python environment no recipe "
                                  "reads: it is captured with what else the build wrote")
        base = None
        if name != "python":
            base = distribution_runner.plain_base(facts) or distribution_runner.image_base(
                facts, cuda_runtime.devel_use)
        if base is not None:
            base = distribution_runner.full_image_needed(facts, base)
            return self._on_distribution(facts, base, envs, install_indices, problems,
                                         carried=tools)
        proof = proven_family.proven_unknown(facts) if name != "python" else None
        if proof is not None and proven_family.unknown_base(facts) is not None:
            # an image the data does not know, Debian-family (Alpine) by the original's
            # own apt install (apk add): its Python is whatever the image has, so the
            # build runs in a capture window and the runner is that very image
            captured = self._captured(facts, f"{proof.text}; which Python it has is not "
                                      "known, and the same image has the same one")
            if captured is not None:
                return captured
        rpm = rpm_runner.rpm_unhandled(facts) if name != "python" else None
        if rpm is not None:
            problems.insert(0, f"the builder image {rpm}, and it does not show the Python "
                            "X.Y: a runner with the same Python cannot be chosen (use "
                            "python:<X.Y>[-<release>])")
        elif name != "python" or not xy:
            problems.insert(0, f"the builder image {facts.base.reference} does not show the "
                            "Python X.Y: a runner with the same Python cannot be chosen (use "
                            "python:<X.Y>[-<release>])" + _unknown_tag(facts) +
                            proven_family.unproven_note(facts))
        indices = sorted({s.index for s, *_ in envs} | set(install_indices))
        last = max(indices) if indices else 0
        artifacts: List[Artifact] = []
        system_site = None
        for step, path, dest, how in envs:
            if path is None:
                problems.append(f"{step.where}: the environment's directory is unknown")
                continue
            if path == "system":
                if xy:
                    site = f"/usr/local/lib/python{xy}/site-packages"
                    glob = floating_site.pattern(site, xy) \
                        if floating_site.moves(facts.base, xy) else None
                    artifacts.append(Artifact(posixpath.dirname(site), "site-packages", how,
                                              step.index, tree=True, pattern=glob,
                                              replaces=True))
                    system_site = site
                continue
            artifacts.append(Artifact(posixpath.dirname(path), posixpath.basename(path), how,
                                      step.index, tree=True, destination=dest))
        artifacts = _with_source_trees(artifacts, self._source_trees(facts, last + 1), last)
        artifacts += _python_path_trees(facts, artifacts)
        artifacts += _copied_script_trees(facts, artifacts, last)
        # (the official image's Python is /usr/local's)
        prefix = "/usr/local" if name == "python" else None
        artifacts += _module_data_trees(facts, last, prefix, artifacts)
        problems.extend(_uncopied_script_dirs(facts, artifacts))
        problems.extend(_uncopied_workdir_reads(facts, artifacts, last))
        problems.extend(_python_path_problems(facts, artifacts))
        problems.extend(_module_runs_before_copy(facts, last, prefix))
        problems.extend(system_gems.other_foreign_installs(facts))
        problems.extend(system_gems.problems(facts))
        pkgs, _ = interpreted.packages_installed(facts, last + 1)
        if xy and ("slim" in tag or "alpine" in tag) and not pkgs:
            # (the runner is the builder's slim or alpine image itself)
            same = nothing_to_gain(facts.base.reference, facts.base.reference, (),
                                   pip_caches(facts, last))
            if same:
                problems.append(same)
        first_problem(problems)
        unmapped = _unmapped_dev(facts, pkgs)
        runtime, warnings, added = interpreted.runner_packages(facts, last + 1,
                                                               build_tools=frozenset(unmapped))
        runtime, added = interpreted.alpine_cxx_runtime(facts, pkgs, runtime, added,
                                                        "extension modules")
        if xy and ("slim" in tag or "alpine" in tag) and pkgs and set(pkgs) <= set(runtime):
            first_problem([f"the builder is already {facts.base.reference} and every package "
                           f"it installs ({', '.join(dict.fromkeys(pkgs))}) is needed at run "
                           "time: a runner stage would save next to nothing"])
        additions, prelude = (), ()
        if system_site:
            # the scripts are copied as a set; one a command names is also copied by
            # name, so a program the build did not create fails the build, not the container
            system_hows = {how for _, path, _, how in envs if path == "system"}
            if system_hows <= {TOOL_INSTALL.format(tool=t) for t in tools}:
                # only the packaging tools went to the system (the packages to their
                # virtualenvs, not on the PATH): their own scripts are the programs there
                artifacts += [SCRIPTS] + [Artifact(BIN, t, f"the console script of {t} (pip "
                                                   f"install {t})", last) for t in tools]
                additions = (console_scripts_run(),)
            else:
                artifacts += [SCRIPTS, Artifact(BIN, None, "files the build created in "
                                                "/usr/local/bin (console scripts)", last,
                                                certain=False), pip_data_files.ARTIFACT]
                # (setup.py install records no data files: what the build wrote under
                # /usr/local is gathered too, newer than a marker made first)
                marked = bool(pip_data_files.setup_installs(facts, last))
                prelude = (pip_data_files.marker_run(),) if marked else ()
                additions = (console_scripts_run(), pip_data_files.gather_run(
                    marked, [a.path for a in artifacts if a.tree and a.path]))
                added += (pip_data_files.ADDED_SETUP,) if marked else ()
            added += (f"the files the build created in {BIN} (console scripts) copied to "
                      "the runner",) + ((pip_data_files.ADDED,)
                                        if pip_data_files.ARTIFACT in artifacts else ())
        if system_site:
            added += (f"the runner's own {system_site} removed before the builder's is "
                      "copied (own_site): the copy only adds, and the build may have "
                      "upgraded or removed the image's own pip, setuptools or wheel there; "
                      f"their scripts in {BIN} (pip, easy_install, wheel) are removed with "
                      "it and the builder's copied as the build left them",)
        if system_site and floating_site.moves(facts.base, xy):
            # (pinned by a digest, the X.Y is fixed but not the data's: the tag's image of
            # its date, while the digest may be any older one)
            which = (f"{xy} was the tag's on {facts.base.data_date}, the image data's date; "
                     "the digest's is not shown" if pinned_by_digest(facts.base.reference) else
                     f"{xy} on {facts.base.data_date}, the image data's date, and the next "
                     "one when it is published")
            added += (f"the system site-packages is named {floating_site.pattern(system_site, xy)}"
                      f": {facts.base.reference} names no Python X.Y ({which}), so the "
                      "builder's RUNs name it by a glob and the "
                      "runner copies it with a bind mount of the builder into its own "
                      "Python's directory of the same name, failing the build if it has "
                      "none (a builder and runner of different X.Y)",)
        # (the console scripts gathered from /usr/local/bin hold gem's executables too)
        gems = system_gems.carried(facts, bin_gathered=SCRIPTS in artifacts)
        artifacts, additions, added = system_gems.carry_with(gems, facts, runtime, artifacts,
                                                            additions, added)
        homes = _home_venv_dirs(envs)
        if homes:
            additions += (home_venvs.interpreter_check_run(homes, "/usr/local"),)
        local_libraries = interpreted.installs_from_source(facts)
        if local_libraries:
            # (a Debian image's dpkg tells the files an install into /usr added)
            usr = facts.base.family in ("debian", "ubuntu") and facts.base.libc != "musl"
            first_problem([p for p in [interpreted.install_prefix_problem(facts, usr)] if p])
            artifacts.append(interpreted.LIBRARIES)
            additions += (interpreted.libraries_run(r"libpython"),)
            added += (f"the shared libraries the build installed in {interpreted.LOCAL_LIB} "
                      "copied to the runner, which runs ldconfig",)
            if usr and interpreted.installs_into_usr(facts):
                artifacts.append(interpreted.USR_FILES)
                additions += (interpreted.usr_files_run(),)
                added += ("the shared libraries (/usr/lib and its multiarch directories) and "
                          "programs (/usr/bin, /usr/sbin) that the install into /usr put there "
                          "and no dpkg package owns, gathered in the builder and copied to the "
                          "runner's /usr",)
        detection = with_full_image_libraries(PythonDetection(
            NAME, tuple(indices), tuple(artifacts), NATIVE, build_only_env=BUILD_ONLY_ENV,
            runtime_packages=runtime, builder_prelude=prelude, builder_additions=additions,
            warnings=warnings, added=added, system_site=system_site,
            local_libraries=local_libraries,
            unknown_fill=_unknown_fill(facts, last + 1), run_tools=tools), facts, unmapped)
        if name == "python" and full_image_libraries.applies(facts):
            detection = _on_full_image(detection, facts, pkgs, runtime, last)
        return detection

    def _on_distribution(self, facts: StageFacts, base: "distribution_runner.PlainBase",
                         envs, install_indices, problems, carried=()) -> "PythonDetection":
        """A build on a plain distribution image whose Python is the distribution's
        package: the runner is the same image (distribution_runner), the interpreter
        the same package installed again, so no X.Y needs to be known.  What pip and
        ``setup.py install`` wrote goes to the same paths: /usr/local whole (root pip's
        prefix on Debian and Ubuntu; empty on a plain image), and, among the
        distribution's files (Alpine's and RHEL's pip write /usr/lib/pythonX.Y and
        /usr/bin), exactly the files no package owns or a pip RECORD names, staged in
        the builder."""
        pkgs, _ = interpreted.packages_installed(facts, len(facts.instructions))
        names = [package_name(p) for p in pkgs]
        own = base.own_trees
        if not own and not any(_INTERPRETER.match(p) or _interpreter_of_dev(p) for p in names):
            # (on an image of its own trees the runner is that image: its interpreter, or
            # the distribution's installed again, is the one the build used)
            unknown = (f"the builder image {facts.base.reference} does not show the Python "
                       "X.Y and the build installs no Python package of the distribution")
            # the Python the build makes (an installer's, a source build's) is captured
            # with everything else the build wrote (python_capture)
            captured = self._captured(facts, f"{unknown}: the Python it makes is captured "
                                      "with what else it wrote")
            if captured is not None:
                return captured
            cannot = effect_capture.unsupported(facts) if base.manager == "yum" else None
            if cannot is not None:  # (an RPM image: the capture lists with dpkg)
                unknown += (f", and the Python it makes cannot be captured with what else it "
                            f"wrote on an RPM distribution image: {cannot}")
            problems.insert(0, f"{unknown}: a runner with the same Python cannot be chosen "
                            "(use python:<X.Y>[-<release>], or the distribution's python3 "
                            "package)")
        indices = sorted({s.index for s, *_ in envs} | set(install_indices))
        last = max(indices) if indices else 0
        artifacts: List[Artifact] = [distribution_runner.STAGED] if own else [
            Artifact("/usr", "local", f"/usr/local of the plain {base.distro.family} image: "
                     "what pip, setup.py and make install wrote there (the image has nothing "
                     "of its own there)", last, tree=True), distribution_runner.STAGED]
        for step, path, dest, how in envs:
            if path is None:
                problems.append(f"{step.where}: the environment's directory is unknown")
            elif path != "system":
                artifacts.append(Artifact(posixpath.dirname(path), posixpath.basename(path),
                                          how, step.index, tree=True, destination=dest))
        artifacts = _with_source_trees(artifacts, self._source_trees(facts, last + 1) +
                                       _pip_src_dirs(facts), last)
        artifacts += _python_path_trees(facts, artifacts)
        artifacts += _copied_script_trees(facts, artifacts, last)
        # (the distribution's Python is /usr's; an image of its own trees may keep
        # directories the modules prefer)
        prefix = None if own else "/usr"
        artifacts += _module_data_trees(facts, last, prefix, artifacts, own)
        problems.extend(_uncopied_script_dirs(facts, artifacts))
        problems.extend(_uncopied_workdir_reads(facts, artifacts, last))
        problems.extend(_python_path_problems(facts, artifacts))
        problems.extend(_module_runs_before_copy(facts, last, prefix))
        first_problem(problems)
        package_file = distribution_runner.prebuild_package_file(facts, last + 1)
        if package_file is not None and base.manager == "apt" and not own:
            # the runner installs the packages of the RUNs before the build again by
            # name, and no archive has this one: the build runs in a capture window from
            # that RUN on instead, where a dpkg hook keeps the file for the runner
            # (``package_files``)
            why = (f"the RUN at {package_file.where} installs a package file, which no "
                   "archive has: the build runs from there with its effect captured, and "
                   "the builder keeps the file for the runner to install")
            try:
                captured = self._captured(facts, why)
            except Decline as exc:
                raise Decline(f"{why}; {exc.reason}") from None
            if captured is not None:
                return captured
        replay = distribution_runner.replay_packages(facts, base, last + 1,
                                                     keep=_runtime_keep(facts),
                                                     runtime_of_dev=_interpreter_of_dev)
        checkout = interpreted.program_checkout(facts)
        if checkout and any(package_name(p) in ("git", "git-core")
                            for p in replay.install):
            artifacts = interpreted.with_checkout(artifacts, checkout, last)
            whole = ", which the runner gets whole with its .git," if \
                interpreted.checkout_copied(artifacts, checkout) else \
                " (the runner copies none of it),"
            replay = dataclasses.replace(replay, added=replay.added + (
                f"git installed in the runner although the build used it: the program runs "
                f"in {checkout}, a git checkout the build cloned{whole} and may run git on "
                "it (an update, its version)",))
        if base.manager == "apt":
            # apt installs python3-pip with its Recommends (setuptools: pkg_resources, which
            # installed programs and older console scripts import) unless told not to;
            # the runner installs without them, so setuptools is named
            tools = [re.sub(r"-pip$", "-setuptools", p) for p in replay.install
                     if re.fullmatch(r"python[0-9.]*-pip", p)]
            new = [t for t in tools if t not in replay.install]
            replay = dataclasses.replace(replay, install=tuple(dict.fromkeys(
                replay.install + tuple(tools))), added=replay.added + ((
                    f"{', '.join(new)} installed beside pip in the runner, which installs "
                    "pip without its Recommends: its pkg_resources is what installed "
                    "programs and older console scripts import",) if new else ()))
        python = "python3" if any(n.startswith(("python3", "py3", "libpython3"))
                                  for n in names) else "python"
        if own and not any(_INTERPRETER.match(n) for n in names):
            python = _own_interpreter(facts, own)
        if base.manager == "yum":
            # (the RPM distributions' interpreter names differ by release: CentOS 7's yum
            # runs on `python`, Fedora's dnf on `python3`, CentOS 8's on platform-python;
            # the program runs on any of them, so the builder takes the one it has)
            python = rpm_runner.RPM_PYTHON
        staging = distribution_runner.staging_run(python, STAGED_ROOTS, base)
        scanned = [a.path for a in artifacts if a.tree and a.path] 
        scan = distribution_runner.scan_run(base, distribution_runner.installed_trees(scanned),
                                            replay.unmapped_dev)
        from ..runner_packages import packages_origin
        added = (f"Python from {packages_origin(facts)}, installed again in the runner "
                 "(no Python X.Y needs to be known)",
                 f"/usr/local copied whole, and the files the installs created among the "
                 f"distribution's ({', '.join(STAGED_ROOTS)}) staged in the builder and "
                 "copied to the same paths",)
        prelude, after = (), ()
        sibling = own and base.image != base.builder
        if not own:
            caches = pip_caches(facts, last)
            same = nothing_to_gain(base.builder, base.image, replay.dropped, caches)
            if same:
                raise Decline(same)
            if caches and not replay.dropped and base.image == base.builder:
                # (a build tool kept for the program installed without its Recommends
                # leaves those out too: python-pip's build-essential and python-dev)
                left = replay.unrecommended
                added += ((f"the runner is the builder's image with every package the build "
                           f"installs: what it saves is {caches[0]}",) if not left else
                          (f"the runner is the builder's image with every package the build "
                           f"installs, {', '.join(left)} without the Recommends the "
                           f"original's apt brought: what it saves is those and "
                           f"{caches[0]}",))
        if own:
            if not replay.dropped and not sibling:
                raise Decline(f"the runner would be the builder's own image {base.image} (no "
                              "other image is known to hold what it keeps outside the "
                              "distribution's packages) with every package the build installs: "
                              "a runner stage would save next to nothing")
            added = (f"the runner is the builder's own image {base.image}: its Python (the "
                     "image's, or the distribution's packages installed again) is the one "
                     "the build used, so no Python X.Y needs to be known",
                     f"what the build created or changed in the image's own "
                     f"{', '.join(own)} and among the distribution's files "
                     f"({', '.join(STAGED_ROOTS)}) is found in the builder by a status-change "
                     "time marker written before the build (files no package owns, or a pip "
                     "RECORD names) and copied to the same paths; files of those trees the "
                     "build removed are removed in the runner too")
            if sibling:
                added = (f"the runner is {base.image}, the runtime image of the builder's "
                         f"{base.builder}: the distribution's Python packages the build "
                         "installed are installed again there, so no Python X.Y needs to be "
                         "known",) + added[1:] + (
                    "the compiler, headers and static libraries of the devel image stay in "
                    "the builder; the packages owning the libraries the installed compiled "
                    "files load (the image's CUDA libraries included) are read in the builder "
                    "and installed in the runner",)
            prelude = (distribution_runner.marker_run(base),)
            after = (distribution_runner.removal_run(),)
        else:
            added += ("the distribution's files the build removed (a pip upgrade over a "
                      "packaged module) are listed in the builder and removed in the runner "
                      "after the copies",)
            after = (distribution_runner.gone_removal_run(),)
        # (what the build put in the image's own trees is staged from there)
        copies = _context_replays(facts, last, [a.path for a in artifacts if a.tree and a.path] +
                                  list(own))
        copied = [a.path for a in artifacts if a.tree and a.path and a is not
                  distribution_runner.STAGED] + [d for d in STAGED_ROOTS if "*" not in d] + \
            list(own)
        local_libraries = interpreted.installs_from_source(facts)
        repeated = distribution_runner.same_image_runs(
            facts, base, replay, last, copied,
            _build_step_on(own, local_libraries and facts.base.libc != "musl"),
            late_build_step=_late_build_step)
        if own:
            _check_own_image_repeats(facts, repeated.indices, own)
        return PythonDetection(NAME, tuple(indices), tuple(artifacts), NATIVE,
                               # (DEBIAN_FRONTEND stays: the runner's RUNs install and
                               # configure packages as the builder's did)
                               build_only_env=BUILD_ONLY_ENV - {"DEBIAN_FRONTEND"},
                               builder_prelude=prelude, builder_additions=(staging, scan),
                               context_copies=copies, repeated_runs=after,
                               added=added, system_site=None,
                               local_libraries=local_libraries,
                               distribution=base, replay=replay,
                               unknown_fill=_unknown_fill(facts, last + 1),
                               run_tools=carried).with_runs(repeated)

    def _captured(self, facts: StageFacts, why: str):
        """The build run in a capture window on the same-distribution runner
        (``python_capture``), or None where the builder's effects cannot be captured."""
        return python_capture.capture_detection(
            facts, NAME, BUILD_ONLY_ENV - {"DEBIAN_FRONTEND"}, why, _runtime_keep(facts),
            self._source_trees(facts, len(facts.instructions)) + _pip_src_dirs(facts),
            _interpreter_of_dev)

    def _source_trees(self, facts: StageFacts, before: int) -> List[str]:
        """The application's directories the builder fills before index ``before`` (the
        end of the build): the final WORKDIR and the context COPY destinations.  One
        that only instructions after the build fill (``ADD . /app`` after ``pip install``)
        is filled by the runner, which repeats them (``source_trees``)."""
        out = []
        workdir = facts.final.workdir
        if workdir and workdir not in interpreted.NOT_APP_DIRS and \
                build_fills(facts, workdir, before) is not None:
            out.append(workdir)  # (one filled in a way not known: see unknown_fill)
        for dest in interpreted.context_copy_destinations(facts, before):
            dest = dest.rstrip("/") or "/"
            if dest in interpreted.NOT_APP_DIRS or dest.startswith(("/tmp/", "/usr/", "/etc/",
                                                                  "/var/lib/")):
                continue
            if _removed_after_copy(facts, dest, before):
                continue  # (``ADD scapy.tar.gz /opt/``, unpacked and removed: not in the builder)
            if within_any(dest, out):
                continue
            out.append(dest)
        for tree in _editable_trees(facts):  # site-packages only points at them
            if not within_any(tree, out):
                out.append(tree)
        return out

    def with_context(self, detection, facts: StageFacts, project):
        """The requirements files the installs name (``-r``) and the declarations of
        the projects they install (pyproject.toml, setup.py, a lock:
        ``python_declarations``), read from the build context: packages all named, none
        of them using what the full image has and its slim sibling lacks (nor known to
        require one that does), keep the slim runner."""
        detection = _with_requirements_editables(detection, facts, project)
        if not getattr(detection, "full_image_why", None):
            return detection
        installs = detection.full_image_installs
        if not installs.requirement_files and not installs.projects:
            return detection
        read = python_full_image.with_requirements(installs, project)
        read = python_declarations.with_projects(read, project)
        why = python_full_image.full_image_reason(facts, read)
        if why == detection.full_image_why:
            return detection
        shown = [f[1] for f in installs.requirement_files
                 if f not in read.requirement_files]
        parts = ([f"the requirements of {', '.join(shown)}"] if shown else []) + \
            ([f"the project declarations {', '.join(read.declarations)}"]
             if read.declarations else [])
        added = (f"{' and '.join(parts)} read from the build context: none of their "
                 "packages loads a library by name or runs a program "
                 f"{facts.base.reference} has and its slim sibling lacks, or is known to "
                 "require one that does (a lock lists every package; a direct list's own "
                 "requirements are known only for the packages "
                 "knowledge/python_full_image.py names)",) \
            if why is None else ()
        return dataclasses.replace(detection, full_image_why=why,
                                   no_gain=detection.no_gain if why else None,
                                   added=detection.added + added)

    def settled(self, detection, facts: StageFacts):
        """The runner is the full builder image itself where an install may use what
        its slim sibling lacks (``full_image_why``, after the build context was read)."""
        why = getattr(detection, "full_image_why", None)
        if why and not detection.full_image:
            detection = full_image_libraries.on_full_image(detection, why)
        return detection

    def plan_runner(self, detection: "PythonDetection", facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False):
        if isinstance(detection, build_capture.CaptureDetection):
            return build_capture.plan(detection, runner)
        if runner is None and getattr(detection, "no_gain", None) and detection.full_image:
            raise Decline(f"{detection.no_gain}: the runner is the builder's own image, not "
                          f"its slim sibling, as {detection.full_image}")
        if getattr(detection, "unknown_fill", None):  # (here, not in detect: the post-conditions read the
            # builder stage again, whose WORKDIR and end differ)
            raise Decline(detection.unknown_fill)
        if detection.distribution is not None:
            after = detection.repeated_runs + interpreted.ldconfig_setup(detection, facts)[0]
            later = distribution_runner.installs_on_kept_lists(
                facts, max(detection.build_indices or (0,)))
            return distribution_runner.runner_plan(detection.distribution, detection.replay,
                                                   True, "the Python program", runner, after,
                                                   before_copies=detection.context_copies,
                                                   keep_lists=later)
        return super().plan_runner(detection, facts, runner, needs_shell)

    def entry_for(self, program, words, facts, detection: "PythonDetection"):
        if _is_python(program) and _runs_setup_script(program, words):
            raise Decline("the command runs `setup.py`, a build at run time (an sdist, a "
                          "PyInstaller bundle, extensions compiled): it needs the compilers, "
                          "binutils and -dev packages the runner leaves in the builder")
        if isinstance(detection, build_capture.CaptureDetection):
            # the program is tested in the runner after the captured files (the build's
            # Python is not a package the runner installs)
            build_capture.check_command(detection, program, words, facts)
            return None
        held, how = match_artifact(program, facts.final.workdir, facts.final.path_dirs,
                                   [a for a in detection.artifacts if a.tree and a.certain])
        copy = None if held is not None and how == "exact" else \
            copied_after(facts, program, max(detection.build_indices, default=-1))
        if copy is not None:  # (in no tree the runner copies: the runner's own copy)
            return Artifact(None, program_name(program), f"a file of the build context the "
                            f"runner copies itself ({copy}, after the build)", -1,
                            provided=True), detection
        if detection.distribution is not None:
            return self._distribution_entry(program, facts, detection)
        if _is_python(program) and "/" not in program or program_name(program) in PROVIDED:
            return Artifact(None, program_name(program), "provided by the python image", -1,
                            provided=True), detection
        shell = interpreted.provided_shell(program, facts)
        if shell is None:
            shell = _kept_package_program(program, facts)
        if shell is not None:
            return shell, detection
        if not detection.system_site:
            return None
        from ..runner_programs import CORE_PROGRAMS
        if program in CORE_PROGRAMS:
            # (`CMD ["id", "-un"]`: a program every image with a shell has, the runner's
            # own, tested there; taken for a console script, the copy of
            # /usr/local/bin/id, which no build made, failed the build)
            return None
        if posixpath.dirname(program) == BIN:
            program = posixpath.basename(program)  # a console script named by its path
        if "/" in program:
            return None
        final = facts.final
        others = [a for a in detection.artifacts if a is not SCRIPTS and a.certain]
        art, how = match_artifact(program, final.workdir, final.path_dirs, others)
        if art is not None and how == "exact":
            return None  # a venv's bin/ on PATH, a script of the app
        from ..full_image_scripts import full_image_programs
        if full_image_libraries.applies(facts) and program in full_image_programs():
            # (`make serve` on python:2.7: buildpack-deps' make, not a console script)
            if detection.full_image:  # the runner is that very image
                return Artifact(None, program, f"a program of {facts.base.reference}, the "
                                "runner's own", -1, provided=True), detection
            raise Decline(f"the command runs `{program}`, a program of the full image "
                          f"{facts.base.reference}, which its slim sibling (the runner) lacks")
        # the command's own copy (besides the whole set) fails the build, not the
        # container, when the program is not one the build created
        own = Artifact(BIN, program, f"a file the build created in {BIN} (a console script)",
                       -1, guessed=True)
        return own, dataclasses.replace(detection, artifacts=detection.artifacts + (own,))


    def capture_instead(self, facts: StageFacts, detection) -> Optional[Detection]:
        """The capture detection itself (``python_capture``: its command's programs are
        tested in the runner after the captured files); None for every other."""
        return detection if isinstance(detection, build_capture.CaptureDetection) else None

    def _distribution_entry(self, program, facts, detection: "PythonDetection"):
        """On a same-image runner every program of the system directories is there as in
        the original: the packages are installed again, /usr/local is copied whole and
        what the installs created in /usr/bin is staged.  Only a program of a package
        that stays in the builder is missing."""
        dropped = {package_name(p) for p in detection.replay.dropped}
        if program_name(program) in dropped:
            raise Decline(f"the command runs `{program_name(program)}`, whose package stays in "
                          "the builder as a build tool")
        from ..entry_programs import build_tool_left_behind
        if build_tool_left_behind(program_name(program), detection.replay):
            # (make comes with build-essential, which stays behind: c9965022's
            # `CMD ["make", "test"]` builds at run time)
            raise Decline(f"the command runs `{program_name(program)}`, a build tool, which "
                          "stays in the builder with the packages that bring it")
        from .. import toolchain_drivers
        toolchain_drivers.check(program_name(program), detection.replay, "the command ")
        base = detection.distribution
        if base.own_trees and base.image != base.builder:
            # the runner is a smaller sibling (nvidia/cuda's runtime image), not the
            # builder's image: its programs are taken for the runner's own and tested
            # there at build time (entry_programs.runner_own)
            return None
        if _is_python(program) and "/" not in program or \
                interpreted.provided_shell(program, facts) is not None:
            return Artifact(None, program_name(program), "the distribution's package, "
                            "installed again in the runner", -1, provided=True), detection
        final = facts.final
        if program in facts.base.provides:  # the image's own (phusion's /sbin/my_init)
            return Artifact(None, program_name(program), "the image's own program", -1,
                            provided=True), detection
        if program.startswith("/"):
            # a path in the system directories (a package's /usr/sbin/sshd, a console
            # script pip put in /usr/bin) is left to the entry pass, which takes it for
            # the runner's own and tests it there (``entry_programs.runner_own``): which
            # of those files the runner has is not known here.  /usr/local is copied whole.
            return (Artifact(None, program_name(program), "in /usr/local, copied whole", -1,
                             provided=True), detection) \
                if program.startswith("/usr/local/") else None
        dirs = [] if "/" in program else [d.rstrip("/") for d in final.path_dirs]
        if any(d in SYSTEM_BIN or d.startswith("/usr/local/") for d in dirs):
            return Artifact(None, program_name(program), "on the runner's PATH: from the "
                            "packages installed again, /usr/local or the staged files", -1,
                            provided=True), detection
        return None


#: programs every Debian, Ubuntu and Alpine image has from its own packages, whose
#: effects the RUN repeats read (users, locales, links, configuration edits)
_DISTRIBUTION_TOOLS = frozenset({"locale-gen", "localedef", "update-locale", "dpkg-reconfigure",
                                 "update-alternatives", "update-ca-certificates", "ldconfig",
                                 "chpasswd", "tee"})


def _on_full_image(detection: "PythonDetection", facts: StageFacts, pkgs, runtime,
                   last: int) -> "PythonDetection":
    """The detection on a full official image (the runner would be its slim sibling),
    with why its runner must be the builder's own image when an install may use what
    the slim image lacks (``python_full_image``; applied in ``settled``), and why that
    runner would gain nothing: no package the build installs stays in the builder but
    those the full image has anyway, no pip cache is left behind."""
    installs = python_full_image.read_installs(facts)
    why = python_full_image.full_image_reason(facts, installs)
    if why is None:
        return detection
    from ..full_image_scripts import full_image_packages
    # (a package the full image has already, gcc or libpq-dev, stays in the runner too)
    dropped = [p for p in dict.fromkeys(pkgs) if p not in runtime and
               package_name(p) not in full_image_packages()]
    same = nothing_to_gain(facts.base.reference, facts.base.reference, dropped,
                           pip_caches(facts, last))
    return dataclasses.replace(detection, full_image_why=why, full_image_installs=installs,
                               no_gain=same)


def _check_own_image_repeats(facts: StageFacts, indices, own) -> None:
    """On an image of its own trees the programs of a RUN the runner repeats must be
    the distribution's: a program of the image's own (``docker-php-ext-install``,
    ``pecl``, ``gem`` in /usr/local/bin) may compile with the build-only packages and
    write anywhere, and its text is not read, so neither repeating it nor leaving it
    out is known to give the original's files."""
    known = (distribution_runner.NEUTRAL | distribution_runner.WRITES_HERE |
             distribution_runner.PACKAGING | _DISTRIBUTION_TOOLS |
             {"useradd", "adduser", "groupadd", "addgroup", "usermod", "mkdir", "chown",
              "chmod", "ln", "touch"})
    for step in interpreted.steps(facts):
        if step.index not in indices:
            continue
        word = step.argv[0]
        system = word.startswith(("/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"))
        if not system and ("/" in word or program_name(word) not in known):
            raise Decline(f"RUN at {step.where} runs `{' '.join(step.argv[:2])}`, which is "
                          "not a program of the distribution's own packages: on "
                          f"{facts.base.reference}, an image with programs of its own "
                          f"(in {', '.join(own)}), what it writes is not known, so the runner "
                          "cannot be given its effect")


def _unknown_tag(facts: StageFacts) -> str:
    """A clause for a tag the image data lacks of a family it has (``nvidia/cuda:latest``,
    which moved after the data's source ends): the distribution is not known either."""
    if facts.base.current is not None or "$" in facts.base.reference:
        return ""
    from ...knowledge.official import family, split
    parts = split(facts.base.reference)
    if parts is None or parts[0] == "python" or family(parts[0]) is None:
        return ""
    return (f"; the image data has no tag {parts[1]} of {parts[0]}, so its distribution "
            "release is not known either")


def _held_trees(facts: StageFacts, artifacts) -> List[str]:
    """The trees the runner copies from the builder and the directories the context
    copies it repeats fill."""
    trees = [a.path.rstrip("/") for a in artifacts if a.tree and a.path]
    return trees + [d.rstrip("/") or "/" for d in
                    interpreted.context_copy_destinations(facts, len(facts.instructions))]


def _python_path_trees(facts: StageFacts, artifacts) -> List[Artifact]:
    """The checkouts the final PYTHONPATH names, the command's scripts lie in, or that lie
    in a final WORKDIR not copied whole, carried whole (``python_path_trees``)."""
    from .python_path_trees import clone_trees
    workdir = facts.final.workdir
    shared = workdir if workdir and workdir != "/" and workdir in interpreted.NOT_APP_DIRS \
        else None
    return clone_trees(facts, _held_trees(facts, artifacts), _command_script_dirs(facts),
                       shared)


def _copied_script_trees(facts: StageFacts, artifacts, last: int) -> List[Artifact]:
    """The folders of the scripts the command runs by path (``python
    /usr/src/app/app.py``) that a COPY/ADD from the build context up to the build
    (index ``last``) lands there and no copied tree holds: carried whole, as the build
    left them (the script, the modules beside it, what the build wrote there).  The
    runner repeats a copy after the build itself, but one before it fills a place the
    build may work in (``cd /usr/src/app && pip install -r requirements.txt``), which the
    runner's repeat of context copies leaves out as the build's sources."""
    from . import workdir_reads
    trees = [a.path for a in artifacts if a.tree and a.path]
    before = {f.index for f in facts.instructions if f.index <= last}
    out: List[Artifact] = []
    for folder, script in _command_scripts(facts):
        if within_any(folder, trees) or any(a.path == folder for a in out) or \
                not workdir_reads.copied_from_context(facts, script, before):
            continue
        out.append(Artifact(posixpath.dirname(folder), posixpath.basename(folder),
                            "the folder of the script the command runs, which the build "
                            "context fills before the build", last, tree=True))
    return out


def _python_path_problems(facts: StageFacts, artifacts) -> List[str]:
    """A directory the final PYTHONPATH names that the build writes (an archive
    unpacked there, ``make install``) holds modules the program imports: unless a tree
    the runner copies (a checkout it names: ``_python_path_trees``) or a context copy
    holds it, the runner would lack them."""
    held_trees = _held_trees(facts, artifacts)
    out = []
    for entry in facts.final.env.get("PYTHONPATH", "").split(":"):
        entry = entry.rstrip("/")
        if not entry.startswith("/") or "$" in entry:
            continue
        # (held by a tree, or holding one: /app/tuxedo whose app is /app/tuxedo/tuxedo)
        held = [t for t in held_trees if t != "/" and overlaps(entry, t)]
        if held or build_fills(facts, entry, len(facts.instructions)) is None:
            continue
        out.append(f"the final PYTHONPATH names {entry}, which the build writes and no tree "
                   "the runner copies holds: the modules the program imports from there would "
                   "be missing")
    return out


def _unknown_fill(facts: StageFacts, before: int) -> Optional[str]:
    """Why it is not known whether the build (the instructions before ``before``) puts
    files in the final WORKDIR, the application's directory the runner copies from the
    builder; None when that is known (``source_trees``)."""
    workdir = facts.final.workdir
    if not workdir or workdir in interpreted.NOT_APP_DIRS:
        return None
    fill = build_fills(facts, workdir, before)
    if fill is None or fill.certain:
        return None
    return (f"whether the build puts files in the final WORKDIR {workdir} (the application's "
            f"directory, which the runner would copy from the builder) is not known: {fill.why}")


def _removed_after_copy(facts: StageFacts, dest: str, before: int) -> bool:
    """Whether a RUN after the last context COPY/ADD to ``dest`` and before index
    ``before`` (the build's end) removes it (or a directory holding it): the builder has no such path at its end, a ``COPY
    --from=builder`` of it would fail the build, and the original's image lacks it too."""
    last = None
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
            got = resolve_path(fact.before.workdir, expand(node.destination or "",
                                                           fact.before.variables()).value)
            if got and (got.rstrip("/") or "/") == dest:
                last = fact.index
    return last is not None and within_any(dest, removed_paths(facts, last + 1, before))


def _with_requirements_editables(detection, facts: StageFacts, project):
    """``detection`` with the directories the editable requirements of the ``-r``
    files link site-packages to (``_requirements_editable_trees``) among the trees the
    runner copies, where none holds them yet (``-e git+...`` in a requirements.txt
    installed in /service, whose checkout /service/src the final WORKDIR
    /service/src/scripts does not hold).  A captured build's runner gets them with
    what else the build wrote outside the copied directories."""
    if not isinstance(detection, PythonDetection):
        return detection
    copied = [a.path for a in detection.artifacts if a.tree and a.path]
    trees = [t for t in dict.fromkeys(_requirements_editable_trees(facts, project))
             if not within_any(t, copied)]
    if not trees:
        return detection
    for tree in trees:
        if tree in interpreted.NOT_APP_DIRS:
            raise Decline(f"an editable requirement read from the build context links "
                          f"site-packages to {tree}: copying that directory would copy the "
                          "system")
    how = "the checkout or project an editable requirement (-e) links site-packages to"
    artifacts = _with_source_trees(detection.artifacts, trees,
                                   max(detection.build_indices or (0,)), how)
    return dataclasses.replace(detection, artifacts=tuple(artifacts), added=detection.added + (
        f"{', '.join(trees)} copied to the runner: the requirements files read from the "
        "build context install editable requirements (-e) from there, and site-packages "
        "holds only links to them",))


def _with_source_trees(artifacts: List[Artifact], apps: List[str], last: int,
                       how: str = "the application's source tree") -> List[Artifact]:
    """``artifacts`` with each application directory not yet inside a copied tree, and
    without the trees copied with their parent."""
    artifacts = list(artifacts)
    for app in apps:
        if not any(is_within(app, a.path) for a in artifacts
                   if a.tree and a.path):
            artifacts.append(Artifact(posixpath.dirname(app), posixpath.basename(app),
                                      how, last, tree=True))
    trees = [a.path for a in artifacts if a.tree and a.path and a.destination is None]
    return [a for a in artifacts if not (a.tree and a.destination is None and any(
        a.path != t and a.path.startswith(t + "/") for t in trees))]


def _uncopied_script_dirs(facts: StageFacts, artifacts) -> List[str]:
    """Problems: the directories of the scripts the command hands to Python by absolute
    path that no copied tree holds (``git clone ... /app/mylar`` before the build,
    ``python3 /app/mylar/Mylar.py``): the runner would lack the program."""
    trees = [a.path for a in artifacts if a.tree and a.path and a.destination is None]
    # (or a context copy after the build puts it there, which the runner repeats)
    trees += [d.rstrip("/") or "/" for d in
              interpreted.context_copy_destinations(facts, len(facts.instructions))]
    out = []
    for folder in dict.fromkeys(_command_script_dirs(facts)):
        if within_any(folder, trees):
            continue
        copied, fill = _script_copies(facts, folder)
        if copied and fill is None:
            continue  # (what the copies land is all the folder holds)
        out.append(f"the command runs a Python script in {folder}, where {fill.why}, which "
                   "no tree the runner copies holds" if copied else
                   f"the command runs a Python script in {folder}, which no step copies there "
                   "from the build context: where the build put it is not followed")
    return out + _uncopied_written_scripts(facts, trees)


def _script_copies(facts: StageFacts, folder: str):
    """(copied, fill): whether COPY/ADD from the build context land every script the
    command runs in ``folder`` (``COPY app.py /app/app.py``, ``CMD python
    /app/app.py``), which the runner repeats or copies; and how a RUN puts other files
    there (``build_fills`` of the RUNs alone), None when none does: then the folder holds
    only what the copies land, as in the original."""
    from . import workdir_reads
    scripts = [s for d, s in _command_scripts(facts) if d == folder]
    if not scripts or not all(workdir_reads.copied_from_context(facts, s) for s in scripts):
        return False, None
    return True, build_fills(facts, folder, len(facts.instructions), installers=False,
                             copies=False)


def _uncopied_workdir_reads(facts: StageFacts, artifacts, last: int) -> List[str]:
    """Problems: a script or module the command reads by a relative name in a final
    WORKDIR the runner does not copy whole (``python main.py`` or ``python -m app`` in
    /opt, ``workdir_reads``) that the build up to its last step (index ``last``) writes
    there, an archive unpacked or a file downloaded, and that no tree the runner copies
    holds: the runner would lack it.  A context COPY that lands it is repeated or
    copied by the runner; a RUN after the build is the runtime setup's to carry."""
    from . import workdir_reads
    workdir = facts.final.workdir or "/"
    if workdir not in interpreted.NOT_APP_DIRS:
        return []  # (the application's directory, copied whole: ``_unknown_fill``)
    trees = [a.path for a in artifacts if a.tree and a.path and a.path != "/"]
    out = []
    for path, what in workdir_reads.relative_reads(facts):
        for candidate in (path,) if path.endswith(".py") else (path, path + ".py"):
            if within_any(candidate, trees) or workdir_reads.copied_from_context(facts,
                                                                                candidate):
                break
            fill = build_fills(facts, candidate, last + 1, installers=False)
            # (none: the original's image lacks it as well, a script mounted at run time)
            if fill is not None and not fill.why.startswith(("COPY at ", "ADD at ")):
                out.append(f"the command reads {what} in the final WORKDIR {workdir}, a "
                           f"directory the runner does not copy whole, and {fill.why}: no "
                           "tree the runner copies holds it, so the runner would lack it")
                break
    return out


def _uncopied_written_scripts(facts: StageFacts, trees: List[str]) -> List[str]:
    """Problems: a script the command hands to Python (``python search.py`` in the final
    WORKDIR /) that a builder RUN wrote by its file tools (``cp /palantiri/search.py .``)
    where no tree the runner copies or context copy holds it: the runner would not have
    the program."""
    from ...analysis.artifact_moves import command_moves
    from ...analysis.commands import command_words
    workdir = facts.final.workdir or "/"
    scripts = []
    for node in facts.stage.body:
        if isinstance(node, (ast.Cmd, ast.Entrypoint)):
            words, _ = command_words(node)
            scripts += [resolve_path(workdir, words[i + 1]) for i, word in enumerate(words[:-1])
                        if _is_python(word) and words[i + 1].endswith(".py")]
    out = []
    for script in [s for s in scripts if s]:
        if any(t != "/" and is_within(script, t)
               for t in trees):
            continue
        writer = next((st.where for st in steps(facts) if st.command is not None and
                       any(_puts(m, st, script) for m in command_moves(st.command))),
                      None)
        if writer is not None:
            out.append(f"the command runs {script}, which the RUN at {writer} puts there "
                       "and no tree the runner copies holds")
    return out


def _puts(move, step, path: str) -> bool:
    """Whether ``move`` (a ``cp``/``mv``/``install``/``ln`` of ``step``) puts ``path``:
    its target, or a source of the same name put into the target directory."""
    target = path_arg(move.target, step) if move.target else None
    if target is None:
        return False
    target = target.rstrip("/") or "/"
    if target == path:
        return True
    return target == posixpath.dirname(path) and any(
        posixpath.basename(src.rstrip("/")) == posixpath.basename(path) for src in move.sources)


def _command_script_dirs(facts: StageFacts) -> List[str]:
    """The folders of ``_command_scripts``."""
    return [folder for folder, _ in _command_scripts(facts)]


def _command_scripts(facts: StageFacts) -> List[Tuple[str, str]]:
    """(folder, script) of the scripts the CMD/ENTRYPOINT hands to Python by path
    (``python /tmp/example/app.py`` after a clone into /tmp; ``python app/app.py`` in
    the final WORKDIR /srv after a clone into /srv/app): the script and the modules
    beside it must reach the runner.  A script in the final WORKDIR itself (``python
    app.py``) is left to the WORKDIR's own reading (``_unknown_fill``,
    ``_uncopied_workdir_reads``)."""
    from ...analysis.commands import command_words
    workdir = facts.final.workdir or "/"
    out = []
    for node in facts.stage.body:
        if isinstance(node, (ast.Cmd, ast.Entrypoint)):
            words, _ = command_words(node)
            for i, word in enumerate(words[:-1]):
                script = words[i + 1]
                if not (_is_python(word) and script.endswith(".py")):
                    continue
                if not script.startswith("/") and ("/" not in script or "$" in script):
                    continue  # (in the WORKDIR itself, or relative to a value not known)
                path = resolve_path(workdir, script)
                folder = posixpath.dirname(path)
                if folder not in interpreted.NOT_APP_DIRS:
                    out.append((folder, path))
    return out


#: pip options that put the install somewhere else than the environment's site-packages
#: (or make it point at a source tree)
_MOVING = ("--target", "-t", "--prefix", "--user", "--root", "-e", "--editable", "--src",
           "--install-option", "--global-option", "--config-settings", "-C",
           "--python")  # (pip >= 22.3: the install is another interpreter's)
#: pip options whose value is the next word (a variable there is a file or a URL)
_VALUED = frozenset({"-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
                     "--extra-index-url", "-f", "--find-links", "--trusted-host", "--timeout",
                     "--retries", "--cache-dir", "--log", "--proxy", "--progress-bar",
                     "--platform", "--python-version", "--implementation", "--abi",
                     "--upgrade-strategy", "--no-binary", "--only-binary", "--exists-action"})
#: environment variables naming the same as ``_MOVING`` for every pip
_MOVING_ENV = ("PIP_TARGET", "PIP_PREFIX", "PIP_USER", "PIP_ROOT", "PIP_SRC",
               "PIP_INSTALL_OPTION", "PIP_GLOBAL_OPTION", "PIP_CONFIG_FILE")


def _moves_install(args, env) -> Optional[str]:
    """Why a ``pip install`` with arguments ``args`` (after ``install``) may install
    elsewhere than the active environment's or the system's site-packages, or None:
    an option that moves it (``_MOVING``), one set in the environment, or a word whose
    value is not known outside an option's value (``pip install $req``: it may be
    ``--target=...``).  Decides whether a pip inside an ``if``/loop leaves the runner's
    copies the same whichever way the construct ran."""
    for name in _MOVING_ENV:
        if env.get(name):
            return f"{name} is set"
    for i, word in enumerate(args):
        option = word.split("=", 1)[0]
        if option in _MOVING or _short_moving(word):
            return f"its option {option} installs elsewhere"
        if ("$" in word or "`" in word) and not expand(word, env).complete:
            if not (i and args[i - 1] in _VALUED) and \
                    not (word.startswith("-") and word.split("$", 1)[0].split("=", 1)[0]
                         in _VALUED):
                return f"its word {word} is not known and may be an option"
    return None


def _short_moving(word: str) -> bool:
    """Whether a cluster of pip's short options (``-Ut/x``, ``-qe.``) holds ``-t``,
    ``-e`` or ``-C``; the letters after an option that takes a value are its value
    (``-rrequirements-test.txt``)."""
    if not word.startswith("-") or word.startswith("--"):
        return False
    for letter in word[1:]:
        if letter in "teC":
            return True
        if letter in "rcifbd":
            return False
    return False


def _pip_src_dirs(facts: StageFacts) -> List[str]:
    """The ``--src`` directories of pip installs: editable VCS requirements are checked
    out there and the installed links point into them."""
    out = []
    for step in interpreted.steps(facts):
        if _build_step(step):
            src = option_value(list(step.argv), "--src")[1]
            path = resolve_path(step.cwd, src) if src else None
            if src and path is None:
                raise Decline(f"{step.where}: pip --src {src}: the directory the editable "
                              "requirements are checked out to is not known")
            if path and path not in interpreted.NOT_APP_DIRS:
                out.append(path)
    return out


def _build_step(step) -> bool:
    """Whether a command is one of the Python installs whose output the runner copies
    (pip in any form, setup.py, easy_install, get-pip, venv/virtualenv, poetry, pipenv,
    uv): it writes /usr/local, an environment or the app."""
    argv = list(step.argv)
    head = program_name(argv[0])
    if _is_python(argv[0]) and len(argv) > 1:
        if argv[1] == "-m" and len(argv) > 2:
            return argv[2] in ("pip", "venv", "virtualenv", "ensurepip", "easy_install")
        script = posixpath.basename(argv[1])
        return script in ("setup.py", "get-pip.py")
    return bool(re.fullmatch(r"(pip|pip[0-9.]+|easy_install(-?[0-9.]+)?|virtualenv|poetry|"
                             r"pipenv|uv)", head))


#: project managers that build environments and pip-install into them, after the build
#: as well (tox and nox are distribution_runner's TASK_RUNNERS: captured there already)
_ENVIRONMENT_BUILDERS = frozenset({"hatch", "pdm", "pip-sync"})


def _late_build_step(step) -> bool:
    """``_build_step``, and after the build also the environment builders: a RUN of
    ``pdm install`` repeated in a runner without the compilers and -dev packages fails
    where the original passes, so it runs in the builder and its effect is captured as
    a pip install's is."""
    return _build_step(step) or program_name(step.argv[0]) in _ENVIRONMENT_BUILDERS


#: conda's commands that change packages of an environment under its prefix and
#: nothing outside it (``conda init`` and ``conda config`` write the user's home)
_CONDA_PREFIX_ONLY = frozenset({"install", "update", "upgrade", "remove", "uninstall", "create",
                                "clean"})


def _build_step_on(own, ldconfig: bool) -> Callable:
    """``_build_step``; ``ldconfig`` when the runner runs it after the copies (the build
    installed libraries into /usr/local/lib: its cache is made there again); and on an
    image whose own trees hold a conda installation (/opt/conda, on PATH) conda's
    package commands: what they write lies in that prefix, which the runner gets as the
    build left it (staged by the marker)."""
    conda = [t for t in own if t != "/usr/local"]

    def build_step(step) -> bool:
        if _build_step(step):
            return True
        argv = list(step.argv)
        head = program_name(argv[0])
        if ldconfig and argv == ["ldconfig"]:
            return True
        if not conda or head not in ("conda", "mamba", "micromamba") or \
                ("/" in argv[0] and not any(argv[0].startswith(t + "/") for t in conda)):
            return False
        words = [a for a in argv[1:] if not a.startswith("-")]
        if words[:1] == ["env"]:
            words = words[1:]
        prefix = option_value(argv[1:], "--prefix", "-p")[1]
        return bool(words) and words[0] in _CONDA_PREFIX_ONLY and (
            prefix is None or within_any(prefix, conda))
    return build_step


def _context_replays(facts: StageFacts, last: int, trees) -> Tuple[ast.Instruction, ...]:
    """The context COPY/ADDs up to the build (index ``last``) whose destination is in
    none of ``trees``, repeated in the runner with an absolute destination: the files
    the program may read there (a script in /, a config in /etc) come from the same
    context.  ``COPY . <dir>`` is left to the runtime inputs, which repeat it too."""
    out = []
    for fact in facts.instructions[:last + 1]:
        node = fact.node
        if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None or \
                any(src in (".", "./") for src in node.sources):
            continue
        target = copy_target(node, fact)
        if target is None:
            raise Decline(f"{node.name} at line {node.span.line if node.span else '?'} "
                          "copies build inputs to a directory that is not known; the program "
                          "may read them at run time")
        if any((target.rstrip("/") + "/").startswith(t.rstrip("/") + "/") for t in trees) or \
                target.startswith(("/tmp/", "/var/tmp/")):
            continue  # carried with a tree, or scratch the build consumes
        if within_any(target, removed_paths(facts, fact.index + 1, last + 1)):
            continue  # a RUN of the build removes it (``ADD scapy.tar.gz /opt/``, unpacked, ``rm``)
        if node.flag("chown") is not None and not (node.flag("chown").value or "")[:1].isdigit():
            owner = (node.flag("chown").value or "").split(":")[0]
            if owner not in facts.base.users:
                raise Decline(f"{node.name} gives build inputs outside the app directory to user "
                              f"{owner}, whom the runner creates only later")
        absolute = target.rstrip("/") + "/" if copies_into_directory(node, fact, facts) \
            else target
        out.append(ast.replace(node.with_changes(paths=node.paths[:-1] + (absolute,)),
                               leading=(ast.Comment("# build inputs outside the app directory, "
                                                    "which the program may read at run time"),)))
    return tuple(out)


#: the distribution's directories where pip, setup.py or a build may create files
#: among the packages' own (globs, expanded in the builder)
STAGED_ROOTS = ("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib/python*",
                "/usr/lib64/python*")
SYSTEM_BIN = {"/usr/bin", "/usr/sbin", "/bin", "/sbin"}
#: an interpreter a build step runs by name: the staging script runs on it (valid
#: Python 2 and 3)
_STEP_INTERPRETER = re.compile(r"python(2(\.[0-9]+)?)?")


def _own_interpreter(facts: StageFacts, own: Tuple[str, ...]) -> str:
    """The interpreter the staging script runs on in the builder of an image of its own
    trees where the build installed no Python package: one the builder has (the script
    is valid Python 2 and 3; buildpack-deps:jessie with a Python 2 built into /usr/local
    has no python3, and a guessed python3 failed the build with exit 127).  One the
    build's own steps ran by name; or, on an image of several own trees (continuumio's
    /opt/conda), the image's ``python`` on its PATH; or the image's own, where its data
    shows the PYTHON_VERSION (an image built on python:3.6-alpine has python3, on
    python:2 python); else (a build that runs only pip:
    its interpreter is on the PATH, under a name not known here, a conda or virtual
    environment's python3) the first of python3, python and python2 the builder's
    shell finds."""
    heads = [program_name(s.argv[0]) for s in interpreted.steps(facts)]
    if any(h.startswith(("python3", "pip3")) for h in heads):
        return "python3"
    # (a bare name: one the PATH finds; /opt/venv/bin/python says nothing of it)
    named = [s.argv[0] for s in interpreted.steps(facts)
             if _STEP_INTERPRETER.fullmatch(s.argv[0])]
    if named:
        return named[0]
    if len(own) != 1:
        return "python"
    shown = (facts.base.versions.get("PYTHON_VERSION") or "")[:2]
    if shown in ("3.", "2."):  # (the image's own: python:3.6-alpine's python3)
        return "python3" if shown == "3." else "python"
    return '"$(command -v python3 || command -v python || command -v python2)"'


#: the distribution's packages that bring the interpreter, pip, setuptools'
#: pkg_resources and distutils, all of which an installed program may import: kept in
#: the runner although the package tables call pip and setuptools build tools
_INTERPRETER = re.compile(r"^(python[0-9.]*|pypy[0-9]*|python[0-9.]*-(pip|setuptools|wheel|"
                          r"distutils|venv|minimal|pkg-resources|lib2to3|virtualenv)|"
                          r"py[0-9]?-(pip|setuptools|wheel|virtualenv))$")


def _unmapped_dev(facts: StageFacts, pkgs) -> Tuple[str, ...]:
    """The -dev packages a full Debian python image's build installs whose runtime
    package no table names: their libraries are gathered in the builder with the others
    the copied modules load (``full_image_libraries``), the files their ``.so`` links
    point to included (a library loaded through ctypes has no NEEDED entry), instead of
    the rewrite declining.  On a slim or Alpine builder nothing is gathered: None."""
    if facts.base.family != "debian" or not full_image_libraries.applies(facts):
        return ()
    distro = packages.distro_of("debian", facts.base.release)
    return tuple(dict.fromkeys(
        p for p in pkgs if packages.kind_of(p, distro) == "dev" and
        _interpreter_of_dev(p) is None and packages.runtime_of(p, distro) is None))


#: the Miniconda, Anaconda, Miniforge and Mambaforge installers (``bash Miniconda3-latest-
#: Linux-x86_64.sh -b -p /opt/conda``)
_CONDA_INSTALLER = re.compile(r"(?i)(mini|ana)conda[0-9]?[^/]*[.]sh$|(miniforge|mambaforge)"
                              r"[0-9]?[^/]*[.]sh$")


def _conda_build(facts: StageFacts) -> Optional[str]:
    """Where the build makes a conda environment (an installer run, ``conda install``,
    ``conda create``, ``conda env create|update``), said for messages ("the conda
    installer at line 5"), or None."""
    for step in interpreted.steps(facts):
        head = program_name(step.argv[0])
        words = [w for w in step.argv[1:] if not w.startswith("-")]
        if head in ("conda", "mamba", "micromamba") and words[:1] in (
                ["install"], ["create"], ["update"]) or \
                head in ("conda", "mamba") and words[:2] in (["env", "create"],
                                                             ["env", "update"]):
            return f"`{head} {' '.join(words[:2])}` at {step.where}"
        if any(_CONDA_INSTALLER.search(w) for w in step.argv[:2]) and \
                (head in ("bash", "sh") or _CONDA_INSTALLER.search(head)):
            return f"the conda installer at {step.where}"
    return None


def _runtime_keep(facts: StageFacts):
    """The packages kept in the runner although the tables call them build tools: the
    interpreter's, and a version-control client (or another of
    ``packages.RUN_TIME_HELPERS``: gettext, gnupg, lsb-release) the original keeps, which
    the program may run as the build did (one rule on every runner: ``runner_packages.build_only``,
    ``distribution_runner.replay_packages``; here also for the capture window's)."""
    def keep(package: str) -> bool:
        return package in packages.RUN_TIME_HELPERS or package == "git-core" or \
            bool(_INTERPRETER.match(package))
    return keep


def _interpreter_of_dev(package: str) -> Optional[str]:
    """The interpreter package behind a Python -dev package (``python3-dev`` ->
    ``python3``, ``python3.6-dev`` -> ``python3.6``): its headers stay in the builder."""
    m = re.fullmatch(r"(?:lib)?(python[0-9.]*)(?:-all)?-(dev|devel)", package)
    return m.group(1) if m else None


RECIPE = PythonRecipe()


def _editable_trees(facts: StageFacts) -> List[str]:
    """The directories ``pip install -e`` installed from: site-packages holds only a
    link to them (an .egg-link or a .pth path), so the runner needs them at the same
    path.  A VCS URL is checked out under ``--src`` (default ``<cwd>/src``, as pip
    documents it for installs outside a virtualenv).  An unknown path raises Decline."""
    out = []
    for step in interpreted.steps(facts):
        argv = list(step.argv)
        develop = _setup_develop_tree(step)
        if develop is not None:
            out.append(develop)
            continue
        args = _pip_install_args(argv)
        if args is None:
            continue
        out += [_editable_tree(step, args, value)
                for value in option_values(args, "-e", "--editable")]
    return out


def _pip_install_args(argv) -> Optional[List[str]]:
    """The words after ``install`` of a pip install (``pip``, ``pip3``, ``pip3.8``,
    ``python -m pip``); None for any other command."""
    argv = list(argv)
    if argv and _is_python(argv[0]) and argv[1:3] == ["-m", "pip"]:
        argv = ["pip"] + argv[3:]
    head = program_name(argv[0]) if argv else ""
    if not (head in ("pip", "pip3") or re.fullmatch(r"pip\d\.\d+", head)) or \
            argv[1:2] != ["install"]:
        return None
    return argv[2:]


def _editable_tree(step, args: List[str], value: str) -> str:
    """The directory an editable requirement ``value`` of the pip install ``args``
    (run at ``step``) links site-packages to: a VCS URL's checkout under ``--src``
    (default ``<cwd>/src``), else the local project (extras left off), relative to the
    directory pip ran in.  An unknown path raises Decline."""
    if "://" in value or value.startswith("git+"):
        value = option_value(args, "--src")[1] or "src"
    else:  # a local project with extras (`-e '/syncrypt[dist]'`, `-e .[dev]`)
        value = re.sub(r"\[[^\]/]*\]$", "", value) or "."
    path = resolve_path(step.cwd, expand(value, step.env).value) \
        if "$" not in value or expand(value, step.env).complete else None
    if path is None:
        raise Decline(f"{step.where}: pip install -e {value}: the directory site-packages "
                      "links to is not known")
    return path.rstrip("/") or "/"


#: where the system's pip is found (one elsewhere, or an active VIRTUAL_ENV, is an
#: environment's, whose editable checkouts are under it)
_SYSTEM_BINS = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")


def requirements_checkouts(facts: StageFacts) -> List[str]:
    """The directories pip's installs of requirements files (``-r``) may check editable
    VCS requirements out to (``--src``, default ``<cwd>/src``): what the builder may
    write there, for the post-conditions, which read the builder without the build
    context that shows the requirements."""
    out = []
    for step in interpreted.steps(facts):
        args = _pip_install_args(step.argv)
        if args and option_values(args, "-r", "--requirement"):
            src = option_value(args, "--src")[1] or "src"
            path = resolve_path(step.cwd, src) if "$" not in src else None
            if path:
                out.append(path.rstrip("/") or "/")
    return out


def _requirements_editable_trees(facts: StageFacts, project) -> List[str]:
    """The directories the editable requirements (``-e``) of the requirements files
    (``-r``, read from the build context) of the system pip's installs link
    site-packages to (``_editable_tree``: pip reads a requirements file's paths from
    the directory it runs in, and checks VCS URLs out under ``<cwd>/src`` outside an
    environment).  An install into an environment is left out: its checkouts are under
    it, copied with it."""
    out = []
    for step, args in _system_requirement_installs(facts):
        for name in option_values(args, "-r", "--requirement"):
            image = resolve_path(step.cwd, name) if "$" not in name else None
            values = python_full_image.editable_requirements(project, image) \
                if image else None
            out += [_editable_tree(step, args, value) for value in values or ()]
    return out


def _system_requirement_installs(facts: StageFacts):
    """(step, arguments) of the system pip's installs of requirements files (``-r``),
    whose editable VCS requirements pip checks out under ``<cwd>/src`` (``--src``):
    not into an environment (an active ``VIRTUAL_ENV``, another pip, ``--target``,
    ``--prefix``, ``--root``), whose checkouts are under it, copied with it."""
    for step in interpreted.steps(facts):
        args = _pip_install_args(step.argv)
        if args is None or step.env.get("VIRTUAL_ENV") or \
                any(a.partition("=")[0] in ("-t", "--target", "--prefix", "--root")
                    for a in args) or \
                "/" in step.argv[0] and posixpath.dirname(step.argv[0]) not in _SYSTEM_BINS or \
                (step.env.get("PATH") or "/usr/bin").split(":")[0] not in _SYSTEM_BINS or \
                not option_values(args, "-r", "--requirement"):
            continue
        yield step, args


def unread_checkouts(facts: StageFacts, project) -> List[Tuple[int, str]]:
    """(stage body index, directory) of the checkout directories (``--src``, default
    ``<cwd>/src``) of the system pip's installs of requirements files of which one at
    least is not read (no ``project``: no build context): whether they hold editable
    VCS requirements, which pip checks out there and site-packages only links to, is
    not known (``pip_checkouts`` copies the directory where the build made it)."""
    out = []
    for step, args in _system_requirement_installs(facts):
        names = option_values(args, "-r", "--requirement")
        images = [resolve_path(step.cwd, n) if "$" not in n else None for n in names]
        if project is not None and all(
                image and python_full_image.editable_requirements(project, image) is not None
                for image in images):
            continue  # (each read: its editables are copied by _with_requirements_editables)
        src = option_value(args, "--src")[1] or "src"
        path = resolve_path(step.cwd, src) if "$" not in src else None
        if path:
            out.append((step.index, path.rstrip("/") or "/"))
    return out


def _setup_develop_tree(step) -> Optional[str]:
    """The project directory ``python setup.py develop`` links site-packages to (an
    .egg-link and an easy-install.pth line naming it), as ``pip install -e`` does: the
    working directory, which setuptools requires to be the setup script's.  None for any
    other command; a setup script elsewhere, or a path not known, raises Decline."""
    argv = list(step.argv)
    if not argv or not _is_python(argv[0]) or not _runs_setup_script(argv[0], argv) or \
            "develop" not in argv[2:]:
        return None
    script = next(w for w in argv[1:] if not w.startswith("-"))
    where = resolve_path(step.cwd, expand(script, step.env).value) \
        if step.cwd and ("$" not in script or expand(script, step.env).complete) else None
    if where is None or posixpath.dirname(where) != (step.cwd.rstrip("/") or "/"):
        raise Decline(f"{step.where}: `setup.py develop` links site-packages to its project "
                      "directory, which is not known here (the setup script is not in the "
                      "working directory, or the directory is not known)")
    return posixpath.dirname(where)


def _kept_package_program(program: str, facts: StageFacts) -> Optional[Artifact]:
    """The program of a package the original installs and keeps, named as its package
    (``apk add bash`` on python:3.6-alpine, ``ENTRYPOINT bash start.sh``) or by the
    table of programs whose package has another name (``supervisord`` of ``apk add
    supervisor``): the runner installs that package again (runner_packages), so the
    command finds it there; it is no console script the build created in /usr/local/bin
    (a COPY of one would fail)."""
    from ..runner_programs import packages_of
    name = program_name(program)
    if "/" in program and posixpath.dirname(program) not in ("/bin", "/usr/bin"):
        return None
    kept, _ = kept_installs(facts)
    base = packages.distro_of(facts.base.family, facts.base.release)
    package = next((p for p in packages_of(name) if p in kept), None)
    if package is None or packages.kind_of(package, base) in ("toolchain", "helper", "dev"):
        return None
    return Artifact(None, name, f"the program of {package}, a package the original "
                    "installs, installed again in the runner", -1, provided=True)


#: modules whose run writes nothing the program needs outside site-packages and the app
#: (installers, byte-compilers, test runners and introspection)
_QUIET_MODULES = frozenset({"pip", "venv", "virtualenv", "ensurepip", "easy_install",
                            "compileall", "py_compile", "site", "sysconfig", "platform",
                            "pytest", "unittest", "doctest", "pip_audit", "build", "wheel",
                            "setuptools", "pipenv", "poetry", "uv"})


def _module_data_trees(facts: StageFacts, last: int, prefix: Optional[str],
                       artifacts, own=()) -> List[Artifact]:
    """The directories the module runs of the install RUNs fill where their documented
    behaviour tells which (``module_data``: nltk's data, a Jupyter kernelspec), as
    trees for the runner, those the copied trees hold left out.  ``prefix``: the
    ``sys.prefix`` of the image's own Python on an image with no directory of its own
    those modules prefer, else None (``module_data.data_dir``); ``own``: the image's own
    trees, whose new files the runner gets staged."""
    from .module_data import data_dir
    held = [a.path for a in artifacts if a.tree and a.path and a.destination is None] + \
        list(own)
    out: List[Artifact] = []
    for step in interpreted.steps(facts):
        if step.index > last or not _is_python(step.argv[0]):
            continue
        found = data_dir(facts, step, prefix)
        if found is None or any(is_within(found, t)
                                for t in held + [a.path for a in out]):
            continue
        out.append(Artifact(posixpath.dirname(found), posixpath.basename(found),
                            f"what `{' '.join(step.argv[:3])}` at {step.where} writes there "
                            "(its documented directory)", step.index, tree=True))
    return out


def _module_runs_before_copy(facts: StageFacts, last: int,
                             prefix: Optional[str] = None) -> List[str]:
    """Problems: ``pip install nltk && python -m nltk.downloader punkt`` in a RUN of the
    install, or between the installs: those RUNs stay in the builder, and the runner
    gets site-packages and the app, not what the module wrote where it decides (nltk's
    data under ~/nltk_data, a spaCy model), except where ``module_data`` knows that
    directory (carried by ``_module_data_trees``; ``prefix`` as there).  (A module run
    after the installs is a RUN after the build, whose effect is captured.)"""
    from .module_data import data_dir
    for step in interpreted.steps(facts):
        argv = step.argv
        if step.index > last or len(argv) < 3 or not _is_python(argv[0]) or \
                argv[1] != "-m" or argv[2].split(".")[0] in _QUIET_MODULES:
            continue
        if data_dir(facts, step, prefix) is not None:
            continue
        return [f"{step.where}: `{' '.join(argv[:3])}` runs in the RUNs of the Python install, "
                "which stay in the builder: what it writes outside site-packages and the app "
                "(a data or model download) is not known, and the runner gets only those"]
    return []

