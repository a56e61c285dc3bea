"""The Java trust store of the JRE runners.  Every runner the Java recipe picks has one:
the Temurin JRE its own ``$JAVA_HOME/lib/security/cacerts`` (the image's
``/__cacert_entrypoint.sh`` names it ``JRE_CACERTS_PATH``), and the distribution runner
installs the JRE package the build's JDK depends on at the same version
(``openjdk-17-jdk-headless`` Depends ``openjdk-17-jre-headless (= ...)``, which Depends
``ca-certificates-java``, on bookworm), so Debian's ``/etc/ssl/certs/java/cacerts``
comes the same way it came in the builder.  Only a program told to read Debian's store
outright can miss it on a Temurin runner, which has no ca-certificates-java: declined."""
from transpiler.knowledge import official
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.java import runner_majors
from transpiler.multistage.recipes.java_distribution import jre_of

MAVEN = "FROM maven:3-eclipse-temurin-17\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\n"
JAR = "target/app-1.0.jar"


def test_the_temurin_runners_trust_their_jre_store_and_lack_debians():
    for suffix in ("", "-alpine"):
        for major in sorted(runner_majors(suffix)):
            data = official.resolve(f"eclipse-temurin:{major}-jre{suffix}")
            assert data.entrypoint == ("/__cacert_entrypoint.sh",), (major, suffix)
            assert "ca-certificates-java" not in data.packages, (major, suffix)


def test_a_program_told_to_read_debians_store_declines_on_a_temurin_runner():
    for tail in (f'ENV JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=/etc/ssl/certs/java/cacerts"\n'
                 f'CMD ["java", "-jar", "{JAR}"]\n',
                 f'CMD ["java", "-Djavax.net.ssl.trustStore=/etc/ssl/certs/java/cacerts", '
                 f'"-jar", "{JAR}"]\n'):
        result = transpile(MAVEN + tail)
        assert result.report.declined
        assert "ca-certificates-java" in result.report.reason
        assert "eclipse-temurin:17-jre" in result.report.reason
    plain = transpile(MAVEN + f'CMD ["java", "-jar", "{JAR}"]\n')
    assert not plain.report.declined and "FROM eclipse-temurin:17-jre" in plain.output


def test_the_distribution_runner_installs_the_jre_the_jdk_depends_on():
    assert jre_of("openjdk-17-jdk-headless") == "openjdk-17-jre-headless"
    assert jre_of("openjdk-11-jdk") == "openjdk-11-jre"
    assert jre_of("default-jdk-headless") == "default-jre-headless"
    out = transpile("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                    "--no-install-recommends openjdk-17-jdk-headless ca-certificates-java maven "
                    "&& rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY . .\n"
                    f"RUN mvn -B package\nCMD [\"java\", \"-jar\", \"{JAR}\"]\n").output
    runner = out.split("\n\nFROM ", 1)[1]
    install = next(line for line in runner.splitlines() if "openjdk-17-jre-headless" in line)
    # the original's own ca-certificates-java is installed again, beside the JRE
    assert "ca-certificates-java" in install and "--no-install-recommends" in install
