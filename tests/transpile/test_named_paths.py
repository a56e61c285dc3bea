"""The paths a final command names that a RUN kept in the builder wrote reach the runner
(multistage/named_paths), or the rewrite declines where they lie in a directory that
cannot be copied apart from the system."""
import pytest

import transpiler
from transpiler.analysis import analyze_stage, global_args
from transpiler.multistage.api import transpile
from transpiler.multistage.named_paths import named_paths


def _named(text):
    tree = transpiler.parse(text)
    return named_paths(analyze_stage(tree.stages[0], global_args(tree)))


@pytest.mark.parametrize("command, named", [
    ('CMD ["prog", "data/input.txt"]', ["/srv/data/input.txt"]),
    ('CMD ["prog", "config.yaml"]', ["/srv/config.yaml"]),
    ('CMD ["prog", "--config=/etc/app/app.yaml"]', ["/etc/app/app.yaml"]),
    ('CMD ["prog", "-c", "/opt/app.conf"]', ["/opt/app.conf"]),
    ('CMD ["/opt/bin/prog", "serve"]', ["/opt/bin/prog"]),
    ('CMD ["prog", "serve", "--port", "80"]', []),
    ('CMD ["prog", "0.0.0.0:8080", "127.0.0.1"]', []),
    ('CMD ["prog", "https://example.com/x.json"]', []),
    ('CMD ["prog", "$HOME/x.conf", "*.txt"]', []),
    ('CMD ["prog", "-conf=\'/caddy/Caddyfile\'"]', []),  # (exec form keeps the quotes)
    ('CMD ["prog", "/tmp", "/dev/null"]', []),  # (a system directory, a device)
    ('ENTRYPOINT ["prog"]\nCMD ["./run.d/a.sh"]', ["/srv/run.d/a.sh"]),
])
def test_named_paths(command, named):
    assert _named(f"FROM debian:bookworm\nWORKDIR /srv\n{command}\n") == named


GO = "FROM golang:1.21-bookworm\n"
BUILD = "COPY . /src\nRUN cd /src && CGO_ENABLED=0 go build -o /usr/local/bin/app .\n"


def _declined(text, why):
    """The reason the rewrite of ``text`` declines, which must say ``why``."""
    report = transpile(text).report
    assert report.declined and why in report.reason, report.reason
    return report.reason


def _runner(result):
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


def test_unpacked_directory_the_command_names_is_copied():
    runner = _runner(transpile(GO + "WORKDIR /app\nRUN curl -fsSL https://x/c.tgz | tar -xz\n" +
                               BUILD + 'CMD ["app", "conf/app.yaml"]\n'))
    assert "COPY --from=builder /app /app\n" in runner


def test_unpacked_into_a_system_directory_declines():
    _declined(GO + "WORKDIR /srv\nRUN curl -fsSL https://x/c.tgz | tar -xz\n" + BUILD +
              'CMD ["app", "conf/app.yaml"]\n', "cannot be copied to the runner apart from them")


def test_unpacked_then_removed_is_left_alone():
    result = transpile(GO + "WORKDIR /srv\nRUN curl -fsSL https://x/c.tgz | tar -xz && "
                       "rm -rf /srv/*\n" + BUILD + 'CMD ["app", "conf/app.yaml"]\n')
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /srv" not in result.output


def test_a_download_the_build_reads_is_copied_when_named():
    runner = _runner(transpile(GO + "RUN mkdir -p /data && wget -q -O /data/w.txt https://x/w "
                               "&& grep -c . /data/w.txt\n" + BUILD +
                               'CMD ["app", "/data/w.txt"]\n'))
    assert "COPY --from=builder /data/w.txt /data/w.txt\n" in runner


def test_a_path_the_runner_repeats_the_copy_of_is_left_alone():
    runner = _runner(transpile(GO + "RUN mkdir /oleg\n" + BUILD +
                               "COPY db.conf /oleg/db.conf\n"
                               'CMD ["app", "-config", "/oleg/db.conf"]\n'))
    assert "COPY --from=builder /oleg" not in runner


def test_an_empty_directory_made_with_mkdir_is_not_copied():
    runner = _runner(transpile(GO + "RUN mkdir -p /var/app\n" + BUILD +
                               'CMD ["app", "/var/app/state.db"]\n'))
    assert "COPY --from=builder /var/app" not in runner


def test_an_unread_unpack_is_copied():
    runner = _runner(transpile(GO + "RUN mkdir -p /usr/share/GeoIP && curl -fsSL https://x/g.tgz"
                               " | tar -xz -C /usr/share/GeoIP\n" + BUILD + 'CMD ["app"]\n'))
    assert "COPY --from=builder /usr/share/GeoIP /usr/share/GeoIP\n" in runner


def test_an_unread_unpack_into_a_system_directory_declines():
    _declined(GO + "RUN curl -fsSL https://x/g.tgz | tar -xz -C /opt\n" + BUILD + 'CMD ["app"]\n',
              "no later command of the build reads it")


@pytest.mark.parametrize("later", [
    "RUN cd /opt/tool-1.0 && make install\n",  # (run inside it)
    "RUN cp /opt/tool-1.0/bin/tool /usr/local/bin/\n",  # (a path under it named)
    "ENV PATH=$PATH:/opt/tool-1.0/bin\nRUN tool generate\n",  # (run through PATH)
    "RUN rm -rf /opt/*\n",  # (removed, all of it)
])
def test_an_unpack_the_build_reads_or_removes_is_left_alone(later):
    result = transpile(GO + "RUN curl -fsSL https://x/t.tgz | tar -xz -C /opt\n" + later +
                       BUILD + 'CMD ["app"]\n')
    assert "unpacks an archive into /opt" not in (result.report.reason or "")


