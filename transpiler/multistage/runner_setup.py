"""Runner setup helpers, used by the runner stage and the recipes' runner plans: RUN
lines that only create users, directories, links and modes, repeated in the runner;
users created inside build RUNs; the RUN nodes a plan adds (with their comments).

A setup RUN (``mkdir``/``chmod``/``chown``/``ln``/``touch``/user creation) needs only a
shell, so it runs in any runner that has one, whatever its distribution, provided
that:

- every path it changes exists in the runner (an artifact or a runtime COPY put it
  there, an earlier setup RUN made it, or it is a directory every image has);
- every user and group it names exists there (the runner table, or created before);
- user creation speaks the runner's tools: Debian's ``useradd``/``adduser``/``groupadd``
  become BusyBox ``adduser``/``addgroup`` on Alpine; what has no equivalent declines.

``RunnerFiles`` tracks what exists in the runner as its instructions are emitted."""

from __future__ import annotations

import posixpath
import shlex
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..tree import ast
from ..analysis.shell import program_name, split_commands, unwrap, xargs_command
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge.filesystem import BUILD_ONLY_DIRS, RUNTIME_DEVICES, SYSTEM_DIRS
from ..knowledge.user_tools import USER_TOOLS, created_home, to_busybox, user_names
from .decline import Decline
from ..analysis.paths import within_any

SHELL_BUILTINS = {"exit", "true", "false", "test", "[", "echo", "printf", "kill", ":"}


def run_node(text: str, comment: str = "", ignore: str = "",
             lists_kept: bool = False) -> ast.Run:
    """A RUN with an explanatory comment; ``ignore`` names hadolint rules that do not
    apply (the runtime packages follow the builder's release, so their versions are
    not pinned: DL3008 for apt, DL3018 for apk).  ``lists_kept``: an apt install on the
    lists the image holds (``package_index``), which it keeps: DL3009 too."""
    leading = (ast.Comment(f"# {comment}"),) if comment else ()
    if ignore and lists_kept and "DL3009" not in ignore:
        ignore += ",DL3009"
    if ignore:
        leading += (ast.Comment(f"# hadolint ignore={ignore}"),)
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=leading)


def run_commands(node):
    """The words of each command of a RUN's shell form (none for another instruction),
    wrappers left out (``sudo``, ``env``) and, for ``xargs``, the command it runs."""
    if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm):
        return
    for cmd in split_commands(node.command.text).commands:
        argv = unwrap(cmd).argv
        if argv and program_name(argv[0]) == "xargs":
            argv = xargs_command(argv)
        if argv:
            yield argv


#: how the runner's setup RUNs join their commands (``command_chain``)
AND = " && "


def command_chain(node) -> Optional[Tuple[Tuple[str, Tuple[str, ...]], ...]]:
    """The commands of a RUN whose shell form is one line of simple commands joined by
    `` && `` (as the transpiler writes its setup RUNs), each as (its text, its words),
    read by the shell parser: ``AND.join`` of the texts is the RUN's text again, so a
    reader may write the RUN anew from its commands, one of them changed or left out.
    None for any other RUN (another separator, a compound command, a line break, text
    that does not parse): a `` && `` inside a quoted word is no separator here."""
    if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm):
        return None
    text = node.command.text
    if not text or "\n" in text:
        return None
    script = split_commands(text)
    cmds = script.commands
    if script.complex or script.syntax_error or not cmds or \
            any(c.separator_before not in (None, "&&") or c.conditional or c.subshell or
                c.line != 1 for c in cmds) or cmds[0].separator_before is not None:
        return None
    raw = text.encode()
    starts = [c.column - 1 for c in cmds] + [len(raw) + len(AND)]
    parts = []
    for i, cmd in enumerate(cmds):
        piece = raw[starts[i]:starts[i + 1] - len(AND)].decode(errors="replace")
        parts.append((piece, tuple(cmd.argv)))
    if starts[0] != 0 or AND.join(p for p, _ in parts) != text:
        return None
    return tuple(parts)


def runs_apt(node) -> bool:
    """Whether ``node`` is a RUN one of whose commands runs apt (``apt-get``, ``apt``,
    ``aptitude``; under xargs too), read from its words."""
    return any(program_name(argv[0]) in ("apt-get", "apt", "aptitude")
               for argv in run_commands(node))


