"""A program of unknown effect run in a directory above the app (684cccf5: `nodecg
setup` in /home/node/app installs NodeCG there; the bundle's `npm i` runs below) makes
that directory the app, copied whole: the runner lacked NodeCG and `nodecg start`
exited.  Known writes into the app, system installs and / are not widened to."""
from pathlib import Path

from transpiler import transpile

CASE = (Path(__file__).resolve().parents[1] / "cases" / "transpile" /
        "node-program-writes-above-app.Dockerfile").read_text()


def _copies(output):
    runner = output.split("\nFROM ")[-1]
    return [l for l in runner.splitlines() if l.startswith("COPY --from=builder")]


def test_the_directory_the_program_wrote_in_is_the_app():
    result = transpile(CASE)
    assert not result.report.declined, result.report.reason
    copies = _copies(result.output)
    assert "COPY --from=builder /home/node/app /home/node/app" in copies
    assert not any("/home/node/app/bundles" in c for c in copies)
    assert any("`nodecg setup` (line 8) wrote there what is not known" in a
               for a in result.report.added)


BELOW = """FROM node:20
WORKDIR /work
{run}
WORKDIR /work/app
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "index.js"]
"""


def test_known_writes_into_the_app_and_system_installs_do_not_widen():
    for run in ("RUN mkdir -p /work/app/data && touch /work/app/data/x",
                "RUN apt-get update && apt-get install -y imagemagick"):
        result = transpile(BELOW.format(run=run))
        assert not result.report.declined, (run, result.report.reason)
        assert "COPY --from=builder /work/app /work/app" in _copies(result.output), run


def test_a_download_above_the_app_widens_it():
    """`wget` in /work writes a file there that the program may read (../model.bin)."""
    result = transpile(BELOW.format(run="RUN wget https://example.com/model.bin"))
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /work /work" in _copies(result.output)


def test_a_program_run_in_slash_is_not_widened_to():
    text = BELOW.replace("WORKDIR /work\n", "").format(
        run="RUN node -e \"require('fs').writeFileSync('setup.done', '')\"")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /work/app /work/app" in _copies(result.output)