def test_an_unread_copy_from_another_image_declines():
    _declined(GO + "COPY --from=busybox:1.36 /bin/busybox /bin/busybox\n" + BUILD +
              'CMD ["app"]\n', "brings /bin/busybox from another image")


def test_a_toolchain_copied_from_another_image_is_the_builds():
    result = transpile("FROM debian:bookworm\nCOPY --from=golang:1.21 /usr/local/go /usr/local/go\n"
                       "ENV PATH=$PATH:/usr/local/go/bin\n" + BUILD + 'CMD ["app"]\n')
    assert "from another image" not in (result.report.reason or "")


JAVA = "FROM maven:3.9-eclipse-temurin-17\n"
MVN = "WORKDIR /app\nCOPY . .\nRUN mvn -q package\nCMD [\"java\", \"-jar\", \"target/app.jar\"]\n"


@pytest.mark.parametrize("edit, carried", [
    ('RUN sed -i "s/TLSv1, //" $JAVA_HOME/conf/security/java.security\n',
     "/opt/java/openjdk/conf/security/java.security"),
    ("RUN keytool -importcert -noprompt -cacerts -storepass changeit -alias a -file /a.crt\n",
     "/opt/java/openjdk/lib/security/cacerts"),
    ("RUN keytool -import -noprompt -keystore /opt/trust.jks -storepass s -file /a.crt\n",
     "/opt/trust.jks"),
])
def test_an_edit_no_build_command_reads_is_carried(edit, carried):
    runner = _runner(transpile(JAVA + edit + MVN))
    assert f"COPY --from=builder {carried} {carried}\n" in runner


@pytest.mark.parametrize("edit", [
    'RUN sed -i "s/TLSv1, //" $JAVA_HOME/conf/security/java.security || true\n',  # (not proven)
    'RUN if [ -f /x.conf ]; then sed -i "s/a/b/" /opt/x.conf; fi\n',
    'RUN sed -i "s/a/b/" /root/.m2/settings.xml\n',  # (the build tool's)
    'RUN sed -i "s/a/b/" /etc/hosts.allow\n',  # (/etc: system_configuration's)
])
def test_an_edit_left_to_other_checks_or_unproven_is_not_carried(edit):
    result = transpile(JAVA + edit + MVN)
    assert "# edited by the RUN" not in result.output


def test_an_edit_of_a_file_whose_path_is_not_known_declines():
    # (maven:3.8-openjdk-17: the image data does not show its JAVA_HOME)
    _declined("FROM maven:3.8-openjdk-17\n"
              'RUN sed -i "s/TLSv1, //" $JAVA_HOME/conf/security/java.security\n' + MVN,
              "a file whose path is not known")


def test_an_edit_in_a_java_home_the_runner_does_not_share_declines():
    report = transpile(JAVA + 'RUN sed -i "s/TLSv1, //" $JAVA_HOME/conf/security/java.security\n'
                       + MVN, runtime="openjdk:17-slim").report
    assert report.declined
    assert "its JVM would read its own copy, unedited" in report.reason


def test_an_archive_unpacked_into_a_path_directory_and_never_run_declines():
    # (the system's own PATH directories are on every PATH: a later command run by name
    # does not show that it ran what the archive brought)
    _declined(GO + "RUN curl -fsSL https://x/m.tgz | tar -xz -C /usr/local/bin\n"
              "COPY . /src\nRUN cd /src && CGO_ENABLED=0 go build -o /app .\n"
              'CMD ["/app"]\n', "unpacks an archive into /usr/local/bin")


def test_a_tool_tar_names_on_the_path_is_put_there_by_hand():
    # (/usr/bin: the python image's console scripts carry all of /usr/local/bin already)
    runner = _runner(transpile("FROM python:3.11\nRUN curl -fsSL https://x/c.tgz | tar -xz -C "
                               "/usr/bin caddy\nRUN pip install flask\n"
                               'CMD ["python", "-m", "flask", "run"]\n'))
    assert "COPY --from=builder /usr/bin/caddy /usr/bin/caddy\n" in runner


@pytest.mark.parametrize("argv, named", [
    ("tar -xz -C /usr/bin caddy", ("/usr/bin", ["caddy"])),
    ("tar --no-same-owner -C /usr/bin/ -xz caddy", ("/usr/bin/", ["caddy"])),
    ("tar xzf a.tgz -C /usr/local/bin dep", ("/usr/local/bin", ["dep"])),
    ("tar --extract --file=a.tgz --directory=/usr/bin caddy", ("/usr/bin", ["caddy"])),
    ("tar -xzf a.tgz -C /opt", None),  # (what the archive holds)
    ("tar -xz --strip-components=1 -C /usr/bin a/caddy", None),  # (names changed)
    ("tar -xz --exclude x -C /usr/bin caddy", None),  # (an option that may take a word)
    ("tar -czf a.tgz dir", None),  # (creates)
])
def test_tar_members(argv, named):
    from transpiler.analysis.file_writes import tar_members
    assert tar_members(argv.split()) == named


def test_a_tool_unpacked_into_a_path_directory_and_run_by_the_build_is_the_builds():
    result = transpile(GO + "RUN curl -fsSL https://x/d.tgz | tar -xz -C /usr/local/bin dep\n"
                       "WORKDIR /go/src/app\nCOPY . .\nRUN dep ensure && CGO_ENABLED=0 go build "
                       "-o /usr/local/bin/app .\nCMD [\"app\"]\n")
    assert "unpacks an archive" not in (result.report.reason or "")
