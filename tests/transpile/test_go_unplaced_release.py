"""The reason a cgo build gets no runner names what is true of the builder: centos:7
shows its release (7), so "does not show its distribution release" was false there."""

from transpiler.multistage.api import transpile

_BUILD = """RUN {install}
COPY . /src
WORKDIR /src
RUN go build -o /usr/local/bin/app .
CMD ["/usr/local/bin/app"]
"""


def _reason(base, install):
    result = transpile(f"FROM {base}\n" + _BUILD.format(install=install))
    assert result.report.declined
    return result.report.reason


def test_rpm_release_is_named_not_denied():
    reason = _reason("centos:7", "yum -y install golang gcc")
    assert "centos:7 is centos 7, an RPM distribution" in reason
    assert "does not show" not in reason


def test_unknown_image_is_said_unknown():
    reason = _reason("tianon/debian:jessie", "apt-get update && apt-get install -y golang build-essential")
    assert "tianon/debian:jessie is not in the image data" in reason
    assert "does not show" not in reason
