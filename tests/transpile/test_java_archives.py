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


@pytest.mark.parametrize("env, copy", [
    ("ENV APP=/srv/app.jar\n", "cp target/demo-1.2.jar $APP"),
    ("ENV APP_DIR=/srv\n", "cp target/demo-1.2.jar ${APP_DIR}/app.jar"),
])
def test_a_copy_to_a_path_an_env_names_writes_nothing_in_the_build_directory(env, copy):
    # (the destination read with the ENV: the context copy is repeated in the runner, not
    # the build directory copied as the build left it, target/ and all)
    runner = runner_stage(BUILD.replace("WORKDIR /src\n", env + "WORKDIR /src\n") +
                          f"RUN mvn -B package && {copy}\n"
                          'CMD ["java", "-jar", "/srv/app.jar"]\n')
    assert "COPY --from=builder /srv/app.jar /srv/app.jar\n" in runner
    assert "COPY --from=builder /src /src\n" not in runner
    assert "COPY . /src/\n" in runner
