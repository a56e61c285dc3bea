"""Whether a build step of the file may run an assembler (nasm, yasm).

TOOLCHAIN counts an assembler as build-only: a C build (configure and make, cmake, a
build script, pip's or node-gyp's compiles) runs it, and the program built does not.
But a package the build cannot run was not installed for the build: Go's toolchain
assembles with its own assembler and cgo runs gcc only, so on a pure Go build an
installed nasm is there for the program (amber, a Go packer, runs nasm at run time:
corpus c6cae74e lost it from the runner).  The steps known to run no assembler are
the package managers, fetches and file utilities, and go's verbs that only compile
(not ``go generate``, ``go run``, ``go test``: they run programs of the source); any
other step (an unread script, make, a compiler, an interpreter's installer) may."""

from __future__ import annotations

from ..analysis import StageFacts
from ..analysis.shell import program_name
from ..knowledge.distributions import install_programs
from .recipes.run_walk import per_stage, steps

#: programs that run no assembler whatever their arguments: the package managers the
#: distributions module reads (``install_programs``: a new one is never taken for a build
#: step), the two it does not read, fetches and file utilities
_NEVER = install_programs() | frozenset({
    "zypper", "dpkg",
    "apt-key", "add-apt-repository", "apt-add-repository", "update-ca-certificates",
    "git", "wget", "curl", "tar", "unzip", "gzip", "gunzip", "xz", "bzip2",
    "mkdir", "cp", "mv", "rm", "ln", "chmod", "chown", "chgrp", "touch", "cd", "echo",
    "printf", "cat", "export", "set", "true", ":", "test", "[", "ls", "sed", "tee",
    "useradd", "adduser", "groupadd", "addgroup", "usermod", "ldconfig", "locale-gen",
    "update-locale", "sleep", "which", "command", "env", "hash", "unset",
})
#: go's verbs that compile and fetch only
_GO_VERBS = frozenset({"get", "build", "install", "mod", "env", "version", "clean",
                       "list", "vet", "fmt", "doc"})


def may_run_assembler(facts: StageFacts) -> bool:
    """Whether some RUN step of the stage may run an assembler (the module's rule)."""
    return per_stage(facts, "may_run_assembler", lambda f: (_may_run(f),))[0]


def _may_run(facts: StageFacts) -> bool:
    for step in steps(facts):
        if not step.argv:
            continue
        name = program_name(step.argv[0])
        if name in _NEVER:
            continue
        if name == "go":
            verb = next((w for w in step.argv[1:] if not w.startswith("-")), None)
            if verb in _GO_VERBS:
                continue
        return True
    return False
