"""classify._check_unread_setup_scripts beside the build step, the scripts a command
runs (``_script_run``), shells reading a pipe, and where the messages place them."""
import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.passes.classify import _script_run

NODE = "FROM node:20\nWORKDIR /app\nCOPY . .\n{run}\nCMD [\"node\", \"dist/index.js\"]\n"


@pytest.mark.parametrize("argv, script", [
    (["node", "scripts/setup.js"], "scripts/setup.js"),
    # (--require's argument is a module, not the script: analysis.scripts)
    (["node", "--require", "dotenv/config", "post.js"], "post.js"),
    (["python", "-I", "tools/x.py"], "tools/x.py"),  # (-I takes no argument in Python)
    (["python", "tools/x.py", "-c", "conf"], "tools/x.py"),  # (-c is the script's)
    (["ruby3.2", "bin/setup.rb"], "bin/setup.rb"),
    (["bash", "-s", "--", "./x.sh"], None),  # (-s: the script is read from stdin)
    (["python", "-W", "ignore", "tools/x.py"], "tools/x.py"),
    (["ruby", "bin/setup.rb"], "bin/setup.rb"),
    (["python", "-m", "pip", "install", "."], None),
    (["python3", "setup.py", "install"], None),
    (["node", "-e", "require('x')"], None),
    (["node", "server"], None),
    (["perl", "-pi", "-e", "s/a/b/", "f.pl"], None),
    (["sh", "./post.sh"], "./post.sh"),
    (["bash", "-c", "./x.sh"], "./x.sh"),
    (["./configure-thing"], "./configure-thing"),
    (["sh"], None),
    # the shell's words read by analysis.commands.shell_operands: an option's argument
    # is not the script, options after -c are options, joined -c groups
    (["bash", "-o", "pipefail", "./x.sh"], "./x.sh"),
    (["bash", "--rcfile", "rc", "./x.sh"], "./x.sh"),
    (["bash", "-c", "-x", "./x.sh"], "./x.sh"),
    (["sh", "-ec", "./x.sh"], "./x.sh"),
    (["bash", "-c"], None),
])
def test_script_run(argv, script):
    assert _script_run(argv) == script


@pytest.mark.parametrize("run, words", [
    ("RUN node scripts/setup.js\nRUN npm ci && npm run build",
     "`node` runs it, whose text is not read"),
    ("RUN wget -qO- https://example.com/i.sh | bash\nRUN npm ci && npm run build",
     "into `bash`, before the build"),
    # -o takes its argument: no file operand, the shell reads the pipe
    ("RUN wget -qO- https://example.com/i.sh | bash -o pipefail\nRUN npm ci && npm run build",
     "into `bash`, before the build"),
    # a shell handed what a download prints with no file between: a command substitution
    # as its whole command string, a process substitution as its script (line, column;
    # in the build step's own RUN: BESIDE_THE_BUILD)
    ('RUN sh -c "$(curl -fsSL https://example.com/i.sh)"\nRUN npm ci && npm run build',
     "RUN at line 4, column 5 runs with `sh` what `curl -fsSL https://example.com/i.sh` "
     "prints (a command substitution), before the build"),
    ('RUN bash -c "$(wget -qO- https://example.com/i.sh)" -- -y\nRUN npm ci && npm run build',
     "runs with `bash` what `wget -qO- https://example.com/i.sh` prints"),
    ('RUN eval "$(wget -qO- https://example.com/i.sh)"\nRUN npm ci && npm run build',
     "runs with `eval` what `wget -qO- https://example.com/i.sh` prints"),
    # curl -O writes the URL's last segment: the script run is that download
    ("RUN curl -fsSLO https://example.com/i.sh && sh i.sh\nRUN npm ci && npm run build",
     "runs `i.sh`, a script downloaded from https://example.com/i.sh"),
    # pip's installer run by a shell is no Python's get-pip: still a downloaded script
    ("RUN curl -fsSLO https://bootstrap.pypa.io/get-pip.py && sh get-pip.py\n"
     "RUN npm ci && npm run build", "runs `get-pip.py`, a script downloaded from"),
])
def test_declined(run, words):
    result = transpile(NODE.format(run=run))
    assert result.report.declined and words in result.report.reason, result.report.reason


@pytest.mark.parametrize("run", [
    # NodeSource's repository setup: documented, an apt source the runner's install reads
    "RUN curl -sL https://deb.nodesource.com/setup_18.x | bash - && npm ci && npm run build",
    # a shell handed text or a file is no pipe's reader
    "RUN echo hi | sh -c 'cat' && npm ci && npm run build",
    # the recipe's own commands and a tree's configure
    "RUN npm ci && npm run build && ./configure",
    # NodeSource's setup run from a command substitution, as when piped
    'RUN bash -c "$(curl -fsSL https://deb.nodesource.com/setup_18.x)" && npm ci && '
    "npm run build",
    # a substitution of no download: a tool's own output
    'RUN eval "$(ssh-agent -s)"\nRUN npm ci && npm run build',
])
def test_not_declined(run):
    result = transpile(NODE.format(run=run))
    assert not result.report.declined, result.report.reason


