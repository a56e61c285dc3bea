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
        "Dockerfile writes, and debian:bookworm, a bare distribution image, has no /server2" \
        in result.report.reason, result.report.reason


def test_the_directory_the_build_runs_in_is_made_by_it():
    # (git clone at / and `cd server`: /server is the build's directory, the test stays)
    result = transpile(CAPTURE.format(cd="cd server") + 'CMD ["/server/bin/server"]\n')
    assert not result.report.declined, result.report.reason
    assert "RUN test -x /server/bin/server" in result.output


def test_a_system_directory_is_left_to_the_test():
    result = transpile(CAPTURE.format(cd="cd server") + 'CMD ["/opt/server/bin/server"]\n')
    assert "a bare distribution image, has no" not in (result.report.reason or "")


def test_an_image_of_its_own_may_hold_the_directory():
    text = CAPTURE.format(cd="cd server").replace("debian:bookworm", "example/base:1")
    result = transpile(text + 'CMD ["/h2o/h2o"]\n')
    assert "a bare distribution image" not in (result.report.reason or "")
