"""The same-image runners of CentOS and Fedora for Java and Node builds (``java_rpm``,
``node_distribution`` on an RPM image), and the precise reasons where one is not built."""
from pathlib import Path

from transpiler.multistage.api import transpile

CASES = Path(__file__).resolve().parents[1] / "cases" / "transpile"


def _case(name: str):
    return transpile((CASES / f"{name}.Dockerfile").read_text())


def test_java_on_centos_installs_the_jre_package_the_builder_names_and_checks_it():
    result = _case("java-rpm-openjdk")
    assert not result.report.declined, result.report.reason
    builder, runner = result.output.split("\nFROM centos:7\n")
    assert "rpm -qf --qf '%{NAME}\\n' \"$(readlink -f \"$(command -v java)\")\"" in builder
    # the JDK and Maven stay in the builder; the runner's java is checked to be the
    # package the builder named
    assert "java-1.8.0-openjdk-devel" not in runner and "maven" not in runner
    assert "= \"$(cat /tmp/dtranspile-runtime-packages)\" ]" in runner
    assert "COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d" in runner


def test_java_on_fedora_installs_with_dnf_and_keeps_the_named_jre():
    result = _case("java-fedora-openjdk-jre-named")
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM fedora:38\n", 1)[1]
    assert "dnf install -y git java-17-openjdk &&" in runner
    assert "yum install" not in runner and "yum clean" not in runner


def test_java_home_on_an_rpm_image_declines_naming_it():
    result = _case("decline_java-rpm-java-home")
    assert result.report.declined
    assert "the original sets JAVA_HOME=/usr/lib/jvm/java-1.8.0-openjdk" in result.report.reason


def test_a_run_after_the_build_reading_a_clone_is_captured_or_declined():
    rpm = _case("decline_java-rpm-clone-read-after-build")
    assert rpm.report.declined
    assert "RUN at line 8 after the build reads /ticket, which a clone or download before " \
        "the build wrote and only the builder has" in rpm.report.reason
    debian = _case("java-distribution-clone-read-after-build")
    assert not debian.report.declined, debian.report.reason
    runner = debian.output.split("\nFROM ubuntu:20.04\n", 1)[1]
    assert "ticket/python" not in runner  # (run in the builder, its effect captured)
    assert "COPY --from=builder /var/lib/dtranspile/capture/root/ /" in runner


def test_node_on_centos_and_fedora():
    epel = _case("node-rpm-distribution")
    assert not epel.report.declined, epel.report.reason
    assert "RUN yum install -y epel-release nodejs &&" in epel.output
    fedora = _case("node-fedora-global-install")
    assert not fedora.report.declined, fedora.report.reason
    builder = fedora.output.split("\nFROM fedora:38\n", 1)[0]
    assert "find /usr/lib/node_modules" not in builder  # (no findutils needed)
    assert "COPY --from=builder /opt/global-modules /usr/lib/node_modules" in fedora.output
    nodesource = _case("node-rpm-nodesource")
    assert not nodesource.report.declined, nodesource.report.reason
    runner = nodesource.output.split("\nFROM centos:7\n", 1)[1]
    assert "rpm.nodesource.com" not in runner  # (its repository files are copied)
    mixed = _case("node-rpm-python-part")
    assert not mixed.report.declined, mixed.report.reason
    assert "done < /var/lib/dtranspile/removed" in mixed.output


def test_centos_6_declines_with_its_python():
    result = transpile("FROM centos:6\nRUN yum install -y gcc make\nWORKDIR /src\nCOPY . .\n"
                       "RUN ./configure && make && make install\nCMD [\"app\"]\n")
    assert result.report.declined
    assert "its Python is 2.6, which has no subprocess.check_output" in result.report.reason


def test_a_cleanup_of_the_clone_after_the_build_is_no_read_of_it():
    result = transpile("FROM centos:7\nRUN yum install -y git java-1.8.0-openjdk-devel maven\n"
                       "RUN git clone https://github.com/example/ticket.git\n"
                       "RUN cd ticket && mvn clean package\n"
                       "RUN cp ticket/target/ticket-0.0.1-SNAPSHOT.jar app.jar\n"
                       "RUN rm -rf ticket\n"
                       'ENTRYPOINT ["java", "-jar", "app.jar"]\n')
    assert not result.report.declined, result.report.reason
    assert "rm -rf ticket" not in result.output.split("\nFROM centos:7\n", 1)[1]
