"""Editable requirements (``-e``) of the requirements files pip installs, read from
the build context: site-packages holds only links to their checkout (a VCS URL, under
``<cwd>/src``) or project directory, so the runner copies those directories where no
copied tree holds them (python._with_requirements_editables)."""
from transpiler.analysis.shell import option_value, option_values
from transpiler.multistage.api import transpile


def _runner(result):
    return result.output.split("\n\nFROM ", 1)[1]


def _context(tmp_path, requirements, **files):
    (tmp_path / "requirements.txt").write_text(requirements)
    for name, text in files.items():
        path = tmp_path / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


# the layout of corpus file 794279bb: pip runs in /service, the final WORKDIR is below
# the checkout directory /service/src, which a context ADD after the build fills
SERVICE = """FROM python:2.7
RUN mkdir -p /service
COPY requirements.txt /service/requirements.txt
WORKDIR /service/
RUN pip install -r requirements.txt
ADD src src
WORKDIR /service/src/scripts
CMD python -u run.py
"""


def test_vcs_checkout_outside_the_final_workdir_is_copied(tmp_path):
    context = _context(tmp_path, "-e git+https://github.com/example/tool.git#egg=tool\n",
                       src__scripts__run__py="import tool\n")
    result = transpile(SERVICE, context=context)
    assert not result.report.declined, result.report.reason
    runner = _runner(result)
    # (the checkout first, the context's src merged over it, as in the original)
    assert runner.index("COPY --from=builder /service/src /service/src") < \
        runner.index("ADD src /service/src")


def test_without_an_editable_requirement_nothing_is_added(tmp_path):
    context = _context(tmp_path, "flask\n", src__scripts__run__py="import flask\n")
    result = transpile(SERVICE, context=context)
    assert "COPY --from=builder /service/src" not in _runner(result)


def test_local_editable_project_inside_a_copied_tree(tmp_path):
    text = """FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
"""
    context = _context(tmp_path, "--editable=./libs/foo[extra]\n", app__py="import foo\n",
                       libs__foo__setup__py="")
    result = transpile(text, context=context)
    assert not result.report.declined, result.report.reason
    # (the project is in /build, a context copy's destination the runner copies: the
    # editable's own directory is not copied a second time)
    assert "COPY --from=builder /build /build" in _runner(result)
    assert "COPY --from=builder /build/libs" not in _runner(result)


def test_an_environment_pip_is_left_alone(tmp_path):
    """A virtualenv's pip checks VCS requirements out under the environment, which the
    runner copies with it: no <cwd>/src is added (the builder may not have one)."""
    text = """FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc git && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt
WORKDIR /app
COPY . .
CMD ["/venv/bin/python", "main.py"]
"""
    context = _context(tmp_path, "-e git+https://github.com/example/tool.git#egg=tool\n",
                       main__py="import tool\n")
    result = transpile(text, context=context)
    assert "COPY --from=builder /src" not in result.output


def test_option_values_reads_every_occurrence():
    args = ["-r", "a.txt", "--requirement=b.txt", "-rc.txt", "--no-deps", "-e", "."]
    assert option_values(args, "-r", "--requirement") == ["a.txt", "b.txt", "c.txt"]
    assert option_values(args, "-e", "--editable") == ["."]
    assert option_values(["install", "-r"], "-r") == []
    assert option_value(args, "-r", "--requirement") == (True, "a.txt")
