"""``yarn global add`` on the official node images (recipes/yarn_global): where its
packages and links go is known for yarn 0.21 to 1.x run as root, and every setting
that moves them declines."""
from transpiler.multistage.api import transpile

HEAD = "FROM node:20-bookworm\nWORKDIR /app\n"
TAIL = "COPY . .\nRUN yarn install --production\nCMD [\"pm2-runtime\", \"server.js\"]\n"


def test_root_yarn_1_copies_the_global_project_and_checks_the_program():
    result = transpile(HEAD + "RUN yarn global add pm2\n" + TAIL)
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\n\nFROM ")[1]
    assert ("COPY --from=builder /usr/local/share/.config/yarn/global "
            "/usr/local/share/.config/yarn/global") in runner
    assert "test -L /opt/global-bin/pm2-runtime" in result.output
    assert "[.]config[/]yarn[/]global[/]node_modules[/]" in result.output


def test_npm_global_installs_alone_keep_the_links_they_had():
    result = transpile(HEAD + "RUN npm install -g pm2\n" + TAIL)
    assert not result.report.declined, result.report.reason
    assert ".config/yarn" not in result.output and "[.]config" not in result.output


def test_settings_that_move_the_packages_or_links_decline():
    for setting, said in (("ENV XDG_DATA_HOME=/data\n", "XDG_DATA_HOME"),
                          ("ENV PREFIX=/opt/tools\n", "PREFIX"),
                          ("ENV YARN_GLOBAL_FOLDER=/g\n", "YARN_GLOBAL_FOLDER"),
                          ("RUN yarn config set prefix /opt/tools\n", "yarn config set prefix")):
        result = transpile(HEAD + setting + "RUN yarn global add pm2\n" + TAIL)
        assert result.report.declined and said in result.report.reason, (setting,
                                                                          result.report.reason)


def test_an_image_without_yarn_version_declines():
    result = transpile("FROM node:6.9\nWORKDIR /app\nRUN yarn global add pm2\n" + TAIL)
    assert result.report.declined and "version the image data does not show" in \
        result.report.reason


def test_ember_server_is_a_development_server():
    result = transpile("FROM node:20-bookworm\nWORKDIR /app\nRUN yarn global add ember-cli\n"
                       "COPY . .\nRUN yarn install\nCMD [\"ember\", \"server\"]\n")
    assert result.report.declined and "`ember`" in result.report.reason


def test_a_digest_on_a_floating_tag_declines_the_tags_yarn():
    """The data's YARN_VERSION is the tag's on its date; a digest may be an older image
    of the tag with another yarn (before 0.21 it put global packages in the home)."""
    digest = "@sha256:" + "0123456789abcdef" * 4
    result = transpile(HEAD.replace("bookworm", "bookworm" + digest) +
                       "RUN yarn global add pm2\n" + TAIL)
    assert result.report.declined
    assert "pinned by a digest on a tag that floats: the image data shows the tag's yarn" \
        in result.report.reason
    # npm's global installs do not depend on yarn's version
    result = transpile(HEAD.replace("bookworm", "bookworm" + digest) +
                       "RUN npm install -g pm2\n" + TAIL)
    assert not result.report.declined, result.report.reason
