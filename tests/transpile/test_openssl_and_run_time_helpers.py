"""/etc/ssl/openssl.cnf edits reach the runner (system_configuration), and the build
tools whose programs a program may run (packages.RUN_TIME_HELPERS) stay in it."""
import pytest

from transpiler.knowledge import packages
from transpiler.multistage.api import transpile

EDIT = "RUN sed -i 's/^CipherString.*/CipherString = DEFAULT@SECLEVEL=1/' /etc/ssl/openssl.cnf"
COPY = "COPY --from=builder /etc/ssl/openssl.cnf /etc/ssl/openssl.cnf"


def _python(edit, image="python:3.11"):
    return (f"FROM {image}\n{edit}\nWORKDIR /app\nCOPY . .\n"
            "RUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n")


@pytest.mark.parametrize("image", ["python:3.11", "python:3.11-alpine"])
def test_openssl_configuration_carried(image):
    result = transpile(_python(EDIT, image))
    assert not result.report.declined, result.report.reason
    assert COPY in result.output


def test_edit_that_may_fail_is_not_proof_the_file_is_there():
    # (`|| true`: the build passes without the file, which the builder may then lack)
    result = transpile(_python(EDIT + " || true"))
    assert result.report.declined or COPY not in result.output


def test_ca_bundle_stays_build_configuration():
    result = transpile(_python("RUN cat /tmp/x.pem >> /etc/ssl/certs/ca-certificates.crt"))
    assert "COPY --from=builder /etc/ssl/certs/ca-certificates.crt" not in result.output


def test_runner_without_openssl_declines(tmp_path):
    # (distroless, the runner of the binary alone once its sources are read: not known
    # to have the openssl package's link to the file)
    (tmp_path / "go.mod").write_text("module example.org/app\n\ngo 1.21\n")
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    text = ("FROM golang:1.21\n" + EDIT + "\nWORKDIR /src\nCOPY . .\n"
            "RUN CGO_ENABLED=1 go build -o /app .\nCMD [\"/app\"]\n")
    result = transpile(text, context=tmp_path)
    assert result.report.declined
    assert "not known to have the openssl package" in result.report.reason
    # (without the sources, the runner is golang's own Debian parent, which has it)
    unread = transpile(text)
    assert not unread.report.declined, unread.report.reason
    assert COPY in unread.output


def test_runner_that_installs_openssl_carries():
    text = ("FROM debian:bookworm\nRUN apt-get update && apt-get install -y gcc make "
            "libssl-dev openssl && rm -rf /var/lib/apt/lists/*\n" + EDIT +
            "\nWORKDIR /src\nCOPY . .\nRUN make\nCMD [\"/src/server\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert COPY in result.output


@pytest.mark.parametrize("package", ["gettext", "gnupg", "lsb-release", "git"])
def test_run_time_helpers_reach_the_runner(package):
    assert package in packages.RUN_TIME_HELPERS
    text = _python(f"RUN apt-get update && apt-get install -y {package} "
                   "&& rm -rf /var/lib/apt/lists/*")
    result = transpile(text)
    runner = result.output.split("\nFROM ")[-1]
    assert not result.report.declined, result.report.reason
    assert package in runner


def test_other_build_tools_still_stay_in_the_builder():
    text = _python("RUN apt-get update && apt-get install -y gnupg build-essential "
                   "&& rm -rf /var/lib/apt/lists/*")
    runner = transpile(text).output.split("\nFROM ")[-1]
    assert "gnupg" in runner and "build-essential" not in runner


def test_envsubst_in_the_command_takes_gettext():
    text = ("FROM node:20-alpine\nRUN apk add --no-cache gettext\nWORKDIR /app\nCOPY . .\n"
            "RUN npm ci && npm run build\n"
            "CMD envsubst < config.tpl > config.json && exec node dist/index.js\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "apk add --no-cache gettext" in result.output.split("\nFROM ")[-1]