def runner_family(runner) -> Optional[str]:
    """The user tools' flavour of a known runner with a shell ("alpine": BusyBox,
    "debian": shadow + Debian's adduser); None otherwise."""
    if not runner.known or runner.shell is None or runner.distribution is None:
        return None
    return runner.distribution.user_tools


def base_family(base) -> Optional[str]:
    """The user tools' flavour of the builder image (None: unknown)."""
    return base.distribution.user_tools if base.distribution is not None else None


class RunnerFiles:
    """Paths, users and groups known to exist in the runner so far."""

    def __init__(self, runner, workdir: Optional[str]):
        self.trees: Set[str] = set()  # copied or created: anything under them exists
        self.dirs: Set[str] = set(SYSTEM_DIRS)
        self.trees.update(RUNTIME_DEVICES)
        self.users: Set[str] = set(runner.users)
        self.groups: Set[str] = set(runner.users)
        for program in getattr(runner, "provides", ()) or ():
            if program.startswith("/"):  # the image's own programs (its shell, node, java)
                self.add_tree(program)
        if workdir:
            self.add_dir(workdir)

    def add_dir(self, path: str) -> None:
        while path not in ("", "/"):
            self.dirs.add(path)
            parent = posixpath.dirname(path)
            if parent == path:  # "//" is its own dirname (POSIX keeps a leading //)
                break
            path = parent

    def add_tree(self, path: str) -> None:
        path = path.rstrip("/") or "/"
        self.trees.add(path)
        self.add_dir(posixpath.dirname(path))

    def has(self, path: str) -> bool:
        path = path.rstrip("/") or "/"
        if path in self.dirs or path in self.trees:
            return True
        return within_any(path, self.trees)



def builder_commands(placements):
    """(RUN node, argv) of every simple command of the shell-form RUNs that stay in the
    builder: what the build did that the runner may have to make up for."""
    for p in placements:
        node = p.node
        if p.where != "builder" or not isinstance(node, ast.Run) or \
                not isinstance(node.command, ast.ShellForm):
            continue
        for c in split_commands(node.command.text).commands:
            argv = unwrap(c).argv
            if argv:
                yield node, argv


def account_names(argv, flavour: str) -> Optional[Set[str]]:
    """The users and groups one command creates when it only adds them to /etc/passwd
    and /etc/group, with no home directory to carry (``useradd`` without ``-m``,
    ``groupadd``, ``addgroup``, ``adduser --no-create-home``); None for anything else."""
    if not argv:
        return None
    tool = program_name(argv[0])
    if tool not in ("useradd", "groupadd", "addgroup", "adduser"):
        return None
    if tool == "useradd" and any(w in ("-m", "--create-home") or
                                 (w.startswith("-") and not w.startswith("--") and "m" in w)
                                 for w in argv[1:]):
        return None
    if tool == "adduser" and "--no-create-home" not in argv and "-H" not in argv:
        return None
    users, groups, _ = user_names(argv, flavour)
    return users | groups


def accounts_only(node, flavour: str) -> Optional[Set[str]]:
    """The users and groups a RUN creates when creating them (``account_names``) is all
    it does: such a RUN needs no shell in the runner, as the builder can run it and the
    runner take its /etc/passwd and /etc/group.  None otherwise."""
    if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm) or \
            node.heredocs:
        return None
    script = split_commands(node.command.text)
    if script.complex:
        return None
    names: Set[str] = set()
    for raw in script.commands:
        argv = unwrap(raw).argv
        if not argv:
            continue
        got = account_names(argv, flavour)
        if got is None:
            return None
        names |= got
    return names or None


# ----------------------------------------------------------------------------- setup RUNs

class _Raw(str):
    """A word written back as the original shell text: it refers to build arguments
    that the runner re-declares, so ``--build-arg`` still reaches it (its value, used
    for the checks, would freeze the default)."""


