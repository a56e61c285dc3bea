"""recipes/node_system_dir: an install in / or /opt, whose paths there are copied by name
where every way in is read, and declined where one is not."""
from transpiler.multistage.api import transpile

CMD = 'CMD ["node", "server.js"]\n'


def _runner(output):
    return output.split("\n\nFROM ")[1]


def test_a_redirect_into_root_is_copied_and_a_removed_file_is_not():
    result = transpile("FROM node:18\nRUN apt-get update && apt-get install -y curl\n"
                       "COPY package.json junk.txt server.js /\n"
                       "RUN npm install && echo '{}' > /config.json && rm /junk.txt\n" + CMD)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    for path in ("/node_modules", "/package.json", "/server.js", "/config.json"):
        assert f"COPY --from=builder {path} {path}\n" in runner
    assert "/junk.txt" not in runner
    assert "COPY --from=builder /usr" not in runner and "COPY --from=builder / " not in runner


def test_a_download_into_the_directory_declines():
    result = transpile("FROM node:18\nWORKDIR /opt\nCOPY package.json ./\n"
                       "RUN curl -fsSLO https://example.com/data.json && npm install\n" + CMD)
    assert result.report.declined and "`curl -fsSLO` runs in or writes to /opt" in \
        result.report.reason


def test_an_archive_added_there_declines():
    result = transpile("FROM node:18\nADD package.json app.tar.gz /\nRUN npm install\n" + CMD)
    assert result.report.declined and "ADD unpacks" in result.report.reason


def test_yarn_berry_files_decline():
    result = transpile("FROM node:18\nCOPY package.json .yarnrc.yml /\nRUN yarn install\n"
                       + CMD)
    assert result.report.declined and "yarn 2 or later" in result.report.reason


def test_a_scratch_directory_keeps_the_generic_reason():
    result = transpile("FROM node:18\nCOPY package.json /tmp/\nRUN cd /tmp && npm install\n"
                       + CMD)
    assert result.report.declined and "set a WORKDIR for the app" in result.report.reason


def test_a_copy_after_a_removal_is_kept():
    result = transpile("FROM node:18\nCOPY package.json /\nRUN rm -f /server.js\n"
                       "COPY server.js /\nRUN npm install\n" + CMD)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /server.js /server.js\n" in _runner(result.output)


def test_a_redirect_from_elsewhere_into_the_directory_is_copied():
    result = transpile("FROM node:18\nWORKDIR /srv\nRUN echo 1 > /version\nWORKDIR /\n"
                       "COPY package.json server.js /\nRUN npm install\n" + CMD)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /version /version\n" in _runner(result.output)


def test_a_curl_into_a_pipe_writes_nothing_there():
    piped = transpile("FROM node:18\nRUN curl -fsSL https://example.com/key | apt-key add -\n"
                      "COPY package.json server.js /\nRUN npm install\n" + CMD)
    assert not piped.report.declined, piped.report.reason
    saved = transpile("FROM node:18\nRUN curl -fsSLo key.gpg https://example.com/key\n"
                      "COPY package.json server.js /\nRUN npm install\n" + CMD)
    assert saved.report.declined and "`curl -fsSLo` runs in or writes to /" in \
        saved.report.reason


def test_a_node_script_run_there_declines_and_npm_config_does_not():
    ran = transpile("FROM node:18\nCOPY package.json gen.js server.js /\n"
                    "RUN npm install && node gen.js\n" + CMD)
    assert ran.report.declined and "`node gen.js` runs in or writes to /" in ran.report.reason
    chore = transpile("FROM node:18\nCOPY package.json server.js /\n"
                      "RUN npm config set loglevel warn && npm install\n" + CMD)
    assert not chore.report.declined, chore.report.reason


def test_a_heredoc_into_the_directory_itself_declines():
    result = transpile("FROM node:18\nCOPY package.json server.js /\nCOPY <<EOF /\n{}\nEOF\n"
                       "RUN npm install\n" + CMD)
    assert result.report.declined and "copies `<<EOF` into /" in result.report.reason
