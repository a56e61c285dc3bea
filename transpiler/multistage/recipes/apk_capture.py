"""The Alpine side of ``effect_capture``: the same before/after listings, capture and
runner replay, written for what an Alpine builder has (BusyBox, the apk database, musl)
instead of GNU find and tar, dpkg and apt.

Why each piece, where it differs from the Debian path:

- **Listing.**  BusyBox ``find`` has no ``-printf``: it prints the names
  (``-print0``) and BusyBox ``stat -c`` prints, for each, the same facts (type and
  mode, owner, size, modification time to the second, link target through ``%N``).
  ``stat`` reads the link itself (lstat), as ``find -printf`` did.
- **Package files.**  ``/lib/apk/db/installed`` lists every installed package (``P:``
  name, ``V:`` version) with its directories (``F:``) and files (``R:``), each file
  with its digest (``Z:Q1`` and the base64 of 20 bytes).  The packages installed or
  upgraded between the listings are the name/version pairs new in the database; their
  files are left out of the capture unless their content differs from the digest
  (what ``dpkg --verify`` says on Debian): the SHA-1 of the file, or, for a package
  apk 3 recorded with SHA-256 cut to 160 bits (the ``f:`` flag ``S``), that.  A digest
  of another form (an old MD5) or a file that cannot be read counts as changed, so it
  is copied rather than lost.  Only regular files are compared (a package's symbolic
  links are the package's own).  A file of such a package that is gone is removed in
  the runner too.
- **Packages a script installed.**  ``/etc/apk/world`` holds what was asked for (apk's
  manual marks): the entries new in it that no RUN's words name are installed in the
  runner with ``apk add`` (repository tags and version constraints as written), after
  the captured tree (which brings the repositories and keys a script added).
- **Libraries.**  musl's ``ldd`` lists what the captured ELF files load; musl's loader
  has no cache, it looks in /lib, /usr/local/lib and /usr/lib (or in the directories an
  ``/etc/ld-musl-*.path`` names, where the place of an added library is not known: the
  runner's build fails there instead of guessing).  musl itself is the runner's.
- **Empty lists.**  BusyBox ``tar`` refuses to write or read an archive of nothing,
  so each archive is made only when its list has an entry.

The BusyBox applets and options used (find -print0/-xdev/-path/-prune, stat -c, xargs
-0, comm, tar -T/--no-recursion/--numeric-owner, sha1sum, sha256sum, tr) are enabled
in the BusyBox configuration of Alpine 3.7 and later (aports main/busybox/busyboxconfig
for BusyBox 1.27.2 and 1.29.2); ``effect_capture.unsupported`` declines older releases,
and images whose release is not known (an image the data does not know, proven Alpine
by its own apk add): Alpine still serves the packages of its old releases, so the
original builds on them, where this listing could fail.
"""

from __future__ import annotations

import shlex
from typing import Sequence

from ...tree import ast
from ..runner_setup import run_node
from .effect_capture import kept_and_removed, owners_by_name

#: the apk database: each package's files and their digests
DB = "/lib/apk/db/installed"
WORLD = "/etc/apk/world"
#: never listed on Alpine, besides effect_capture.PRUNED: apk's database (under /usr
#: where /lib is merged into it), its caches, and the world file (the runner's own
#: installs write its own; a copy would list the builder's build-only packages there)
PRUNED = ("/lib/apk", "/usr/lib/apk", "/var/cache/apk", "/var/cache/misc", WORLD)
#: the oldest Alpine release whose BusyBox configuration was read (see the docstring)
OLDEST = (3, 7)
def _owned_awk() -> str:
    """awk printing every path the apk database names (directories and files), and the
    /usr path of those under /bin, /sbin and /lib (a /usr-merged system lists the file
    where the link leads)."""
    return ("awk '/^$/ { d = \"\" } /^F:/ { d = substr($0, 3); p = \"/\" d; print p; "
            "if (p ~ /^\\/(bin|sbin|lib)(\\/|$)/) print \"/usr\" p } "
            "/^R:/ { p = (d == \"\" ? \"\" : \"/\" d) \"/\" substr($0, 3); print p; "
            "if (p ~ /^\\/(bin|sbin|lib)\\//) print \"/usr\" p }'")


def listing(out: str, trees: Sequence[str]) -> str:
    """Shell text writing the sorted listing of the file system to ``out`` (the shell
    variable ``t`` holds a tab)."""
    from .effect_capture import APT_PRUNED, PRUNED as COMMON
    pruned = " -o ".join(f"-path {shlex.quote(p)}" for p in tuple(
        p for p in COMMON if p not in APT_PRUNED) + PRUNED + tuple(trees))
    return (f"find / -xdev \\( {pruned} \\) -prune -o -print0 > {out}.names && "
            f"xargs -0 -r stat -c \"%n${{t}}%f %a %u %g %s %Y${{t}}%N\" < {out}.names > {out} && "
            f"rm {out}.names && LC_ALL=C sort -o {out} {out}")