def _words(argv, env, where, keep_args=frozenset()) -> Tuple[List[str], Dict[str, str]]:
    """The words expanded (for the checks) and, for those that only refer to the build
    arguments ``keep_args``, their expanded value -> the word as written."""
    out, raw = [], {}
    for word in argv:
        value = expand(word, env, unquote=False)  # (argv words are unquoted already)
        if not value.complete:
            raise Decline(f"RUN at {where}: `{word}` uses a variable whose value is not known, "
                          "so the runner's copy of this setup cannot be checked")
        out.append(value.value)
        if value.names and value.names <= keep_args and value.value != word:
            raw[value.value] = word
    for literal in argv:  # a literal equal to a value: which one is meant is not known
        raw.pop(literal, None)
    return out, raw


def _shell_join(argv) -> str:
    return " ".join(w if isinstance(w, _Raw) else shlex.quote(w) for w in argv)


#: options of the setup tools whose value is the next word (``mkdir -m 777 dir``):
#: the value is no path operand (it was made absolute: ``mkdir -m /777``)
_VALUE_OPTIONS = {"mkdir": ("-m", "--mode", "-Z", "--context"),
                  "touch": ("-d", "--date", "-t", "-r", "--reference"),
                  "ln": ("-S", "--suffix")}


def _option_values(argv: Sequence[str]) -> set:
    """The positions in ``argv`` of words that are the value of the option before them
    (``-m 777``, ``-pm 777``); none after ``--``."""
    options = _VALUE_OPTIONS.get(program_name(argv[0]) if argv else "", ())
    shorts = {o[1] for o in options if len(o) == 2}
    out = set()
    for i, word in enumerate(argv[1:], 1):
        if word == "--":
            break
        if i - 1 in out:
            continue
        if word in options or (word.startswith("-") and not word.startswith("--") and
                               len(word) > 1 and word[-1] in shorts and
                               all(c.isalpha() for c in word[1:])):
            out.add(i + 1)
    return out


def _operands(argv: Sequence[str]) -> List[str]:
    values = _option_values(argv)
    return [w for i, w in enumerate(argv[1:], 1) if not w.startswith("-") and i not in values]


def _owner_known(owner: str, files: RunnerFiles) -> Optional[str]:
    user, _, group = owner.partition(":") if ":" in owner else owner.partition(".")
    if user and not user.isdigit() and user not in files.users:
        return user
    if group and not group.isdigit() and group not in files.groups:
        return group
    return None


def setup_run(node: ast.Run, cwd: Optional[str], env: Dict[str, str], files: RunnerFiles,
              source: Optional[str], target: Optional[str], final_workdir: Optional[str],
              where: str, image: str, only_users=None, before_build=False,
              keep_args=frozenset(), from_builder=lambda path: False) -> Optional[str]:
    """The shell text of ``node`` as the runner runs it (None = unchanged); updates
    ``files``.  Raises Decline when a path or user would be missing, or a command has no
    equivalent in the runner's distribution.  ``only_users``: extract just the user
    creation for these names (and ``chown`` to them) from a build RUN.  ``keep_args``:
    build arguments the runner re-declares; words that use them keep the reference.
    ``from_builder(path)``: the path reaches the runner by a ``COPY --from=builder``,
    which keeps the owner the builder gave it, so a ``chown`` of it is not repeated
    (the user's creation runs before those copies: the path is not there yet)."""
    script = split_commands(node.command.text)
    if script.complex:
        raise Decline(f"RUN at {where}: the shell text is too complex to repeat in the runner "
                      f"({script.problem})")
    if only_users is None and any(c.separator_before not in (None, "&&", ";")
                                  for c in script.commands):
        raise Decline(f"RUN at {where}: only `&&`/`;` lists of setup commands can be repeated "
                      "in the runner")
    out: List[Tuple[Optional[str], List[str]]] = []
    rewrite_cwd = cwd if cwd != final_workdir else None
    for raw in script.commands:
        cmd = unwrap(raw)
        if not cmd.argv:
            continue
        tool = program_name(cmd.argv[0])
        argv, written = _words(cmd.argv, env, where, keep_args) \
            if only_users is None or tool in USER_TOOLS | {"chown"} else (list(cmd.argv), {})
        if only_users is not None:
            if tool in USER_TOOLS:
                users, groups, _ = user_names(argv, source or "debian")
                if not (users | groups) & only_users:
                    continue
            elif tool == "chown":
                ops = _operands(argv)
                owner = ops[0] if ops else ""
                if owner.split(":")[0].split(".")[0] not in only_users:
                    continue
                # only the paths that reach the runner keep their owner
                kept = [p for p in ops[1:] if resolve_path(cwd, p) and files.has(resolve_path(cwd, p))
                        and not from_builder(resolve_path(cwd, p))]
                if not kept:
                    continue
                argv = argv[:1] + [a for a in argv[1:] if a.startswith("-")] + [owner] + kept
            else:
                continue
        if before_build and tool in ("mkdir", "ln", "chmod", "chown", "chgrp", "touch") and \
                _build_only_paths(argv, tool, cwd):
            continue  # prepares the build (headers, GOPATH sources): not repeated
        argv = _setup_command(argv, tool, cwd, files, source, target, where, image, rewrite_cwd)
        if argv is None:
            raise Decline(f"RUN at {where}: `{cmd.argv[0]}` is not runtime setup")
        for pos, one in enumerate(argv):
            one = [_Raw(written[w]) if w in written else w for w in one]
            sep = raw.separator_before if pos == 0 and only_users is None else "&&"
            out.append((sep if out else None, one))
    if not out:
        return ""
    original = [list(unwrap(c).argv) for c in script.commands if unwrap(c).argv]
    if only_users is None and [a for _, a in out] == original:
        return None
    text = ""
    for sep, argv in out:
        if text:
            text += "; " if sep == ";" else " && "
        text += _shell_join(argv)
    return text