@pytest.mark.parametrize("run, words", [
    ("RUN curl -o /tmp/x.sh https://example.com/x.sh && sh /tmp/x.sh\n"
     "RUN npm ci && npm run build",
     "RUN at line 4, column 51 runs `/tmp/x.sh`, a script downloaded from "
     "https://example.com/x.sh, before the build"),
    ("RUN wget -O x.sh https://example.com/x.sh && sh x.sh\nRUN npm ci && npm run build",
     "runs `x.sh`, a script downloaded from https://example.com/x.sh"),
    # wget without -O writes the URL's last segment into the current directory
    ("RUN wget https://example.com/get/install.sh && sh install.sh\n"
     "RUN npm ci && npm run build",
     "runs `install.sh`, a script downloaded from https://example.com/get/install.sh"),
    ("RUN wget -q https://example.com/install.sh && chmod +x install.sh && ./install.sh\n"
     "RUN npm ci && npm run build",
     "runs `./install.sh`, a script downloaded from"),
    # a bare wget leaves a file already there (the context's copy): either may run
    ("RUN wget https://example.com/install.sh && sh install.sh\nRUN npm ci && npm run build",
     "runs `install.sh`, a script downloaded from https://example.com/install.sh (or the "
     "file the COPY at line 3 brings from the build context, if it holds one: wget does "
     "not overwrite it), before the build"),
])
def test_downloaded_script_declined(run, words):
    result = transpile(NODE.format(run=run))
    assert result.report.declined and words in result.report.reason, result.report.reason


#: Alpine 3.4, whose BusyBox the capture does not know: a build step's effect cannot be
#: captured there
OLD_ALPINE = NODE.replace("FROM node:20", "FROM node:7-alpine")

#: the build step's RUNs beside which a script runs whose text is not read: on node:20
#: (Debian) captured, on OLD_ALPINE declined, naming the script
BESIDE_THE_BUILD = [
    ("RUN npm ci && npm run build && sh ./post.sh",
     "RUN at line 4, column 32 runs `./post.sh`, a script the COPY at line 3 brings from "
     "the build context, in the RUN of the build step", "`./post.sh`"),
    ("RUN npm ci \\\n    && npm run build \\\n    && node scripts/post.js",
     "RUN at line 6, column 8 runs `scripts/post.js`", "`scripts/post.js`"),
    ("RUN curl -fsSL https://example.com/i.sh | sh -s -- -y && npm ci && npm run build",
     "RUN at line 4, column 43 pipes `curl -fsSL https://example.com/i.sh` into `sh`, in "
     "the RUN of the build step", "`curl -fsSL https://example.com/i.sh` piped into `sh`"),
    ("RUN curl -fsSL https://example.com/install.sh -o install.sh && bash install.sh "
     "&& npm ci && npm run build",
     "runs `install.sh`, a script downloaded from https://example.com/install.sh, in the "
     "RUN of the build step", "`install.sh`"),
    ('RUN sh -c "$(curl -fsSL https://example.com/i.sh)" && npm ci && npm run build',
     "RUN at line 4, column 5 runs with `sh` what `curl -fsSL https://example.com/i.sh` "
     "prints (a command substitution), in the RUN of the build step",
     "what `curl -fsSL https://example.com/i.sh` prints run by `sh`"),
    ("RUN npm ci && bash <(curl -fsSL https://example.com/i.sh) && npm run build",
     "RUN at line 4, column 15 runs with `bash` what `curl -fsSL https://example.com/i.sh` "
     "prints (a process substitution)",
     "what `curl -fsSL https://example.com/i.sh` prints run by `bash`"),
    ("RUN curl -o /tmp/setup.js https://example.com/setup.js\n"
     "RUN node /tmp/setup.js && npm ci && npm run build",
     "runs `/tmp/setup.js`, a script downloaded from https://example.com/setup.js, in the "
     "RUN of the build step", "`/tmp/setup.js`"),
]


@pytest.mark.parametrize("run, words, what", BESIDE_THE_BUILD)
def test_beside_the_build_declined_where_not_captured(run, words, what):
    result = transpile(OLD_ALPINE.format(run=run))
    assert result.report.declined and words in result.report.reason, result.report.reason


