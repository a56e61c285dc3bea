"""A Node image the data does not know whose own Node runs the build
(recipes/node_own_image): which RUNs besides npm the runner may leave to the builder."""
from transpiler.multistage.api import transpile

HEAD = "FROM acme/node-base:8\nWORKDIR /app\nCOPY . .\nRUN npm install\n"
CMD = 'CMD ["node", "server.js"]\n'


def test_reading_and_removing_inside_the_app_directory_are_followed(tmp_path):
    # (package.json read: without it no dev dependency is pruned and nothing is gained)
    (tmp_path / "package.json").write_text(
        '{"dependencies": {"express": "4"}, "devDependencies": {"mocha": "10"}}')
    result = transpile(HEAD + "RUN ls dist && rm -f .npmrc\n" + CMD, context=tmp_path)
    assert not result.report.declined, result.report.reason
    assert result.report.runner == "acme/node-base:8"
    assert "&& npm prune --production" in result.output.split("\n\nFROM ")[0]
    assert "RUN command -v node >/dev/null" in result.output


def test_removing_outside_it_or_deleting_with_find_declines():
    outside = transpile(HEAD + "RUN rm -rf /usr/local/share/doc\n" + CMD)
    assert outside.report.declined and "runs `rm`" in outside.report.reason
    found = transpile(HEAD + "RUN find / -name '*.md' -delete\n" + CMD)
    assert found.report.declined and "find -delete" in found.report.reason


def test_a_download_declines():
    result = transpile(HEAD + "RUN curl -fsSL https://example.com/x -o /usr/local/bin/x\n" + CMD)
    assert result.report.declined and "runs `curl`" in result.report.reason


def test_without_package_json_nothing_is_pruned_and_nothing_gained():
    result = transpile(HEAD + CMD)
    assert result.report.declined and "no dev dependency is pruned" in result.report.reason
