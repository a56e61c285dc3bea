"""The program an exec-form shell string runs is read with its own words
(passes/entrypoint._inner_words): ``["sh", "-c", "java $JAVA_OPTS -jar /app.jar"]`` runs
the jar as the same command in shell form does, and the java recipe expands the jar's
path with the ENV the runner keeps (recipes/java.entry_for)."""
import pytest

from transpiler.multistage.api import transpile

from transpile_checks import runner_stage

BUILD = ("FROM maven:3.9-eclipse-temurin-17\nWORKDIR /src\nCOPY . .\n"
         "RUN mvn -B package && cp target/demo-1.0.jar /app.jar\n")


@pytest.mark.parametrize("command", [
    'ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app.jar"]',
    'ENTRYPOINT ["/bin/sh", "-c", "exec java -jar /app.jar \\"$@\\"", "--"]\nCMD ["--port=1"]',
    'ENTRYPOINT ["bash", "-lc", "java -Xmx64m -jar /app.jar"]',
    'CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app.jar"]',
    "ENTRYPOINT java $JAVA_OPTS -jar /app.jar",  # (the shell form, as before)
])
def test_a_jar_run_through_a_shell_string(command):
    runner = runner_stage(BUILD + command + "\n")
    assert runner.startswith("eclipse-temurin:17-jre\n")
    assert "COPY --from=builder /app.jar /app.jar\n" in runner


def test_several_commands_in_the_string_are_read_as_several():
    # (``cd /srv && java -jar ...``: each program checked by the reader of several, not
    # this one, as before: the jar runner, java tested there)
    runner = runner_stage(BUILD + 'ENTRYPOINT ["sh", "-c", "cd /srv && java -jar /app.jar"]\n')
    assert runner.startswith("eclipse-temurin:17-jre\n")
    assert "COPY --from=builder /app.jar /app.jar\n" in runner
    assert "RUN command -v java >/dev/null\n" in runner


def test_the_shell_itself_keeps_its_words():
    # (``ENTRYPOINT ["bash", "-c"]`` with the string in the CMD: program_of reads the
    # shell, whose words stay the shell's; a script it runs is read as before)
    result = transpile("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                       "gcc\nWORKDIR /src\nCOPY . .\nRUN gcc -o /usr/local/bin/app main.c\n"
                       'ENTRYPOINT ["bash", "-c"]\nCMD ["app --serve"]\n')
    assert not result.report.declined, result.report.reason


@pytest.mark.parametrize("env, declined", [
    ("ENV JAR=/app.jar\n", False),
    ("ENV JAR_DIR=/\nENV JAR=${JAR_DIR}app.jar\n", False),
    ("ARG JAR=/app.jar\n", True),  # (an ARG is gone when the container runs)
    ("", True),  # (set at docker run only: unknown)
])
def test_the_jar_named_by_a_variable(env, declined):
    result = transpile(BUILD + env + "ENTRYPOINT java -jar $JAR\n")
    assert result.report.declined is declined, result.report.reason
    if declined:
        assert "through a wildcard or variable" in result.report.reason


@pytest.mark.parametrize("shell_string, shell_form", [
    ('CMD ["sh", "-c", "python"]', "CMD python"),
    ('CMD ["sh", "-c", "exec python -i"]', "CMD exec python -i"),
])
def test_a_prompt_in_a_shell_string_declines_as_in_shell_form(shell_string, shell_form):
    # (the checks of the command's words, an interpreter given no program among them,
    # saw the shell's words and let the exec-form string through)
    build = ("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY . .\n"
             "RUN pip install -r requirements.txt\n")
    string, form = transpile(build + shell_string + "\n"), transpile(build + shell_form + "\n")
    assert string.report.declined and form.report.declined
    assert "an interactive notebook or interpreter" in string.report.reason
    assert string.report.reason.split(":", 1)[1] == form.report.reason.split(":", 1)[1]


def test_a_dotnet_app_run_through_a_shell_string():
    # (the dotnet recipe read `sh` for its program's words: "dotnet without an
    # application .dll")
    runner = runner_stage("FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\n"
                          "RUN dotnet publish -c Release -o /app\nWORKDIR /app\n"
                          'ENTRYPOINT ["sh", "-c", "dotnet App.dll"]\n')
    assert "COPY --from=builder /app /app\n" in runner
    assert 'ENTRYPOINT ["sh", "-c", "dotnet App.dll"]' in runner