def owned(out: str) -> str:
    """Shell text writing to ``out`` the sorted paths the packages own."""
    return (f"{_owned_awk()} {DB} > {out}.raw && LC_ALL=C sort -u -o {out} {out}.raw && "
            f"rm {out}.raw")


def package_versions(out: str) -> str:
    """Shell text writing to ``out`` the sorted ``name version`` pairs installed."""
    return (f"awk '/^P:/ {{ n = substr($0, 3) }} /^V:/ {{ print n \" \" substr($0, 3) }}' "
            f"{DB} > {out} && LC_ALL=C sort -o {out} {out}")


def world(out: str) -> str:
    """Shell text writing to ``out`` the sorted entries of the world file (one a line;
    an old apk wrote them on one line, apart by spaces)."""
    return (f"{{ [ ! -f {WORLD} ] || tr ' ' '\\n' < {WORLD}; }} > {out}.raw && "
            f"sed '/^$/d' {out}.raw > {out} && rm {out}.raw && LC_ALL=C sort -u -o {out} {out}")


def _database_known() -> str:
    return (f"{{ grep -q '^P:' {DB} || {{ echo 'dtranspile: {DB} is not the apk database "
            "this capture reads (P:, F:, R:, Z: lines)' >&2; exit 1; }; }")


def snapshot_text(work: str, before: str, trees: Sequence[str]) -> str:
    """The builder RUN's text before the first captured RUN."""
    return (f"mkdir -p {work} && t=\"$(printf '\\t')\" && {_database_known()} && "
            f"{listing(before, trees)} && {owned(before + '.owned')} && "
            f"{package_versions(before + '.packages')} && {world(before + '.world')}")


#: awk reading the names of the new packages (first file) and the database (second):
#: for each directory of theirs "d<TAB>path", for each file "f<TAB>path<TAB>digest
#: kind<TAB>digest" (kind 1: SHA-1; S: SHA-256 cut to 160 bits; the digest may be empty)
_NEW_FILES_AWK = (
    "awk 'function flush() { if (f != \"\" && (n in want)) print \"f\" t f t (s ? \"S\" : \"1\") "
    "t z; f = \"\"; z = \"\" } BEGIN { t = \"\\t\" } FILENAME == ARGV[1] { want[$0] = 1; next } "
    "/^$/ { flush(); n = \"\"; d = \"\"; s = 0; next } /^P:/ { flush(); n = substr($0, 3); next } "
    "/^f:/ { s = (index(substr($0, 3), \"S\") > 0); next } "
    "/^F:/ { flush(); d = substr($0, 3); if (n in want) print \"d\" t \"/\" d; next } "
    "/^R:/ { flush(); f = (d == \"\" ? \"\" : \"/\" d) \"/\" substr($0, 3); next } "
    "/^Z:/ { z = substr($0, 3); next } END { flush() }'")

#: awk reading the regular files of the listing (first file) and the new packages'
#: entries: for each file of theirs that is a regular file (at its path or under /usr
#: where /lib is merged), "kind<TAB>digest<TAB>path as listed", and that path into the
#: list its digest kind is computed with (awk variables one and two)
_PICK_AWK = (
    "awk -F '\\t' -v one=ONE -v two=TWO 'FILENAME == ARGV[1] { r[$1] = 1; next } $1 == \"f\" { p = $2; "
    "if (!(p in r)) p = \"/usr\" $2; if (!(p in r)) next; print $3 \"\\t\" $4 \"\\t\" p; "
    "if ($3 == \"S\") print p > two; else print p > one }'")

#: awk comparing the digests computed (sha1sum and sha256sum output, second and third
#: files: 40 or 64 hex digits, two spaces, the path) with the database's (first file,
#: _PICK_AWK's output): prints each path whose content differs, whose digest is not of
#: the form Q1<base64 of 20 bytes>, or that could not be read
_COMPARE_AWK = (
    "awk 'function b64(h,   i, v, o, a) { a = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "0123456789+/\"; o = \"\"; for (i = 1; i <= 36; i += 6) { v = x(substr(h, i, 6)); "
    "o = o substr(a, int(v / 262144) % 64 + 1, 1) substr(a, int(v / 4096) % 64 + 1, 1) "
    "substr(a, int(v / 64) % 64 + 1, 1) substr(a, v % 64 + 1, 1) } v = x(substr(h, 37, 4)) * 4; "
    "return o substr(a, int(v / 4096) % 64 + 1, 1) substr(a, int(v / 64) % 64 + 1, 1) "
    "substr(a, v % 64 + 1, 1) \"=\" } "
    "function x(s,   i, v) { v = 0; for (i = 1; i <= length(s); i++) "
    "v = v * 16 + index(\"0123456789abcdef\", substr(s, i, 1)) - 1; return v } "
    "BEGIN { FS = \"\\t\" } FILENAME == ARGV[1] { want[$3] = $2; next } "
    "{ h = substr($0, 1, 40); p = (FILENAME == ARGV[2]) ? substr($0, 43) : substr($0, 67); "
    "if ((p in want) && want[p] == \"Q1\" b64(tolower(h))) same[p] = 1 } "
    "END { for (p in want) if (!(p in same)) print p }'")


