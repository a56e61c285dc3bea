"""A capture runner's build-time test of a program no instruction writes (db58cd1c):
the original builds and fails at start, the rewrite would fail its build."""
from transpiler import transpile

CAPTURE = ("FROM debian:bookworm\n"
           "RUN apt-get update && apt-get install -y --no-install-recommends build-essential "
           "cmake git ca-certificates && git clone https://github.com/example/server && "
           "{cd} && cmake . && make\n")


def test_a_program_in_a_root_directory_no_instruction_names_declines():
    # (`cd server` from / builds in /server, and the command runs /server2/bin/server)
    result = transpile(CAPTURE.format(cd="cd server") + 'CMD ["/server2/bin/server"]\n')
    assert result.report.declined
    assert "CMD at line 3 runs `/server2/bin/server`, which no instruction of the " \
        "Dockerfile is seen to write, and debian:bookworm, a bare distribution image, has no /server2" \
        in result.report.reason, result.report.reason


def test_the_directory_the_build_runs_in_is_made_by_it():
    # (git clone at / and `cd server`: /server is the build's directory, the test stays)
    result = transpile(CAPTURE.format(cd="cd server") + 'CMD ["/server/bin/server"]\n')
    assert not result.report.declined, result.report.reason
    assert "RUN test -x /server/bin/server" in result.output


def test_a_system_directory_is_left_to_the_test():
    result = transpile(CAPTURE.format(cd="cd server") + 'CMD ["/opt/server/bin/server"]\n')
    assert "a bare distribution image, has no" not in (result.report.reason or "")


def test_an_image_of_its_own_is_not_known_to_hold_the_directory():
    # (the image may hold /h2o/h2o or not: the runner's test would decide the rewrite's
    # build on what the image data does not show)
    text = CAPTURE.format(cd="cd server").replace("debian:bookworm", "example/base:1")
    result = transpile(text + 'CMD ["/h2o/h2o"]\n')
    assert result.report.declined
    assert "a bare distribution image" not in result.report.reason
    assert "whether example/base:1 holds it is not known" in result.report.reason


#: 08faa016: only requirements.txt is copied into /app; the entrypoint is the project's
#: file, which a volume mounted at /app brings at run time
MOUNTED = ("FROM {image}\n"
           "COPY /requirements.txt /app/requirements.txt\n"
           "RUN apt-get update && apt-get install -y gcc libffi-dev "
           "&& pip install -r /app/requirements.txt && apt-get remove -y gcc && apt-get clean\n"
           "EXPOSE 8000\n"
           "ENTRYPOINT {entry}\n")


def test_an_entrypoint_in_the_app_directory_no_instruction_fills_declines():
    result = transpile(MOUNTED.format(image="example/django:debian",
                                      entry="/app/docker.entrypoint"))
    assert result.report.declined
    assert "ENTRYPOINT at line 5 runs `/app/docker.entrypoint`, which no instruction of " \
        "the Dockerfile is seen to write, and whether example/django:debian holds it is not known" \
        in result.report.reason, result.report.reason


def test_an_entrypoint_the_dockerfile_copies_is_not_this_decline():
    text = MOUNTED.format(image="example/django:debian", entry="/app/docker.entrypoint")
    text = text.replace("EXPOSE", "COPY docker.entrypoint /app/\nEXPOSE")
    result = transpile(text)
    # (it may decline for what the script runs, not for where it comes from)
    assert "which no instruction of the Dockerfile is seen to write" not in \
        (result.report.reason or "")


def test_a_program_in_a_system_directory_stays_the_images_own():
    result = transpile(MOUNTED.format(image="example/django:debian",
                                      entry="/usr/local/bin/docker-entrypoint"))
    assert "which no instruction of the Dockerfile is seen to write" not in \
        (result.report.reason or "")