def _build_only_paths(argv, tool, cwd) -> bool:
    ops = _operands(argv)
    if tool in ("chmod", "chown", "chgrp"):
        ops = ops[1:]
    paths = [resolve_path(cwd, p) for p in ops]
    return bool(paths) and all(within_any(p, BUILD_ONLY_DIRS) for p in paths)


def _matches_alike(pattern: str, files: RunnerFiles) -> bool:
    """Whether a glob (``/src/*``, ``/app/*.sh``: a pattern in its last name only) matches
    in the runner what it matched in the original: its directory is a tree the runner
    copied whole (from the builder, as the build left it, or from the context, as the
    original did), so the names in it are the original's.  The shell hands the pattern
    on as it is where nothing matches, which fails the command in both images alike."""
    directory = posixpath.dirname(pattern.rstrip("/")) or "/"
    if any(ch in directory for ch in "*?[") or directory == "/":
        return False
    return within_any(directory, files.trees, root_holds_all=False)


def _setup_command(argv, tool, cwd, files, source, target, where, image,
                   rewrite_cwd) -> Optional[List[List[str]]]:
    def home_word(path) -> bool:
        """Whether ``path`` starts with ``~`` (the shell's home, unless it was quoted),
        which is left as it is: declined where the RUN is written again (its relative
        words made absolute), where whether it was quoted is no longer known."""
        if not path.startswith("~"):
            return False
        if rewrite_cwd is not None:
            raise Decline(f"RUN at {where}: `{' '.join(argv)}` is written again for the "
                          f"runner (run in {cwd}, its relative paths made absolute), and "
                          f"whether `{path}` names the home (`~` as written) or a directory "
                          "named `~` (quoted) is not known there")
        return True

    def absolute(path):
        if path.startswith("~"):  # (not a directory's name: the shell's home)
            raise Decline(f"RUN at {where}: `{' '.join(argv)}` changes `{path}`, in the home "
                          "directory of the user the RUN runs as, which the runner's setup "
                          "does not follow")
        resolved = resolve_path(cwd, path)
        if resolved is None:
            raise Decline(f"RUN at {where}: `{path}` is relative to an unknown directory")
        return resolved

    def need(path):
        if any(ch in path for ch in "*?[") and _matches_alike(absolute(path), files):
            return
        if any(ch in path for ch in "*?["):
            raise Decline(f"RUN at {where}: `{' '.join(argv)}`: the pattern {path} cannot be "
                          "checked in the runner")
        if not files.has(absolute(path)):
            raise Decline(f"RUN at {where}: `{' '.join(argv)}` changes {absolute(path)}, which "
                          f"is not in the runner {image} when it runs there (only the artifacts "
                          "copied before it are)")

    if tool == "true":
        return [list(argv)]
    if tool in USER_TOOLS or tool == "usermod":
        if tool == "usermod":
            if source != target:
                raise Decline(f"RUN at {where}: usermod has no BusyBox equivalent on {image}")
            return [list(argv)]
        users, groups, needs = user_names(argv, source or "debian")
        if source == target:
            commands = [list(argv)]
        elif source == "debian" and target == "alpine":
            try:
                commands = to_busybox(argv)
            except ValueError as exc:
                raise Decline(f"RUN at {where}: {exc}; the runner {image} has BusyBox user tools")
        else:
            raise Decline(f"RUN at {where}: user creation from a {source or 'unknown'} builder "
                          f"cannot be repeated on {image} ({target or 'unknown'} tools)")
        missing = [g for g in needs if g not in files.groups and g not in groups]
        if missing:
            raise Decline(f"RUN at {where}: group {missing[0]} does not exist in the runner")
        files.users |= users
        files.groups |= groups
        home = created_home(argv, source or "debian")
        if home is not None and not home.startswith("~"):
            # the tool makes the home (``adduser user``, ``useradd -m``), as in the
            # original: a later ``chmod 777 /home/user`` finds it in the runner too
            files.add_dir(home)
        return commands
    operands = _operands(argv)
    if tool == "mkdir":
        parents = any(w in ("-p", "--parents") or (w.startswith("-") and not w.startswith("--")
                                                  and "p" in w) for w in argv[1:])
        new = list(argv)
        for path in operands:
            if home_word(path):
                continue  # (made in a home the runner's setup does not follow: not recorded)
            target_dir = absolute(path)
            if not parents and files.has(target_dir):
                parents = True  # made already in the runner (its WORKDIR comes first)
                new.insert(1, "-p")
            files.add_dir(target_dir)
        return [_absolute_args(new, rewrite_cwd)]
    if tool == "touch":
        for path in operands:
            if not home_word(path):  # (a home's file: not recorded)
                files.add_tree(absolute(path))
        return [_absolute_args(argv, rewrite_cwd)]
    if tool in ("chmod", "chown", "chgrp"):
        if not operands:
            return [list(argv)]
        first = operands[0]
        if tool in ("chown", "chgrp"):
            unknown = _owner_known(first if tool == "chown" else ":" + first, files)
            if unknown:
                raise Decline(f"RUN at {where}: `{' '.join(argv)}`: user or group {unknown} "
                              f"does not exist in the runner {image}")
        for path in operands[1:]:
            need(path)
        return [_absolute_args(argv, rewrite_cwd, skip=1)]
    if tool == "ln":
        if len(operands) < 2:
            raise Decline(f"RUN at {where}: `{' '.join(argv)}`: link name not given")
        link = absolute(operands[-1])
        symbolic = any(w.startswith("-") and not w.startswith("--") and "s" in w
                       or w == "--symbolic" for w in argv[1:])
        for src in operands[:-1]:
            if symbolic and src.startswith("/") and not files.has(absolute(src)) and \
                    not any(ch in src for ch in "*?["):
                # (a symbolic link is made whatever it names: what matters is whether
                # the runner has that file, which the original had or not)
                raise Decline(f"RUN at {where}: `{' '.join(argv)}` makes {link} a link to "
                              f"{absolute(src)}, which the runner {image} is not known to have "
                              "(only the artifacts copied before it are known there): whether the "
                              "link finds its file there, as in the original, is not known")
            if not (symbolic and not src.startswith("/")):
                need(src)
            target_path = link if not files.has(link) else posixpath.join(
                link, posixpath.basename(src))
            files.add_tree(target_path)
        return [_absolute_args(argv, rewrite_cwd, keep_relative_first=symbolic)]
    return None


def _absolute_args(argv, cwd, skip=0, keep_relative_first=False) -> List[str]:
    """Relative path operands made absolute (the runner runs at its final WORKDIR)."""
    if cwd is None:
        return list(argv)
    out = [argv[0]]
    seen = 0
    values = _option_values(argv)
    for i, word in enumerate(argv[1:], 1):
        if word.startswith(("-", "/", "~")) or i in values:  # (``~/x``: the shell's home)
            out.append(word)
            continue
        if seen < skip or (keep_relative_first and seen == 0):
            seen += 1
            out.append(word)
            continue
        seen += 1
        out.append(resolve_path(cwd, word) or word)
    return out
