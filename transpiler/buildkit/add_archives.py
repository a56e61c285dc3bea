"""What ADD does with a local file of the build context: BuildKit unpacks it into the
destination when it is a tar archive (plain, or compressed with gzip, bzip2, xz or
zstd), found by its content and not its name, and copies anything else as COPY does.
So ``ADD requirements.txt /app/`` puts the file at /app/requirements.txt, and a reader
of the build context takes it as it takes ``COPY requirements.txt /app/``; an archive
(``ADD app.tar.gz /srv/``) puts there whatever it holds, which no such reader knows.

BuildKit's test (``isArchivePath`` of its file operations): the stream is
decompressed when its first bytes are a compressor's magic number, then read as a tar
archive whose first header must be whole and carry a valid checksum.  A compressed file
is taken for an archive here without decompressing it (zstd is not in the standard
library): a reader then knows nothing of it, which is right either way."""

from __future__ import annotations

#: magic numbers of the compressors BuildKit decompresses (``compression.DetectCompression``)
_COMPRESSED = (b"\x1f\x8b\x08", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd")
_BLOCK = 512
_CHECKSUM = slice(148, 156)


def _octal(field: bytes):
    """The number of a tar header's octal field (Go's ``parseOctal``: spaces and NULs
    around it ignored), None where it is no octal number."""
    digits = field.strip(b" \x00")
    if not digits:
        return 0
    try:
        return int(digits, 8)
    except ValueError:
        return None


def unpacks(head: bytes) -> bool:
    """Whether ADD unpacks a local file that starts with ``head`` (its first 512 bytes
    at least, or the whole file) rather than copying it."""
    if head.startswith(_COMPRESSED):
        return True
    if len(head) < _BLOCK:
        return False  # (no whole header: tar's reader fails)
    block = head[:_BLOCK]
    if not any(block):
        return False  # (an end-of-archive block first: no entry, tar's reader fails)
    stored = _octal(block[_CHECKSUM])
    if stored is None:
        return False
    spaced = block[:_CHECKSUM.start] + b" " * 8 + block[_CHECKSUM.stop:]
    unsigned = sum(spaced)
    signed = sum(b - 256 if b > 127 else b for b in spaced)
    return stored in (unsigned, signed)
