"""The staging script runs in the builder after the build: on an image of its own
trees where the build installed no Python package, its interpreter must be one the
builder is known to have (buildpack-deps:jessie has no python3: a guessed python3
failed the build with exit 127)."""

import re

from transpiler.multistage.api import transpile

SOURCE_PY2 = """FROM buildpack-deps:jessie
RUN apt-get update && apt-get install -y --no-install-recommends tk-dev
RUN wget -O p.tar.xz https://www.python.org/ftp/python/2.7.16/Python-2.7.16.tar.xz \\
    && mkdir /src && tar -xJC /src --strip-components=1 -f p.tar.xz \\
    && cd /src && ./configure --enable-shared && make && make install && ldconfig
RUN {get_pip}
WORKDIR /app
RUN {install}
CMD ["waitress-serve", "app:application"]
"""


def _staging_interpreter(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    found = re.search(r"&& (\S+|\"[^\"]*\") -c 'exec\(\"\"\"import glob", result.output)
    assert found, result.output
    return found.group(1)


def test_the_interpreter_the_build_runs_by_name_stages():
    text = SOURCE_PY2.format(get_pip="wget https://bootstrap.pypa.io/get-pip.py && "
                             "python get-pip.py", install="python -m pip install waitress")
    assert _staging_interpreter(text) == "python"


def test_a_versioned_python2_name_is_kept():
    text = SOURCE_PY2.format(get_pip="wget https://bootstrap.pypa.io/get-pip.py && "
                             "python2.7 get-pip.py", install="pip install waitress")
    assert _staging_interpreter(text) == "python2.7"


def test_without_a_name_the_builders_shell_finds_one():
    text = SOURCE_PY2.format(get_pip="wget https://bootstrap.pypa.io/get-pip.py && "
                             "/usr/local/bin/python get-pip.py", install="pip install waitress")
    assert _staging_interpreter(text) == \
        '"$(command -v python3 || command -v python || command -v python2)"'
