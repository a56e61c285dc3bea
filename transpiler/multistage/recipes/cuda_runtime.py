"""The runner of a build on an ``nvidia/cuda`` devel image: the image's ``runtime``
sibling of the same CUDA (and cuDNN) version and distribution release, when nothing
shows that the program uses what only the devel image has.

Why the sibling: NVIDIA publishes each CUDA version as ``base`` (cudart), ``runtime``
(``base`` + the CUDA libraries: cuBLAS, cuFFT, cuRAND, cuSOLVER, cuSPARSE, NPP,
nvGRAPH, NVRTC, NCCL; ``-cudnnN-runtime`` adds libcudnn) and ``devel`` (``runtime`` +
nvcc, ptxas and the other compiler tools, headers, static libraries, the ``-dev``
packages), each built on the one before (the image data's chain shows it).  A program
built on devel loads at run time the shared libraries runtime has; what devel adds is
for building, which the builder keeps.  What the program's compiled files load (ELF
NEEDED) is read in the builder and installed in the runner by package
(``distribution_runner.scan_run``), so a library only a devel package ships (cuPTI,
NVTX) comes along by name.

What cannot be read there is a program that compiles GPU code while it runs: it execs
nvcc or ptxas, or loads libNVVM and the headers (PyCUDA's ``SourceModule``, Theano,
CuPy's kernels, Numba's ``@cuda.jit``, JAX's XLA, KeOps).  Those need the devel image
at run time; so does a program whose dependencies are not all named in the Dockerfile
(a requirements file, a local project, a VCS checkout: what they install is not read
here).  Then the runner stays the builder's own devel image (``image_base``'s answer
without the sibling), and ``why`` says which fact kept it.
"""

from __future__ import annotations

import posixpath
import re
from typing import Optional

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...knowledge.official import resolve
from ...knowledge.references import pinned_by_digest
from ...tree import ast
from . import interpreted
from .base import Decline

__all__ = ["runtime_sibling", "devel_use"]

#: the CUDA toolkit's compiler programs (the devel image's ``cuda-compiler``/``cuda-core``
#: and ``cuda-command-line-tools`` packages): a command running one needs devel
TOOLKIT_PROGRAMS = frozenset({"nvcc", "ptxas", "nvlink", "fatbinary", "cuobjdump",
                              "nvdisasm", "cicc", "nvprune", "cuda-gdb", "nvprof",
                              "cuda-memcheck", "cu++filt"})
#: Python distributions that compile GPU code while the program runs (nvcc, ptxas,
#: libNVVM, the CUDA headers), by their own documentation: PyCUDA and scikit-cuda
#: (SourceModule runs nvcc), Theano (nvcc), CuPy and Chainer on it (kernels compiled
#: with the CUDA headers), Numba (libNVVM), JAX (ptxas), KeOps (nvcc)
JIT_DISTRIBUTIONS = re.compile(r"^(pycuda|scikit-cuda|theano|cupy(-cuda\d+)?|chainer|numba|"
                               r"jax|jaxlib|pykeops|keops)$")
#: pip options whose value names what is installed without naming the distributions
_UNREAD = {"-r": "requirements file", "--requirement": "requirements file",
           "-c": "constraints file", "--constraint": "constraints file",
           "-e": "editable project", "--editable": "editable project"}
#: pip options that take a value (the value is not a requirement)
_VALUED = {"-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--target", "-t",
           "--prefix", "--root", "--src", "--trusted-host", "--cache-dir", "--timeout",
           "--retries", "--proxy", "--log", "--upgrade-strategy", "--python-version",
           "--platform", "--implementation", "--abi", "--progress-bar", "--global-option",
           "--install-option", "--no-binary", "--only-binary"}


def runtime_sibling(facts: StageFacts) -> Optional[str]:
    """The ``runtime`` image published beside the devel builder (the image data's
    sibling), when the data resolves it to the same distribution release."""
    sibling = dict(facts.base.siblings).get("runtime")
    if not sibling:
        return None
    own, other = resolve(facts.base.reference), resolve(sibling)
    if own is None or other is None or other.distribution != own.distribution or \
            other.release != own.release:
        return None
    return sibling


def digest_blocker(facts: StageFacts, sibling: str) -> Optional[str]:
    """Why the runtime ``sibling`` is not the runner of a devel builder pinned by a
    digest (None: not pinned): the image data shows the devel tag's last image and the
    runtime tag built beside it, while the digest may be any build of the tag over the
    months it was published (``9.0-cudnn7-devel-ubuntu16.04`` was listed from 2017-10-02
    to 2018-11-12, and the data's image of it has cuDNN 7.4.1.5: the tag names the cuDNN
    major alone), so the runtime image of the digest's CUDA and cuDNN packages is not
    known; the builder's own pinned image is."""
    base = facts.base
    if not pinned_by_digest(base.reference):
        return None
    shown = ", ".join(f"{word} {base.versions[name]}" for name, word in
                      (("CUDA_VERSION", "CUDA"), ("CUDNN_VERSION", "cuDNN"))
                      if base.versions.get(name))
    return (f"{base.reference} is pinned by a digest, and the image data shows only the "
            f"tag's last image ({shown or 'its versions'} on {base.seen_on}) "
            f"and the runtime image built beside it; the digest may be an earlier build "
            "with other CUDA and cuDNN packages, whose runtime image is not known (pass "
            "--runtime with the runtime image's digest of the same build)")


