"""A Python build on a full official image (python:3.11): its installs are read for
packages that load a library by name or run a program the slim sibling lacks
(recipes/python_full_image, knowledge/python_full_image); an install that is not read,
or one such package, makes the runner the builder's own image."""
from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.knowledge.python_full_image import FULL_IMAGE_DISTRIBUTIONS, normalize
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.python_full_image import (full_image_reason, read_installs,
                                                              with_requirements)


def _facts(runs, image="python:3.11"):
    text = f"FROM {image}\nWORKDIR /app\n" + "".join(f"RUN {r}\n" for r in runs)
    return analyze_stage(parse(text).stages[0], {})


def test_table_keys_are_normal_names():
    assert all(normalize(k) == k for k in FULL_IMAGE_DISTRIBUTIONS)
    assert normalize("Python_Magic") == "python-magic" == normalize("python.magic")


def test_named_packages_are_read():
    installs = read_installs(_facts([
        "pip install --no-cache-dir -c constraints.txt -i https://pypi.org/simple "
        "'flask==3.0.0' 'requests[socks]>=2' \"uvicorn; python_version>'3.8'\"",
        "python -m pip install --upgrade pip && pip3 install gunicorn"]))
    assert installs.unread == () and installs.requirement_files == ()
    assert [n for _, n in installs.named] == ["flask", "requests", "uvicorn", "pip", "gunicorn"]


def test_unread_installs():
    for run, shown in (("pip install -r requirements.txt", "the requirements of requirements.txt"),
                       ("pip install -rreq/base.txt", "the requirements of req/base.txt"),
                       ("pip install --requirement=r.txt", "the requirements of r.txt"),
                       ("pip install -Ur req/docker.txt", "the requirements of req/docker.txt"),
                       ("pip install -e .", "the project . (editable)"),
                       ("pip install .", "installs ."),
                       ("pip install git+https://github.com/a/b.git", "git+https"),
                       ("pip install dist/app-1.0-py3-none-any.whl", ".whl"),
                       ("pip install $PACKAGES", "named by a variable"),
                       ("python setup.py install", "setup.py"),
                       ("poetry install --no-root", "pyproject.toml and poetry.lock"),
                       ("pipenv install --system --deploy", "Pipfile"),
                       ("uv sync --frozen", "uv.lock")):
        why = full_image_reason(_facts([run]))
        assert why and shown in why, (run, why)
        assert why.startswith("the RUN at line 3 installs")


def test_reason_names_a_table_package_first():
    why = full_image_reason(_facts(["pip install -r requirements.txt",
                                    "pip install GitPython"]))
    assert "installs GitPython, which runs the git program" in why
    assert full_image_reason(_facts(["pip install flask gunicorn"])) is None
    why = full_image_reason(_facts(["pip install -r requirements.txt"]))
    assert "not read" in why and "slim sibling lacks" in why


def test_runner_choice_and_its_reason_are_explained():
    text = ("FROM python:3.11\nRUN apt-get update && apt-get install -y libsnappy-dev\n"
            "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["python", "app.py"]\n')
    result = transpile(text)
    assert result.report.runner == "python:3.11"
    assert "the builder's own image, not its slim sibling: the RUN at line 5 installs the " \
        "requirements of requirements.txt, which is not read" in result.report.render()
    slim = transpile(text.replace("-r requirements.txt", "flask"))
    assert slim.report.runner == "python:3.11-slim"


def test_full_image_that_gains_nothing_is_declined():
    text = ("FROM python:3.11\nWORKDIR /app\nCOPY . .\n"
            "RUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"app.py\"]\n")
    result = transpile(text)
    assert result.report.declined
    assert result.report.reason.startswith("nothing to gain")
    assert "not its slim sibling, as the RUN at line 4 installs the requirements" in \
        result.report.reason
    # a slim builder's own runner is another rule's (it has nothing the slim lacks)
    assert "slim sibling" not in (transpile(text.replace("3.11", "3.11-slim")).report.reason
                                  or "")


class _Project:
    """The build context as ``Project.read`` gives it: image directory + name -> text."""

    def __init__(self, files):
        self.files = files

    def read(self, directory, name):
        return self.files.get(f"{directory}/{name}")


def test_requirements_files_read_from_the_context():
    facts = _facts(["pip install -r requirements.txt", "pip install -r /srv/extra.txt"])
    project = _Project({
        "/app/requirements.txt": "# app\nFlask==3.0.0  # web\n-r more/base.txt\n"
                                 "-c constraints.txt\n--index-url https://x/simple\n"
                                 "requests[socks]>=2 ; python_version >= '3.8' \\\n"
                                 "    --hash=sha256:00\n",
        "/app/more/base.txt": "gunicorn\n-r ../common.txt\n",
        "/app/common.txt": "six\n",
        "/srv/extra.txt": "python-magic==0.4.27\n"})
    read = with_requirements(read_installs(facts), project)
    assert read.requirement_files == () and read.unread == ()
    assert [n for _, n in read.named] == ["Flask", "gunicorn", "six", "requests", "python-magic"]
    assert "line 4 (in /srv/extra.txt) installs python-magic, which loads libmagic" in \
        full_image_reason(facts, read)
    del project.files["/srv/extra.txt"]
    read = with_requirements(read_installs(facts), project)
    assert "the requirements of /srv/extra.txt, which is not read" in \
        full_image_reason(facts, read)
    project.files["/srv/extra.txt"] = "-e git+https://x/y.git#egg=y\n"
    why = full_image_reason(facts, with_requirements(read_installs(facts), project))
    assert "installs the project git+https://x/y.git#egg=y (editable)" in why
    project.files["/srv/extra.txt"] = "./libs/local\n"
    why = full_image_reason(facts, with_requirements(read_installs(facts), project))
    assert "names ./libs/local, a path or URL" in why
    project.files["/srv/extra.txt"] = "y @ https://x/y.zip\n"
    why = full_image_reason(facts, with_requirements(read_installs(facts), project))
    assert "a path or URL" in why
