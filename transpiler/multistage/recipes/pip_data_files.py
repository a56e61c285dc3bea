"""Files pip installs into the python images outside site-packages and /usr/local/bin.

A wheel's ``.data/data`` directory and an sdist's ``data_files`` install under
``sys.prefix``, /usr/local in the python images, and some packages load them from
there at run time: xgboost 0.81 to 1.3 puts libxgboost.so in /usr/local/xgboost and
looks for it there (``libpath.find_lib_path``: ``os.path.join(sys.prefix, 'xgboost')``),
xlearn likewise; notebook extensions put their configs in /usr/local/etc/jupyter.  A
runner that copies only site-packages and the console scripts loses them, and what a
requirements file installs is not known from the Dockerfile, so no package can be
named: pip's own record of every file an install wrote (a ``.dist-info``'s RECORD, a
legacy ``.egg-info``'s installed-files.txt) tells them.  The builder gathers the files
those records name outside site-packages and /usr/local/bin (each copied apart) at
their absolute paths, and the runner copies the folder onto /: nothing where pip wrote
nothing else, so it works whatever the requirements hold (audit14a).

``python setup.py install`` (no pip) keeps no such record.  What it does with
``data_files`` depends on the setuptools it runs with (measured in a venv): up to
setuptools 79 (65.5.1, the python 3.10/3.11 images') it builds an egg and puts relative
``data_files`` inside it (site-packages/NAME.egg/share/..., copied with site-packages,
and a ``from distutils.core import setup`` goes the same way through setuptools'
distutils shim); from setuptools 80 (80.9.0: easy_install removed), and with distutils
where no setuptools is installed, they go under ``sys.prefix`` (/usr/local/share/NAME,
etc/, any directory the setup.py names) next to an ``.egg-info`` with no
installed-files.txt, and the program reads them from there at run time.  Which
setuptools runs is not known from the Dockerfile (the image's own, one a ``pip install
-U setuptools`` or a requirements file brought, none in the python 3.12+ images until
one is installed), nor where the setup.py puts its data.  So where the install RUNs run
``setup.py install`` the builder also records what it wrote under /usr/local: a marker
is made first in the builder, and the gathering takes every file and link under
/usr/local whose status-change time (ctime) is newer than the marker, outside
site-packages and /usr/local/bin (copied apart), the trees the runner copies apart and
the bytecode caches Python writes for its own library.  ctime, as in
``native_staging``: distutils' ``copy_file`` keeps the source's mtime, which is older
than the build, and ctime cannot be carried over.  What else the build wrote there (a
``make install`` into /usr/local) is the original's too, so taking it is never wrong.
Rejected: ``--record FILE`` added to the command (the command would no longer be the
user's); copying /usr/local/share and /usr/local/etc whole (data_files may name any
directory under the prefix: xgboost's /usr/local/xgboost); declining (the install
works).  An absolute ``data_files`` directory (/etc/NAME) is outside the prefix and not
taken: apt and other RUNs write there too, so a ctime walk of / would carry the
builder's package files to a runner that installs its own."""

from __future__ import annotations

import posixpath
from typing import List, Sequence

from ...analysis import StageFacts
from ...analysis.paths import is_within
from ...analysis.shell import program_name
from ...tree import ast
from ..runner_setup import run_node
from .artifacts import Artifact
from .run_walk import Step, steps
from ..root_staging import staged_onto_root

#: where the builder gathers the files, laid out as the root they are copied onto
GATHERED = staged_onto_root("/opt/pip-data-files")
ARTIFACT = Artifact(posixpath.dirname(GATHERED), posixpath.basename(GATHERED),
                    "the files pip's records name outside site-packages and /usr/local/bin (data files such as xgboost's "
                    "/usr/local/xgboost/libxgboost.so), at their absolute paths", -1,
                    tree=True, destination="/", partial=True)
#: the explain line of the gathering
ADDED = ("the files pip's records (RECORD, installed-files.txt) name outside site-packages "
         "and /usr/local/bin gathered in the builder and copied to the same paths: a "
         "package's data files under /usr/local (xgboost's libxgboost.so in "
         "/usr/local/xgboost, configs in /usr/local/etc) are loaded from there at run time, "
         "and which packages the install brings is not known")

#: written first in the builder where the install RUNs run ``setup.py install``: what
#: under /usr/local has a newer ctime, the build wrote
#: (in /var/lib, not /tmp: a build's ``rm -rf /tmp/*`` would take it)
MARKER = "/var/lib/dtranspile/pip-data.marker"
#: the explain line where the build's /usr/local files are gathered too
ADDED_SETUP = ("`setup.py install` keeps no record of its data_files, which setuptools 80 "
               "and distutils install under /usr/local (share/, etc/, any directory the "
               "setup.py names): every file the build wrote under /usr/local (newer than a "
               "marker made first in the builder) gathered too")

