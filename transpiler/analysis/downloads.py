"""Which files a ``wget`` or ``curl`` command writes, or whether it writes to its
standard output: one reader for every pass and recipe that asks.

Several readers grew apart (the unread-writes copy, the same-image runner's repeats,
the check of a downloaded script run): each knew part of the tools' options (one knew
``wget -P`` and bundles such as ``-qO /x`` but not ``curl -O``, another knew ``curl
-O`` but took ``wget -qO /x``'s file for the URL's name), so the same command wrote
different files depending on who asked.  This module reads the options as the tools
do:

- ``wget``: ``-O FILE``/``-OFILE``/``--output-document=FILE`` (``-`` is standard
  output; bundled after flags, ``-qO-``), else one file per URL named after its last
  path segment (``index.html`` for ``/``), the query kept as wget keeps it
  (``a.tgz?raw=true``), in the ``-P``/``--directory-prefix`` directory; a name the
  server or the options choose (``--content-disposition``, ``-r``, ``-i``, ``-x``) is
  not known.
- ``curl``: ``-o FILE``/``--output FILE`` and ``-O``/``--remote-name`` (the URL's last
  path segment, without its query) pair with the URLs in order, ``--remote-name-all``
  names every URL; ``--output-dir DIR`` is where they go, ``--create-dirs`` makes the
  directories; ``-J``/``--remote-header-name`` takes the name from the server (not
  known); a URL with no output option goes to standard output.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from .shell import program_name

#: the programs read here
TOOLS = frozenset({"curl", "wget"})


@dataclass(frozen=True)
class Download:
    """What one ``curl``/``wget`` command writes.  ``files``: the paths as written
    (relative to where it runs unless absolute); ``stdout``: some of it goes to
    standard output; ``known``: False where a file's name is not known from the words
    (the server names it, a recursive download, a query wget escapes), then ``files``
    holds only the known ones (a name may hold variables: the caller expands them); ``bare``: ``wget URL`` named after the URL (it does not overwrite
    an existing file but writes NAME.1); ``directories``: what ``--create-dirs`` or
    ``-P`` makes; ``urls``: the URLs it fetches."""

    tool: str
    files: Tuple[str, ...] = ()
    stdout: bool = False
    known: bool = True
    bare: bool = False
    directories: Tuple[str, ...] = ()
    urls: Tuple[str, ...] = ()

    @property
    def writes_file(self) -> bool:
        """Whether it writes a file (known or not) rather than only its output."""
        return bool(self.files) or not self.known


#: curl's short options that take a value (the rest of a bundle, or the next word)
_CURL_VALUED = frozenset("oEeHdurXAbcCDFKmPQtTUwxYyz")
#: curl's long options that take the next word as their value
_CURL_LONG_VALUED = frozenset({
    "--output", "--output-dir", "--header", "--data", "--data-raw", "--data-binary",
    "--data-urlencode", "--user", "--request", "--user-agent", "--cookie", "--cookie-jar",
    "--continue-at", "--dump-header", "--form", "--config", "--max-time", "--retry",
    "--retry-delay", "--retry-max-time", "--connect-timeout", "--proxy", "--range",
    "--referer", "--cacert", "--capath", "--cert", "--key", "--write-out", "--upload-file",
    "--limit-rate", "--resolve", "--interface", "--max-filesize", "--speed-time",
    "--speed-limit", "--time-cond", "--trace", "--trace-ascii", "--stderr", "--proto",
    "--proto-redir", "--url", "--netrc-file", "--oauth2-bearer", "--tlsv1.2", "--ciphers"})
#: wget's short options that take a value
_WGET_VALUED = frozenset("OoaPtTUeiwlQAIDXRB")
#: wget's long options that take the next word as their value (else ``--opt=value``)
_WGET_LONG_VALUED = frozenset({
    "--output-document", "--output-file", "--append-output", "--directory-prefix",
    "--tries", "--timeout", "--user-agent", "--execute", "--input-file", "--wait",
    "--level", "--quota", "--header", "--user", "--password", "--http-user",
    "--http-password", "--ca-certificate", "--certificate", "--private-key", "--base",
    "--accept", "--reject", "--post-data", "--post-file", "--referer", "--limit-rate",
    "--read-timeout", "--connect-timeout", "--dns-timeout", "--waitretry",
    "--ca-directory", "--load-cookies", "--save-cookies", "--bind-address", "--cut-dirs",
    "--restrict-file-names", "--method", "--body-data", "--body-file"})
#: wget's options that name its files otherwise than after the URL's last segment (the
#: server's name, a list of URLs, a tree of directories, a recursive download)
_WGET_NAMING = frozenset({"--content-disposition", "--trust-server-names", "-i",
                          "--input-file", "-x", "--force-directories", "-r", "--recursive",
                          "-m", "--mirror", "-B", "--base", "-p", "--page-requisites"})
_WGET_NAMING_LETTERS = frozenset("rmxipB")
#: the characters wget keeps as they are in a file name made from a URL's query
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9._=&+,-]*")


def read(argv: Sequence[str]) -> Optional[Download]:
    """What ``argv`` (a ``curl`` or ``wget`` command) writes; None for another program."""
    if not argv:
        return None
    tool = program_name(argv[0])
    if tool == "curl":
        return _curl(list(argv[1:]))
    if tool == "wget":
        return _wget(list(argv[1:]))
    return None


def _options(args: List[str], valued_letters, long_valued, pairs=""):
    """(option, value) pairs and the operands of ``args``: a bundle of short letters
    (``-fsSLo``) up to the first that takes a value, which takes the rest of the word
    or the next word; a long option's ``=value`` or, for ``long_valued``, the next
    word; a letter of ``pairs`` makes one option with the next letter (wget's ``-nv``,
    ``-nc``, ``-np``).  An option's value is ``None`` when it takes none."""
    out, operands, i = [], [], 0
    while i < len(args):
        word = args[i]
        i += 1
        if word == "--":
            operands.extend(args[i:])
            break
        if word.startswith("--"):
            name, eq, value = word.partition("=")
            if eq:
                out.append((name, value))
            elif name in long_valued and i < len(args):
                out.append((name, args[i]))
                i += 1
            else:
                out.append((name, None))
        elif word.startswith("-") and len(word) > 1:
            at = 1
            while at < len(word):
                letter = word[at]
                if letter in pairs:
                    out.append(("-" + word[at:at + 2], None))
                    at += 2
                    continue
                if letter in valued_letters:
                    rest = word[at + 1:]
                    if not rest and i < len(args):
                        rest = args[i]
                        i += 1
                    out.append(("-" + letter, rest))
                    break
                out.append(("-" + letter, None))
                at += 1
        else:
            operands.append(word)
    return out, operands


