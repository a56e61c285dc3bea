"""The Java recipe's reading of the builder's major: the floating tag's advice names
the pin of the same image, and the JRE majors a runner can name come from the data."""
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.java import runner_majors

BUILD = "WORKDIR /app\nCOPY . .\nRUN mvn package\nCMD [\"java\", \"-jar\", \"target/app.jar\"]\n"


def test_a_floating_tag_declines_naming_the_date_and_the_pin_with_the_major():
    result = transpile("FROM maven:3\n" + BUILD)
    assert result.report.declined
    reason = result.report.reason
    assert "names no Java major and floats" in reason
    assert "the image data's date" in reason
    # the pin is a tag of the same image that names the major the tag had then
    assert "pin it to maven:" in reason and "-eclipse-temurin-" in reason


def test_the_pinned_tag_the_advice_names_is_transpiled():
    floating = transpile("FROM maven:3\n" + BUILD).report.reason
    pin = floating.split("pin it to ", 1)[1].split(",", 1)[0]
    major = int(pin.rsplit("-", 1)[1])
    result = transpile(f"FROM {pin}\n" + BUILD)
    assert not result.report.declined, result.report.reason
    assert f"FROM eclipse-temurin:{major}-jre" in result.output


def test_a_digest_on_a_tag_naming_no_major_declines():
    """maven:3-openjdk is no longer published: the data's major is its last image's,
    a digest may be an earlier one of another major."""
    digest = "@sha256:" + "0123456789abcdef" * 4
    result = transpile(f"FROM maven:3-openjdk{digest}\n" + BUILD)
    assert result.report.declined
    assert "pinned by a digest on a tag that names no Java major" in result.report.reason
    # a tag naming the major keeps its runner of that major
    result = transpile(f"FROM maven:3.6.3-jdk-11{digest}\n" + BUILD)
    assert not result.report.declined, result.report.reason
    assert "FROM eclipse-temurin:11-jre" in result.output


def test_runner_majors_are_the_published_jre_tags():
    majors = runner_majors()
    assert {8, 11, 17, 21, 25} <= majors
    assert 22 not in majors  # eclipse-temurin:22-jre left the manifests in 2024
    assert {8, 21} <= runner_majors("-alpine") <= majors


def test_pin_where_names_the_most_specific_tag_with_the_fewest_words():
    from transpiler.knowledge import official
    from transpiler.multistage.recipes.java import java_major
    pin = official.pin_where("tomcat", lambda t: java_major("tomcat", t) is not None)
    assert pin is not None and pin.startswith("tomcat:") and "-jdk" in pin
    assert official.pin_where("tomcat", lambda t: False) is None
    assert official.pin_where("no-such/image:1", lambda t: True) is None


def _reason(dockerfile: str) -> str:
    result = transpile(dockerfile)
    assert result.report.declined
    return result.report.reason


def test_what_brings_the_jdk_is_named_where_no_major_is_shown():
    oracle = _reason("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y "
                     "oracle-java8-installer maven\n" + BUILD)
    assert "installs oracle-java8-installer, which downloads Oracle's JDK" in oracle
    # (CentOS's OpenJDK: transpiled, the JRE package read in the builder: java_rpm)
    rpm = transpile("FROM centos:7\nRUN yum install -y java-11-openjdk-devel maven\n" + BUILD)
    assert not rpm.report.declined, rpm.report.reason
    assert "rpm -qf --qf '%{NAME}\\n' \"$(readlink -f \"$(command -v java)\")\"" in rpm.output
    no_jdk = _reason("FROM centos:7\nRUN yum install -y maven curl\n" + BUILD)
    assert "is a plain CentOS/Fedora image and no OpenJDK package of the distribution" \
        in no_jdk
    downloaded = _reason("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                         "maven curl\n" + BUILD)
    assert "is a plain debian image and no JDK package of the distribution stays" in downloaded
    unknown = _reason("FROM example.org/some/java-image:1\n" + BUILD)
    assert "does not show the Java major version" in unknown
