"""What ``java -jar`` runs: a jar or an executable war (recipes/java.ARCHIVES), moved or
copied out of the build's output, or named by pom.xml's packaging."""
import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.java import _pom_jar_name

from transpile_checks import runner_stage

POM = ("<project><artifactId>demo</artifactId><version>1.2</version>{packaging}"
       "</project>")


@pytest.mark.parametrize("packaging, name", [
    ("", "demo-1.2.jar"),
    ("<packaging>jar</packaging>", "demo-1.2.jar"),
    ("<packaging>war</packaging>", "demo-1.2.war"),
    ("<packaging>pom</packaging>", None),  # (a parent project: nothing to run)
    ("<packaging>ear</packaging>", None),
])
def test_the_archive_pom_xml_names(packaging, name):
    assert _pom_jar_name(POM.format(packaging=packaging)) == name


BUILD = "FROM maven:3.9-eclipse-temurin-17\nWORKDIR /src\nCOPY . .\n"


@pytest.mark.parametrize("move, archive", [
    ("mv target/*.war /app.war", "/app.war"),
    ("cp target/demo-1.2.war /srv/demo.war", "/srv/demo.war"),
    ("cp target/*.jar /app.jar", "/app.jar"),
])
def test_an_archive_moved_out_of_the_build(move, archive):
    runner = runner_stage(BUILD + f"RUN mvn -B package && {move}\n"
                          f'CMD ["java", "-jar", "{archive}"]\n')
    assert f"COPY --from=builder {archive} {archive}\n" in runner


def test_an_archive_that_is_no_runnable_one_still_declines():
    result = transpile(BUILD + "RUN mvn -B package && cp target/*.ear /app.ear\n"
                       'CMD ["java", "-jar", "/app.ear"]\n')
    assert result.report.declined
    assert "no recognised build step writes" in result.report.reason
