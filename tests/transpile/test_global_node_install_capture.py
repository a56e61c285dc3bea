"""A global npm install before the build of a Python or Ruby program (93d546d6: django-
pipeline's yuglify, put on PATH by `npm -g install yuglify` before `pip install`): the
program may run it, and where npm put it is not known, so its effect is captured for the
runner (declined where it cannot be captured); a runner of the builder's own distribution
repeats the RUN instead, as before."""
from transpiler import transpile

PYTHON = ("FROM {image}\n"
          "RUN apt-get update && apt-get install -y {packages} && rm -rf /var/lib/apt/lists/*\n"
          "RUN {install}\n"
          "WORKDIR /app\n"
          "COPY requirements.txt .\n"
          "RUN pip install -r requirements.txt\n"
          "COPY . .\n"
          'CMD ["python", "manage.py", "runserver"]\n')


def _python(install="npm -g install yuglify", image="python:3.11-slim",
            packages="nodejs npm gcc"):
    return transpile(PYTHON.format(install=install, image=image, packages=packages))


def test_the_global_install_is_captured_for_the_runner():
    result = _python()
    assert not result.report.declined, result.report.reason
    text = result.report.render()
    assert "RUN at line 3: it installs Node packages globally (`npm -g install yuglify`), " \
        "whose programs the python program may run at run time" in text
    builder, runner = result.output.split("\nFROM ", 1)
    # (the listing comes before the install, the captured files reach the runner)
    assert builder.index("before.mark") < builder.index("RUN npm -g install yuglify")
    assert "COPY --from=builder /var/lib/dtranspile/capture/root/ /" in runner


def test_yarn_global_add_too():
    result = _python(install="npm install -g yarn && yarn global add less",
                     packages="nodejs npm gcc")
    assert "installs Node packages globally (`npm install -g yarn`)" in \
        result.report.render(), result.report.reason


def test_a_local_npm_install_is_left_to_the_recipe():
    result = _python(install="cd /opt && npm install less")
    assert "installs Node packages globally" not in result.report.render()


def test_a_same_image_runner_repeats_it_as_before():
    # (the distribution's runner has npm: the RUN is repeated there, nothing captured)
    result = _python(install="npm install -g less", image="debian:wheezy",
                     packages="python python-pip python-dev gcc nodejs npm")
    assert not result.report.declined, result.report.reason
    assert "RUN cd / && npm install -g less" in result.output
    assert "installs Node packages globally" not in result.report.render()


def test_a_node_program_keeps_its_own_global_installs():
    result = transpile("FROM node:20\n"
                       "RUN npm install -g pm2\n"
                       "WORKDIR /app\n"
                       "COPY package.json .\n"
                       "RUN npm install\n"
                       "COPY . .\n"
                       'CMD ["pm2-runtime", "index.js"]\n')
    assert "installs Node packages globally" not in result.report.render()