def capture_text(work: str, before: str, trees: Sequence[str], named: Sequence[str],
                 captured: str, removed: str, owners: str, libraries: str, packages: str,
                 modified: str, records: Sequence[str] = (),
                 by_words: Sequence[str] = ()) -> str:
    """The builder RUN's text after the last RUN of the builder (see the module
    docstring and ``effect_capture.capture_run``).  ``by_words``: the steps adding the
    package files the RUNs' words say they changed (links, owners and modes) to
    ``modified``."""
    w = work
    parts = [
        "t=\"$(printf '\\t')\"",
        listing(f"{w}/after", trees),
        # new or changed entries; entries gone
        f"LC_ALL=C comm -13 {before} {w}/after > {w}/changed",
        f"cut -f1 {w}/changed > {w}/paths",
        f"cut -f1 {before} > {w}/before.paths",
        f"cut -f1 {w}/after > {w}/after.paths",
        f"LC_ALL=C sort -o {w}/paths {w}/paths",
        f"LC_ALL=C sort -o {w}/before.paths {w}/before.paths",
        f"LC_ALL=C sort -o {w}/after.paths {w}/after.paths",
        f"LC_ALL=C comm -23 {w}/before.paths {w}/after.paths > {w}/gone",
        # the packages installed or upgraded meanwhile, their directories and files
        package_versions(f"{w}/packages.after"),
        f"LC_ALL=C comm -13 {before}.packages {w}/packages.after > {w}/packages.new",
        f"cut -d ' ' -f1 {w}/packages.new > {w}/new-names",
        f"LC_ALL=C sort -u -o {w}/new-names {w}/new-names",
        f"{_NEW_FILES_AWK} {w}/new-names {DB} > {w}/new.entries",
        f"cut -f2 {w}/new.entries > {w}/new.owned.raw",
        f"sed -n 's|^/\\(bin\\)/|/usr/\\1/|p; s|^/\\(sbin\\)/|/usr/\\1/|p; "
        f"s|^/\\(lib\\)/|/usr/\\1/|p' {w}/new.owned.raw > {w}/new.owned.usr",
        f"LC_ALL=C sort -u -o {w}/new.owned {w}/new.owned.raw {w}/new.owned.usr",
        # which of their regular files the RUNs changed after the install (the digests)
        f"awk -F '\\t' '{{ split($2, m, \" \"); if (m[1] ~ /^8/) print $1 }}' {w}/after "
        f"> {w}/regular",
        f"{_PICK_AWK.replace('ONE', w + '/hash1').replace('TWO', w + '/hash2')} {w}/regular {w}/new.entries "
        f"> {w}/expected",
        f"touch {w}/hash1 {w}/hash2",
        f"tr '\\n' '\\0' < {w}/hash1 > {w}/hash1.0",
        f"tr '\\n' '\\0' < {w}/hash2 > {w}/hash2.0",
        f"{{ xargs -0 -r sha1sum < {w}/hash1.0 > {w}/sums1 2>/dev/null || true; }}",
        f"{{ xargs -0 -r sha256sum < {w}/hash2.0 > {w}/sums2 2>/dev/null || true; }}",
        f"{_COMPARE_AWK} {w}/expected {w}/sums1 {w}/sums2 > {w}/modified",
        *by_words,
        f"LC_ALL=C sort -u -o {w}/modified {w}/modified",
        # their files that are gone: not in the listing (at their path or under /usr),
        # and not on the file system either (the listing leaves some trees out)
        f"awk -F '\\t' 'FILENAME == ARGV[1] {{ a[$1] = 1; next }} $1 == \"f\" && !($2 in a) "
        f"&& !((\"/usr\" $2) in a) {{ print $2 }}' {w}/after.paths {w}/new.entries "
        f"> {w}/new.files",
        f"tr '\\n' '\\0' < {w}/new.files > {w}/new.files.0",
        f"{{ xargs -0 -r ls -1d < {w}/new.files.0 > {w}/present 2>/dev/null || true; }}",
        f"LC_ALL=C sort -u -o {w}/present {w}/present",
        f"LC_ALL=C sort -u -o {w}/new.files {w}/new.files",
        f"LC_ALL=C comm -23 {w}/new.files {w}/present > {w}/missing",
        *kept_and_removed(w, before, owned(f"{w}/owned"), captured, removed, libraries),
        f"if [ -s {w}/relative ]; then tar -C / -cf {w}/captured.tar --no-recursion "
        f"--numeric-owner -T {w}/relative && tar -C {captured} -xpf {w}/captured.tar "
        f"--numeric-owner; fi",
        f"cp {w}/removed {captured}{removed}",
        *records,
        # packages a script asked for (new in the world file, named by no RUN's words),
        # and the package files the RUNs changed, unpacked again after the runner adds them
        world(f"{w}/world"),
        f"LC_ALL=C comm -13 {before}.world {w}/world > {w}/world.new",
        (f"printf '%s\\n' {' '.join(shlex.quote(n) for n in named)} > {w}/named" if named
         else f": > {w}/named"),
        f"awk 'FILENAME == ARGV[1] {{ n[$0] = 1; next }} {{ name = $0; "
        f"sub(/[<>=~@].*/, \"\", name); if (!(name in n)) print }}' {w}/named {w}/world.new "
        f"> {captured}{packages}",
        f"sed -e 's|^/||' -e '/^$/d' {w}/modified > {w}/modified.relative",
        f"if [ -s {w}/modified.relative ]; then tar -C / -cf {captured}{modified} "
        f"--no-recursion --numeric-owner -T {w}/modified.relative; fi",
        *owners_by_name(w, f"{captured}{owners}"),
        # the libraries the captured ELF files load from the system's directories (musl's
        # loader and C library are the runner's own)
        "{ command -v ldd > /dev/null || { echo 'dtranspile: the builder has no ldd (musl-utils) "
        "to list the libraries the captured programs load' >&2; exit 1; }; }",
        f"find {captured} -path {captured}{libraries} -prune -o -type f \\( -name '*.so' "
        f"-o -name '*.so.*' -o -perm -100 \\) -exec ldd {{}} \\; > {w}/ldd 2>/dev/null",
        f"awk '$2 == \"=>\" && $3 ~ /^\\/(usr\\/)?lib\\// && $1 !~ /^(libc[.]musl|ld-musl)/ && "
        f"!seen[$1]++ {{ print $3 }}' {w}/ldd > {w}/libs",
        f"LC_ALL=C sort -u -o {w}/libs {w}/libs",
        f"xargs -r sh -c 'cp -L \"$@\" {captured}{libraries}/' sh < {w}/libs",
        f"rm -f {w}/captured.tar",
    ]
    return " && ".join(parts)