def _curl(args: List[str]) -> Download:
    options, operands = _options(args, _CURL_VALUED, _CURL_LONG_VALUED)
    urls = operands + [v for o, v in options if o == "--url" and v]  # (every operand)
    # each output option names the next URL's file, in order (curl pairs them)
    names: List[Optional[str]] = []
    all_remote, header_name, create, where = False, False, False, ""
    for option, value in options:
        if option in ("-o", "--output"):
            names.append(value)
        elif option in ("-O", "--remote-name"):
            names.append(None)  # (the URL's name)
        elif option == "--remote-name-all":
            all_remote = True
        elif option in ("-J", "--remote-header-name"):
            header_name = True
        elif option == "--create-dirs":
            create = True
        elif option == "--output-dir" and value:
            where = value
    files, stdout, known = [], False, True
    for n, url in enumerate(urls):
        if n < len(names) or all_remote:
            name = names[n] if n < len(names) else None
            if name == "-":
                stdout = True
                continue
            if name is None:  # -O: the URL's last path segment, without its query
                if header_name:
                    known = False
                    continue
                name = _last_segment(url.split("?", 1)[0], "")
                if not name:
                    known = False
                    continue
            files.append(posixpath.join(where, name) if where and not name.startswith("/")
                         else name)
        else:
            stdout = True
    if not urls and any(n != "-" for n in names):
        known = False  # (an output named for a URL the words do not show)
    dirs = []
    if create:
        dirs = [d for d in dict.fromkeys([where] + [posixpath.dirname(f) for f in files])
                if d]
    return Download("curl", tuple(files), stdout, known, False, tuple(dirs), tuple(urls))


def _wget(args: List[str]) -> Download:
    options, operands = _options(args, _WGET_VALUED, _WGET_LONG_VALUED, pairs="n")
    urls = operands  # (wget fetches every operand, ``http://`` added where none)
    document = next((v for o, v in options if o in ("-O", "--output-document")), None)
    if document is not None:
        if document == "-":
            return Download("wget", (), True, True, False, (), tuple(urls))
        return Download("wget", (document,), False, True, False, (), tuple(urls))
    if any(o in _WGET_NAMING or len(o) == 2 and o[1] in _WGET_NAMING_LETTERS
           for o, _ in options):
        return Download("wget", (), False, False, False, (), tuple(urls))
    prefix = next((v for o, v in options if o in ("-P", "--directory-prefix") and v), "")
    files, known = [], True
    for url in urls:
        name = _wget_name(url)
        if name is None:
            known = False
        else:
            files.append(posixpath.join(prefix, name))
    return Download("wget", tuple(files), False, known, True,
                    (prefix,) if prefix else (), tuple(urls))


def _last_segment(url: str, bare_host: str) -> Optional[str]:
    """The last segment of ``url``'s path (its fragment dropped); ``bare_host`` for a
    URL without a path (a host alone) or one ending in ``/``; None where the host is a
    variable's value (``$URL``: the path is not known either)."""
    rest = url.split("#", 1)[0].split("://", 1)[-1]
    host, slash, path = rest.partition("/")
    if not slash and "$" in host:
        return None
    return posixpath.basename(path) or bare_host


def _wget_name(url: str) -> Optional[str]:
    """The file ``wget URL`` names: the path's last segment (``index.html`` when it
    has none), with the query as wget keeps it (``?`` and the query's text); None when
    not known (a variable's URL, a query whose characters wget would escape)."""
    url = url.split("#", 1)[0]
    path, _, query = url.partition("?")
    name = _last_segment(path, "index.html")
    if name is None or query and not _PLAIN_QUERY.fullmatch(query):
        return None
    return f"{name}?{query}" if query else name
