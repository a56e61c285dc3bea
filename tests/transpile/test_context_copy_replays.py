"""Context files copied outside the carried trees before the build (runtime_inputs):
the runner repeats each with the destination's meaning (a directory stays one, a file
path stays a file path), and leaves out only what feeds the build."""
from transpiler.multistage.api import transpile

HEAD = "FROM python:3.11-bookworm\n"
TAIL = "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n" \
    'CMD ["python", "app.py"]\n'


def _runner(text):
    result = transpile(HEAD + text + TAIL)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


def test_file_destination_stays_a_file():
    assert "COPY docker/config.txt /etc/napalm/logs\n" in _runner(
        "COPY docker/config.txt /etc/napalm/logs\n")


def test_dot_destination_is_the_workdir_as_a_directory():
    runner = _runner("WORKDIR /etc/myapp\nCOPY settings.ini .\n")
    assert "COPY settings.ini /etc/myapp/\n" in runner
    assert "COPY settings.ini ./\n" not in runner


def test_destination_known_as_directory_gets_the_slash():
    assert "COPY a.conf /etc/myapp/\n" in _runner(
        "RUN mkdir -p /etc/myapp/conf.d\nCOPY a.conf /etc/myapp\n")
    assert "COPY b.conf /opt/\n" in _runner("COPY b.conf /opt\n")


def test_flags_are_kept():
    assert "COPY --chown=1000:1000 --chmod=600 secret.ini /etc/app/\n" in _runner(
        "COPY --chown=1000:1000 --chmod=600 secret.ini /etc/app/\n")


def test_system_directory_destinations_are_repeated():
    runner = _runner("COPY entry.py /\nCOPY defaults.yml /opt/\n")
    assert "COPY entry.py /\n" in runner and "COPY defaults.yml /opt/\n" in runner
    assert "COPY --from=builder / /" not in runner


def test_what_only_feeds_the_build_is_left_out():
    runner = _runner("COPY reqs.txt /\nRUN pip install -r /reqs.txt\n"
                     "COPY libgreet /usr/src/libgreet\nRUN make -C /usr/src/libgreet install\n"
                     "COPY words.txt /usr/share/words/\n")
    assert "reqs.txt" not in runner and "libgreet" not in runner
    assert "COPY words.txt /usr/share/words/\n" in runner


def test_a_file_into_a_system_directory_covers_only_itself():
    # (the replay of defaults.yml into /opt does not stand for /opt: the model the
    # build downloads there, read by no build command, is still copied from the builder)
    runner = _runner("COPY defaults.yml /opt/\nRUN curl -fsSL -o /opt/model.bin "
                     "https://example.org/model.bin\n")
    assert "COPY defaults.yml /opt/\n" in runner
    assert "COPY --from=builder /opt/model.bin /opt/model.bin" in runner


def test_context_of_only_build_inputs_reads_text_files(tmp_path):
    from transpiler.buildkit.dockerignore import SentContext
    from transpiler.multistage.runtime_inputs import _only_build_inputs
    (tmp_path / "main.go").write_text("package main\n")
    (tmp_path / "README.txt").write_text("docs\n")
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "base.txt").write_text("flask\n")
    (tmp_path / "requirements-dev.txt").write_text("pytest\n")
    assert _only_build_inputs(SentContext(str(tmp_path)))
    (tmp_path / "words.txt").write_text("hello\n")
    assert not _only_build_inputs(SentContext(str(tmp_path)))



def _last_stage(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.rsplit("\nFROM ", 1)[-1]

def test_source_named_directories_reach_an_interpreted_program():
    # (6e83d07a: a Docusaurus site's `yarn start` in /app/website reads ../docs; the
    # runner carries /app/website alone, and an interpreter reads whatever the
    # directory is named: `docs` or `src` names no build input for Node)
    runner = _last_stage("FROM node:8.11.4\nWORKDIR /app/website\nCOPY ./docs /app/docs\n"
                         "COPY ./lib/src /app/src\nCOPY ./website /app/website\n"
                         'RUN yarn install\nCMD ["yarn", "start"]\n')
    assert "COPY ./docs /app/docs\n" in runner
    assert "COPY ./lib/src /app/src\n" in runner


def test_documentation_reaches_a_compiled_program():
    # (a Go server may serve its docs directory: documentation is no compile input)
    runner = _last_stage("FROM golang:1.22\nCOPY docs /srv/docs\nCOPY internal /srv/internal\n"
                         "WORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"
                         'CMD ["/app"]\n')
    assert "COPY docs /srv/docs\n" in runner and "internal" not in runner


def test_output_named_directories_reach_an_interpreted_program():
    # (a prebuilt front end the Node server serves, its scripts in bin/: to an
    # interpreter these names are the program, not a build's outputs made again)
    runner = _last_stage("FROM node:18\nCOPY build /srv/build\nCOPY bin /opt/tools/bin\n"
                         "COPY .github /opt/tools/.github\nWORKDIR /app\nCOPY package.json .\n"
                         'RUN npm install\nCOPY . .\nCMD ["node", "index.js"]\n')
    assert "COPY build /srv/build\n" in runner and "COPY bin /opt/tools/bin\n" in runner
    assert ".github" not in runner


def test_usr_src_holds_an_interpreted_program():
    # (/usr/src/app is the Node and Python images' place for the program: a sibling
    # there is read at run time, not the sources of a library the build compiles)
    runner = _last_stage("FROM python:3.11\nCOPY shared /usr/src/shared\nWORKDIR /usr/src/app\n"
                         "COPY requirements.txt .\nRUN pip install -r requirements.txt\n"
                         'COPY . .\nENV PYTHONPATH=/usr/src/shared\nCMD ["python", "app.py"]\n')
    assert "COPY shared /usr/src/shared\n" in runner
    runner = _last_stage("FROM golang:1.22\nCOPY libgreet /usr/src/libgreet\nWORKDIR /src\n"
                         'COPY . .\nRUN go build -o /app .\nCMD ["/app"]\n')
    assert "libgreet" not in runner
