"""The checkouts a final PYTHONPATH names, or that hold the script the command hands to
Python, carried to the runner whole.

``git clone https://github.com/BVLC/caffe.git /caffe && make pycaffe`` with
``ENV PYTHONPATH=/caffe/python``: the program imports modules from the clone, which is
no install the recipe reads (nothing in site-packages, no app directory copied from
the context).  The clone's directory as the build leaves it is what Python finds on
that path in the original, so the runner gets that whole directory at the same path:
the modules, the extension the build compiled beside them, and what else the project
keeps there and its modules load relative to themselves (caffe's ``_caffe.so`` finds
``libcaffe.so`` in ``/caffe/build/lib`` through an ``$ORIGIN`` RPATH; the model data a
later RUN downloads into the checkout).  The directory is copied as one more tree, so
the recipes' library scans (``ldd`` of every copied tree) read the compiled files in it
like the rest.

The same holds for ``git clone https://github.com/LuRsT/Pendium.git /pendium`` with
``CMD python /pendium/run.py``: the script and the modules beside it are the clone's,
which no COPY brings; the runner gets the checkout as the build left it (the
requirements the build installed from it are in site-packages, which it copies anyway).

Only a clone counts: its destination is known from its own words (``clone_destination``)
and it writes nothing else.  A directory an archive unpacks into, an installer or a
``make install`` fills is not known to hold all the program needs, and stays declined
(``python._python_path_problems``)."""

from __future__ import annotations

import posixpath
from typing import List, Optional, Sequence

from ...analysis import StageFacts
from .base import Artifact
from .run_walk import removed_paths, steps
from .source_trees import clone_destination
from ...analysis.paths import is_within, overlaps, within_any


def clone_trees(facts: StageFacts, held: Sequence[str], script_dirs: Sequence[str] = (),
                workdir: Optional[str] = None) -> List[Artifact]:
    """Tree artifacts for the ``git clone`` destinations holding an absolute entry of the
    final PYTHONPATH, or one of ``script_dirs`` (the folders of the scripts the command
    hands to Python by absolute path), or lying in ``workdir`` (the final WORKDIR where
    it is a shared or system directory, which is not copied whole: ``python -m app.main``
    or ``gunicorn --chdir app`` in /srv read the clone /srv/app by a name the recipe does
    not follow), that no directory of ``held`` (the trees already copied, the context
    copies the runner repeats) holds; none for a clone the build removes again (the
    original has no such directory either: nothing to carry) or one that is itself the
    root."""
    def unheld(path: str) -> bool:
        return not any(h != "/" and overlaps(path, h) for h in held)

    wanted = [(e.rstrip("/"), "which the final PYTHONPATH names: the modules the program "
               "imports from there") for e in facts.final.env.get("PYTHONPATH", "").split(":")]
    wanted += [(d.rstrip("/"), "which holds the script the command hands to Python: the "
                "program and the modules beside it") for d in script_dirs]
    wanted = [(e, why) for e, why in wanted if e.startswith("/") and "$" not in e and unheld(e)]
    top = workdir.rstrip("/") if workdir and workdir.rstrip("/") else None
    if not wanted and top is None:
        return []
    end = len(facts.instructions)
    out: List[Artifact] = []
    for step in steps(facts):
        dest = clone_destination(step.argv, step.cwd)
        if dest is None or dest.rstrip("/") in ("", "/"):
            continue
        dest = dest.rstrip("/")
        why = next((why for e, why in wanted if is_within(e, dest)), None)
        if why is None and top is not None and dest != top and is_within(dest, top) and \
                unheld(dest):
            why = (f"which lies in the final WORKDIR {top}, a directory not copied whole, where "
                   "the program works: what it reads of the checkout")
        if why is None or any(a.path == dest for a in out):
            continue
        if within_any(dest, removed_paths(facts, step.index + 1, end)):
            continue
        out.append(Artifact(posixpath.dirname(dest), posixpath.basename(dest),
                            f"the checkout the RUN at {step.where} clones, {why}, as the "
                            "build left them", step.index, tree=True))
    return out
