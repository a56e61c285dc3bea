"""knowledge/go_cgo.scan_context: one read per file, and no further reads once one stalls."""
from transpiler import safe_files
from transpiler.knowledge import go_cgo
from transpiler.buildkit.dockerignore import SentContext


def _context(tmp_path, n=5):
    (tmp_path / "go.mod").write_text("module example.com/app\n")
    for i in range(n):
        (tmp_path / f"f{i}.go").write_text('package main\nimport _ "time/tzdata"\n' if i == n - 1
                                           else "package main\n")
    return tmp_path


def test_each_file_read_once_for_both_answers(tmp_path, monkeypatch):
    root = _context(tmp_path)
    reads = []
    real = safe_files.read_text
    monkeypatch.setattr(safe_files, "read_text", lambda p, *a, **k: reads.append(p) or real(p, *a, **k))
    scan = go_cgo.scan_context(SentContext(str(root)))
    assert scan == go_cgo.ContextScan((), True)
    assert len(reads) == len(set(reads)) == 6  # go.mod and the five sources, once each


def test_a_stalled_read_stops_the_scan_and_keeps_cgo(tmp_path, monkeypatch):
    root = _context(tmp_path)
    reads = []

    def stall(path, *args, **kwargs):
        reads.append(path)
        if str(path).endswith(".go"):
            raise safe_files.ReadTimeout(path, "did not open and read within 2 s")
        return "module example.com/app\n"

    monkeypatch.setattr(safe_files, "read_text", stall)
    scan = go_cgo.scan_context(SentContext(str(root)))
    assert len(reads) == 2  # go.mod, then the first source: nothing after the stall
    assert len(scan.cgo) == 1 and "could not be read in time" in scan.cgo[0]
    assert scan.embeds_tzdata is False  # not assumed: the runner keeps zoneinfo