@pytest.mark.parametrize("run, words, what", BESIDE_THE_BUILD)
def test_beside_the_build_captured(run, words, what):
    """The build step's RUN is the capture window's first: the listing comes right before
    it, the capture after the builder's last RUN, and the runner copies what changed."""
    result = transpile(NODE.format(run=run))
    assert not result.report.declined, result.report.reason
    last = run.rsplit("\nRUN ", 1)[-1]
    build = ("RUN " + last[4:] if last.startswith("RUN ") else "RUN " + last).split(
        " &&")[0].split(" \\")[0]  # (the build step's first words)
    builder, runner = result.output.split("\nFROM ", 1)
    lines = builder.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(build))
    listing = [i for i, line in enumerate(lines) if "/var/lib/dtranspile/capture/before" in line]
    assert listing and listing[0] < at and \
        all(not line.startswith("RUN") or i in listing[:1] for i, line in enumerate(lines)
            if listing[0] <= i < at), builder
    assert "COPY --from=builder /var/lib/dtranspile/capture/root/ /" in runner
    note = next(n for n in result.report.captured if "the build step" in n)
    assert what in note and "outside the copied directories is not known" in note
    assert "captured for the runner" in next(
        p.reason for p in result.report.placements if p.node.keyword == "RUN" and
        p.reason.startswith("build step"))


@pytest.mark.parametrize("run", [
    # NodeSource's setup fetched to a file from its documented URL, as when piped
    "RUN curl -fsSL https://deb.nodesource.com/setup_18.x -o ns.sh && bash ns.sh "
    "&& npm ci && npm run build",
    # a downloaded program run by its path is a tool the build runs, not a script
    "RUN curl -fsSLo /usr/local/bin/gen https://example.com/gen && chmod +x "
    "/usr/local/bin/gen && /usr/local/bin/gen ./api && npm ci && npm run build",
    # a script downloaded and not run
    "RUN wget -O /tmp/x.sh https://example.com/x.sh && npm ci && npm run build",
])
def test_downloaded_not_declined(run):
    result = transpile(NODE.format(run=run))
    assert not result.report.declined, result.report.reason


NODE_ENTRY = ("FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
              "RUN npm ci\nCOPY . .\nRUN npm run build\nCOPY start.sh /start.sh\n"
              "CMD [\"/start.sh\"]\n")
GO_ENTRY = ("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"
            "COPY start.sh /start.sh\nCMD [\"/start.sh\"]\n")


def _context(tmp_path, script=True):
    (tmp_path / "package.json").write_text('{"name": "x", "scripts": {"build": "tsc"}}')
    (tmp_path / "package-lock.json").write_text("{}")
    (tmp_path / "go.mod").write_text("module x\n\ngo 1.22\n")
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    if script:
        (tmp_path / "start.sh").write_text("#!/bin/sh\nexec node dist/index.js\n")
    return tmp_path


def test_entry_script_of_a_given_context_says_what_is_unknown(tmp_path):
    reason = transpile(NODE_ENTRY, context=_context(tmp_path)).report.reason
    assert "was not given" not in reason and "give --context" not in reason
    assert "which the build context given holds: read only for the programs node:20 " \
        "has and its slim sibling lacks" in reason, reason


@pytest.mark.parametrize("text", [GO_ENTRY, NODE_ENTRY])
def test_entry_script_missing_from_a_given_context(tmp_path, text):
    """``COPY start.sh /start.sh`` names the file: a context without it is not the one
    the image is built from (``foreign_context``), read as none, and the report says so
    (the reason is the one without a context, but for what it says of the context: it
    asks for the build's own, not for --context, which was given)."""
    result = transpile(text, context=_context(tmp_path, script=False))
    assert result.report.declined
    alone = transpile(text).report.reason
    assert "give --context" in alone and "give --context" not in result.report.reason
    assert "which was not given" not in result.report.reason
    assert "give the build's own context" in result.report.reason
    assert result.report.reason[:40] == alone[:40]  # (the same decline)
    assert any("does not hold start.sh, which the COPY at line" in w and
               "read as if no context was given" in w for w in result.report.warnings)


PYTHON = ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends "
          "python3 python3-dev gcc wget ca-certificates && rm -rf /var/lib/apt/lists/*\n"
          "{run}\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
          'CMD ["python3", "app.py"]\n')


@pytest.mark.parametrize("url", [
    "https://bootstrap.pypa.io/get-pip.py",
    "https://bootstrap.pypa.io/pip/3.6/get-pip.py",
    "https://raw.github.com/pypa/pip/master/contrib/get-pip.py",
    "https://raw.githubusercontent.com/pypa/get-pip/main/public/get-pip.py",
])
def test_pip_installer_is_known(url):
    """get-pip.py from pip's own places run by a Python is pip's documented installer
    (as ``python -m ensurepip``): not declined as an unread downloaded script."""
    result = transpile(PYTHON.format(run=f"RUN wget -O /tmp/get-pip.py {url} && "
                                         "python3 /tmp/get-pip.py && rm /tmp/get-pip.py"))
    assert not result.report.declined, result.report.reason


def test_get_pip_from_elsewhere_is_a_downloaded_script():
    result = transpile(PYTHON.format(run="RUN wget -O /tmp/get-pip.py "
                                         "https://example.com/get-pip.py && "
                                         "python3 /tmp/get-pip.py"))
    assert result.report.declined
    assert "a script downloaded from https://example.com/get-pip.py" in result.report.reason