#: the gathering program (Python 2 and 3: the python images of both run it); no single
#: quote, as it is written inside one
_GATHER = """
import glob, os, shutil
dest = "DEST"
os.makedirs(dest)
for site in glob.glob("/usr/local/lib/python*/site-packages"):
    for info in sorted(os.listdir(site)):
        top = os.path.join(site, info)
        if info.endswith(".dist-info"):
            record, base = os.path.join(top, "RECORD"), site
        elif info.endswith(".egg-info"):
            record, base = os.path.join(top, "installed-files.txt"), top
        else:
            continue
        if not os.path.isfile(record):
            continue
        for line in open(record):
            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")
            path = os.path.normpath(os.path.join(base, rel))
            out = dest + path
            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):
                continue
            if not os.path.lexists(path) or os.path.isdir(path):
                continue
            if not os.path.isdir(os.path.dirname(out)):
                os.makedirs(os.path.dirname(out))
            if os.path.islink(path):
                os.symlink(os.readlink(path), out)
            else:
                shutil.copy2(path, out)
"""
#: the walk of /usr/local for what the build wrote there (ctime newer than the marker)
_WALK = """
since = os.stat("MARKER").st_mtime
skip = tuple(glob.glob("/usr/local/lib/python*/site-packages")) + ("/usr/local/bin",) + COPIED
for top, dirs, files in os.walk("/usr/local"):
    dirs[:] = [d for d in dirs if d != "__pycache__" and os.path.join(top, d) not in skip]
    for name in files + [d for d in dirs if os.path.islink(os.path.join(top, d))]:
        path = os.path.join(top, name)
        out = dest + path
        if os.lstat(path).st_ctime <= since or os.path.lexists(out):
            continue
        if not os.path.isdir(os.path.dirname(out)):
            os.makedirs(os.path.dirname(out))
        if os.path.islink(path):
            os.symlink(os.readlink(path), out)
        else:
            shutil.copy2(path, out)
"""


def setup_installs(facts: StageFacts, last: int) -> List[Step]:
    """The ``python ... setup.py ... install`` commands among the RUNs up to ``last``
    (the install RUNs), whose data files no record names."""
    found = []
    for step in steps(facts):
        argv = list(step.argv)
        if step.index > last or not argv or \
                not program_name(argv[0]).startswith("python"):
            continue
        at = next((i for i, w in enumerate(argv[1:], 1)
                   if posixpath.basename(w) == "setup.py"), None)
        if at is not None and "install" in argv[at + 1:]:
            found.append(step)
    return found


def marker_run() -> ast.Instruction:
    """The builder's first RUN where ``setup_installs`` found one: the marker the
    gathering compares ctimes with."""
    return run_node(f"mkdir -p {posixpath.dirname(MARKER)} && touch {MARKER}", "what the build writes under /usr/local is newer "
                    "than this file (setup.py install's data files, gathered for the runner "
                    "after the build)")


def gather_run(marked: bool = False, copied: Sequence[str] = ()) -> ast.Run:
    """The builder RUN gathering the files (see the module docstring); ``marked``: the
    builder begins with ``marker_run``, and what the build wrote under /usr/local is
    gathered too, but for the trees under it in ``copied`` (the runner copies them
    apart: an application in /usr/local/src/app would be in two layers).  One ``exec``
    of an escaped string: a RUN line has no newlines."""
    trees = [t for t in copied if is_within(t, "/usr/local") and t != "/usr/local" and
             not set("\"\\'\n") & set(t)]
    walk = _WALK.strip().replace("MARKER", MARKER, 1).replace(
        "COPIED", "(" + "".join(f'"{t}", ' for t in trees) + ")", 1) if marked else ""
    code = _GATHER.strip().replace("DEST", GATHERED, 1) + ("\n" + walk if walk else "")
    literal = code.replace("\\", "\\\\").replace("\n", "\\n")
    return ast.Run(keyword="RUN", command=ast.ShellForm(
        f"python -c 'exec(\"\"\"{literal}\"\"\")'"), leading=(
        ast.Comment(f"# the files pip installed outside site-packages and /usr/local/bin"
                    + (", and what the build wrote under /usr/local (newer than the marker)"
                       if marked else "") +
                    f", at their absolute paths under {GATHERED}, for the runner"),))