def runner_text(removed: str, owners: str, libraries: str, packages: str,
                modified: str, merge: str = "") -> str:
    """The runner RUN's text after the copy of the captured tree (``merge``: the merge
    of the accounts, ``account_capture``, with its ``&&``)."""
    return (f"if [ -s {packages} ]; then xargs -r apk add --no-cache < {packages} && "
            f"{{ [ ! -f {modified} ] || tar -C / -xpf {modified} --numeric-owner; }}; fi && "
            f"{merge}"
            f"tr '\\n' '\\0' < {removed} > {removed}.0 && xargs -0 -r rm -rf -- < {removed}.0 && "
            "while IFS=\"$(printf '\\t')\" read -r owner mode path; do "
            "chown -h \"$owner\" \"$path\" && { [ -L \"$path\" ] || chmod \"$mode\" \"$path\"; } "
            f"|| exit 1; done < {owners} && "
            f"for path in {libraries}/*; do lib=\"${{path##*/}}\"; [ ! -e \"$path\" ] || "
            "[ -e \"/lib/$lib\" ] || [ -e \"/usr/local/lib/$lib\" ] || [ -e \"/usr/lib/$lib\" ] || "
            "{ ! ls /etc/ld-musl-*.path > /dev/null 2>&1 || { echo \"dtranspile: $lib, which a "
            "captured program loads, is missing here, and /etc/ld-musl-*.path sets where the "
            "loader looks\" >&2; exit 1; }; mkdir -p /usr/local/lib && mv \"$path\" /usr/local/lib/; } || exit 1; done && "
            f"rm -rf {removed} {removed}.0 {owners} {libraries} {packages} {modified}")


def runner_run(text: str, accounts: bool = False) -> ast.Run:
    from .effect_capture import ACCOUNTS_WHY
    return run_node(text, "the packages a script among those RUNs asked for, added here "
                    "too; what those RUNs removed, removed here too; " +
                    (ACCOUNTS_WHY if accounts else "") + "the captured files given "
                    "to their owners by name; the libraries the captured programs load that "
                    "this image lacks")
