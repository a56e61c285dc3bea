"""PyPI distributions that use, at run time, a library or a program the full official
``python`` image has and its slim sibling lacks, with nothing an ELF NEEDED entry shows:
they load the library by name (``ctypes.util.find_library`` + ``CDLL``, cffi's
``dlopen``) or start the program (``subprocess``).  On the slim runner they import
fine and fail only when the feature is used.

Where each fact comes from:

* what the full image has: the official ``python:3.x`` images are built on
  ``buildpack-deps:<release>`` (its -curl, -scm and full layers); the packages each
  layer installs are in ``data/images/buildpack-deps.json.gz`` (its ``k`` lists).
  -curl installs gnupg; -scm installs git, mercurial, subversion, openssh-client; the
  full layer installs file (which depends on libmagic1), imagemagick and
  libmagickwand-dev.  libmagickwand-dev depends (Debian bookworm's ``apt-cache show``)
  on libmagickcore-6.q16-dev, which depends on librsvg2-dev -> libcairo2-dev, and
  librsvg2-2 depends on libpango-1.0-0 and libpangocairo-1.0-0: so cairo and pango are
  there too.  The slim images install none of these (only what Python itself needs).
* what each distribution uses: its own source (the ctypes/cffi names it loads, the
  program it runs), named in each entry.

Left out on purpose: distributions that need something the full image does not have
either (pdf2image's poppler-utils, pytesseract's tesseract, pydub's ffmpeg, pyzbar's
libzbar, pyvips' libvips: neither image has them, so the slim runner loses nothing),
and compiled bindings (python-ldap, psycopg2, lxml, mysqlclient: their ELF NEEDED
entries are read by ``full_image_libraries``).

Keys are PEP 503 normal names (``normalize``)."""

from __future__ import annotations

import re

#: normal name -> what it uses of the full image (completes "<name> ...")
FULL_IMAGE_DISTRIBUTIONS = {
    "python-magic": "loads libmagic by name through ctypes (libmagic1, which the full "
                    "image's `file` brings)",
    "file-magic": "loads libmagic by name through ctypes (libmagic1, which the full image's "
                  "`file` brings)",
    "filemagic": "loads libmagic by name through ctypes (libmagic1, which the full image's "
                 "`file` brings)",
    "wand": "loads ImageMagick's libMagickWand by name through ctypes (the full image's "
            "imagemagick and libmagickwand-dev)",
    "gitpython": "runs the git program (the full image's scm layer)",
    "python-hglib": "runs the hg program (mercurial, the full image's scm layer)",
    "python-gnupg": "runs the gpg program (gnupg, the full image's curl layer)",
    "cairocffi": "loads libcairo by name through cffi (libcairo2, a dependency of the full "
                 "image's libmagickwand-dev)",
    "cairosvg": "loads libcairo by name through cairocffi (libcairo2, a dependency of the "
                "full image's libmagickwand-dev)",
    "weasyprint": "loads pango and cairo by name through cffi (dependencies of the full "
                  "image's libmagickwand-dev)",
}


#: normal name -> (the dependency it requires, of the table or of this one), for the
#: packages known to reach the table through their own requirements: the Requires-Dist
#: of each one's newest release on PyPI (its JSON API, read 2026-12-06; the version
#: read named).  A direct dependency list (a requirements file, pyproject.toml) does
#: not show what its packages require; this is what is known of that.
FULL_IMAGE_DEPENDENTS = {
    "streamlit": ("gitpython", "streamlit 1.40.0: gitpython!=3.1.19,<4,>=3.0.7"),
    "mlflow": ("mlflow-skinny", "mlflow 3.18.0: mlflow-skinny==3.17.2"),
    "mlflow-skinny": ("gitpython", "mlflow-skinny 3.18.0: gitpython<4,>=3.1.9"),
    "nbdime": ("gitpython", "nbdime 4.0.4: gitpython!=2.1.4,!=2.1.5,!=2.1.6"),
    "jupyterlab-git": ("nbdime", "jupyterlab-git 0.55.0: "
                       "jupyterlab-git-core[nbdime]>=0.52.0"),
    "python-semantic-release": ("gitpython", "python-semantic-release 10.7.0: gitpython~=3.0"),
    "sacred": ("gitpython", "sacred 0.8.7: GitPython"),
    "scmrepo": ("gitpython", "scmrepo 3.6.2: gitpython>3"),
    "dvc": ("scmrepo", "dvc 3.67.1: scmrepo<4,>=3.5.2"),
    "kedro": ("gitpython", "kedro 1.7.0: gitpython>=3.0"),
    "zenml": ("gitpython", "zenml 0.98.0: gitpython<4.0.0,>=3.1.18"),
    "neptune-client": ("gitpython", "neptune-client 1.14.0.post2: GitPython>=2.0.8"),
    "dagshub": ("gitpython", "dagshub 0.7.3: GitPython>=3.1.29"),
    "mkdocs-git-revision-date-localized-plugin": (
        "gitpython", "mkdocs-git-revision-date-localized-plugin 1.7.2: gitpython>=3.2.1"),
    "unstructured": ("python-magic", "unstructured 0.27.35: python-magic<1.0.0,>=0.4.27"),
    "django-weasyprint": ("weasyprint", "django-weasyprint 2.6.0: WeasyPrint>=68"),
    "flask-weasyprint": ("weasyprint", "flask-weasyprint 1.2.0: weasyprint>=68.0"),
}


def normalize(name: str) -> str:
    """PEP 503's normal form of a distribution name (``Python_Magic`` -> ``python-magic``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def full_image_use(name: str):
    """What the distribution ``name`` uses of the full image, or None."""
    return FULL_IMAGE_DISTRIBUTIONS.get(normalize(name))


def full_image_need(name: str):
    """What the distribution ``name`` uses of the full image, itself or through the
    packages it requires (``FULL_IMAGE_DEPENDENTS``), completing "<name> ...", or None."""
    key, through = normalize(name), []
    while key not in FULL_IMAGE_DISTRIBUTIONS and key in FULL_IMAGE_DEPENDENTS \
            and len(through) < len(FULL_IMAGE_DEPENDENTS):
        key = FULL_IMAGE_DEPENDENTS[key][0]
        through.append(key)
    use = FULL_IMAGE_DISTRIBUTIONS.get(key)
    if use is None or not through:
        return use
    return f"requires {' -> '.join(through)}, which {use}"