def _distribution_name(word: str) -> Optional[str]:
    """The distribution a pip requirement word names (``numpy==1.14``, a wheel's file
    name or URL), or None when the word names a place whose content is not read (a
    local directory or archive, a VCS URL)."""
    if word.startswith(("git+", "hg+", "svn+", "bzr+")) or "://" in word and \
            not word.endswith(".whl"):
        return None
    base = posixpath.basename(word.split("#", 1)[0].split("?", 1)[0])
    if word.endswith(".whl"):
        return base.split("-", 1)[0].replace("_", "-").lower()
    if word.startswith((".", "/", "~")) or "/" in word or \
            re.search(r"\.(tar\.gz|tgz|zip|tar\.bz2)$", word):
        return None
    m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", word)
    return m.group(0).replace("_", "-").lower() if m else None


def _installed_words(facts: StageFacts):
    """(step, requirement word) of every ``pip install`` and ``conda install``."""
    for step in interpreted.steps(facts):
        argv = list(step.argv)
        if len(argv) > 2 and argv[1:3] == ["-m", "pip"]:
            argv = ["pip"] + argv[3:]
        head = program_name(argv[0]) if argv else ""
        if not (head in ("pip", "pip2", "pip3", "conda") or re.fullmatch(r"pip\d\.\d+", head)) \
                or argv[1:2] != ["install"]:
            continue
        args = argv[2:]
        i = 0
        while i < len(args):
            word = args[i]
            opt = word.split("=", 1)[0]
            if word.startswith("-"):
                i += 2 if (opt in _VALUED or opt in _UNREAD or opt in ("-c", "--channel")) \
                    and "=" not in word else 1
                continue
            yield step, word
            i += 1


def _hint(word: str) -> str:
    """The project a requirement word names, also for a VCS URL or a local path whose
    content is not read (``git+https://github.com/Theano/Theano.git`` -> theano)."""
    name = _distribution_name(word)
    if name is not None:
        return name
    base = posixpath.basename(word.split("#", 1)[0].split("@", 1)[0].rstrip("/"))
    return re.sub(r"\.git$", "", base).replace("_", "-").lower()


def _jit(facts: StageFacts) -> Optional[str]:
    for step, word in _installed_words(facts):
        name = _hint(re.split(r"[=<>]", word)[0] if "://" not in word else word)
        if JIT_DISTRIBUTIONS.match(name):
            return (f"{step.where}: {name} compiles GPU code while the program runs (nvcc "
                    "with the host compiler, libNVVM or the CUDA headers): the runner would "
                    "need the devel image and the build tools, which stay in the builder")
    return None


def devel_use(facts: StageFacts) -> Optional[str]:
    """Why the program may use what only the devel image has (dependencies not named in
    the Dockerfile, the CUDA compiler run after the installs or by the command), or
    None.  Raises ``Decline`` for a distribution that compiles GPU code while the
    program runs: nvcc also runs the host compiler, which stays in the builder with the
    other build tools, so neither runner runs it (and keeping every tool of the builder
    would save next to nothing)."""
    jit = _jit(facts)
    if jit is not None:
        raise Decline(jit)
    last_install = -1
    for step in interpreted.steps(facts):
        argv = list(step.argv)
        if len(argv) > 2 and argv[1:3] == ["-m", "pip"]:
            argv = ["pip"] + argv[3:]
        head = program_name(argv[0]) if argv else ""
        if head == "conda" and argv[1:2] == ["install"]:
            last_install = step.index
            continue
        if head in ("python", "python2", "python3") or re.fullmatch(r"python\d\.\d+", head):
            if "setup.py" in argv[1:2] and any(a in ("install", "develop") for a in argv):
                return (f"{step.where}: setup.py installs a local project whose dependencies "
                        "are not read here")
            continue
        if not (head in ("pip", "pip2", "pip3") or re.fullmatch(r"pip\d\.\d+", head)) or \
                argv[1:2] != ["install"]:
            continue
        last_install = step.index
        args = argv[2:]
        i = 0
        while i < len(args):
            word = args[i]
            opt = word.split("=", 1)[0]
            if opt in _UNREAD:
                value = word.split("=", 1)[1] if "=" in word else (
                    args[i + 1] if i + 1 < len(args) else "")
                return (f"{step.where}: pip installs from the {_UNREAD[opt]} {value}, whose "
                        "distributions are not read here")
            if word.startswith("-"):
                i += 2 if opt in _VALUED and "=" not in word else 1
                continue
            name = _distribution_name(word)
            if name is None:
                return (f"{step.where}: pip installs {word}, whose distributions are not "
                        "read here")
            i += 1
    for step in interpreted.steps(facts):
        if step.index > last_install and step.argv and \
                program_name(step.argv[0]) in TOOLKIT_PROGRAMS:
            return (f"{step.where}: {program_name(step.argv[0])} runs after the installs, "
                    "where the runner would be")
    for item in facts.instructions:
        node = item.node
        if isinstance(node, (ast.Cmd, ast.Entrypoint)) and node.command is not None:
            words = (node.command.args if isinstance(node.command, ast.ExecForm)
                     else node.command.text.split())
            used = [w for w in words if program_name(w) in TOOLKIT_PROGRAMS]
            if used:
                return f"the program's command runs {program_name(used[0])}"
    return None
