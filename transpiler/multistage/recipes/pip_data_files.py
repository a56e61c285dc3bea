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
nothing else, so it works whatever the requirements hold (audit14a)."""

from __future__ import annotations

from ...tree import ast
from .artifacts import Artifact

#: where the builder gathers the files, laid out as the root they are copied onto
GATHERED = "/opt/pip-data-files"
ARTIFACT = Artifact("/opt", "pip-data-files", "the files pip's records name outside "
                    "site-packages and /usr/local/bin (data files such as xgboost's "
                    "/usr/local/xgboost/libxgboost.so), at their absolute paths", -1,
                    tree=True, destination="/", partial=True)
#: the explain line of the gathering
ADDED = ("the files pip's records (RECORD, installed-files.txt) name outside site-packages "
         "and /usr/local/bin gathered in the builder and copied to the same paths: a "
         "package's data files under /usr/local (xgboost's libxgboost.so in "
         "/usr/local/xgboost, configs in /usr/local/etc) are loaded from there at run time, "
         "and which packages the install brings is not known")

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


def gather_run() -> ast.Run:
    """The builder RUN gathering the files (see the module docstring).  One ``exec`` of
    an escaped string: a RUN line has no newlines."""
    code = _GATHER.strip().replace("DEST", GATHERED, 1)
    literal = code.replace("\\", "\\\\").replace("\n", "\\n")
    return ast.Run(keyword="RUN", command=ast.ShellForm(
        f"python -c 'exec(\"\"\"{literal}\"\"\")'"), leading=(
        ast.Comment(f"# the files pip installed outside site-packages and /usr/local/bin, "
                    f"at their absolute paths under {GATHERED}, for the runner"),))
