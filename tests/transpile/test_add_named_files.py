"""ADD of a local file that is no tar archive copies it as COPY does (BuildKit unpacks
only tar archives, found by content): the build context's readers take ``ADD
requirements.txt /app/`` as ``COPY requirements.txt /app/`` and leave an archive
unread (``buildkit.add_archives``, ``multistage.project``)."""
import bz2
import gzip
import io
import lzma
import tarfile

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.buildkit.add_archives import unpacks
from transpiler.buildkit.dockerignore import SentContext
from transpiler.multistage.project import Project


def _tar(name="requirements.txt", data=b"flask\n", fmt=tarfile.GNU_FORMAT) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_text_is_copied_and_archives_are_unpacked():
    assert not unpacks(b"flask==3.0.0\nGitPython\n")
    assert not unpacks(b"x" * 2048)  # (a whole block whose checksum field is no number)
    assert not unpacks(b"\x00" * 1024)  # (an end-of-archive block: no entry)
    for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.USTAR_FORMAT):
        assert unpacks(_tar(fmt=fmt))
    for compress in (gzip.compress, bz2.compress, lzma.compress):
        assert unpacks(compress(b"anything"))
    assert unpacks(b"\x28\xb5\x2f\xfd" + b"zstd frame")
    assert not unpacks(_tar()[:511])  # (no whole header)


def _project(tmp_path, body: str, files) -> Project:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    facts = analyze_stage(parse("FROM python:3.11\nWORKDIR /app\n" + body).stages[0], {})
    return Project(SentContext(str(tmp_path)), facts)


def test_an_added_plain_file_is_read_as_a_copied_one(tmp_path):
    project = _project(tmp_path, "ADD requirements.txt /app/\nADD conf.ini /etc/app.ini\n",
                       {"requirements.txt": b"flask\n", "conf.ini": b"[a]\n"})
    assert project.read("/app", "requirements.txt") == "flask\n"
    assert project.read("/etc", "app.ini") == "[a]\n"


def test_an_added_archive_is_not_read(tmp_path):
    project = _project(tmp_path, "ADD requirements.txt deps.tgz /app/\n",
                       {"requirements.txt": _tar(), "deps.tgz": gzip.compress(b"flask\n")})
    assert project.read("/app", "requirements.txt") is None
    assert project.read("/app", "deps.tgz") is None


def test_a_later_copy_of_the_path_is_read_whatever_the_add_was(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "requirements.txt").write_bytes(b"requests\n")
    project = _project(tmp_path, "ADD requirements.txt /app/\n"
                       "COPY sub/requirements.txt /app/\n", {"requirements.txt": _tar()})
    assert project.read("/app", "requirements.txt") == "requests\n"


def test_urls_and_git_sources_are_not_context_files(tmp_path):
    project = _project(tmp_path, "ADD https://example.com/requirements.txt /app/\n"
                       "ADD git@github.com:a/b.git /src/\n", {"requirements.txt": b"flask\n"})
    assert project.files == {}
