"""The directories documented modules of the install RUNs fill (recipes/module_data):
nltk's downloader and ipykernel's kernelspec install reach the runner whole where the
Dockerfile and the image tell the directory; elsewhere the decline stays."""
import pytest

from transpiler.multistage.api import transpile

HEAD = "FROM python:3.11-bookworm\n"
TAIL = 'WORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n'


def _result(body):
    return transpile(HEAD + body + TAIL)


@pytest.mark.parametrize("body,carried", [
    ("RUN pip install nltk && python -m nltk.downloader punkt\n", "/root/nltk_data"),
    ("ENV HOME=/home/app\nRUN pip install nltk && python3 -m nltk.downloader punkt\n",
     "/home/app/nltk_data"),
    ("RUN pip install nltk && python -m nltk.downloader -d /usr/share/nltk_data punkt\n",
     "/usr/share/nltk_data"),
    ("RUN pip install nltk && python -m nltk.downloader --dir=/data/nltk punkt\n",
     "/data/nltk"),
    ("RUN pip install ipykernel && python -m ipykernel install --name report\n",
     "/usr/local/share/jupyter/kernels"),
    ("RUN pip install ipykernel && python -m ipykernel install --user\n",
     "/root/.local/share/jupyter/kernels"),
    ("RUN pip install ipykernel && python -m ipykernel install --prefix /opt/k\n",
     "/opt/k/share/jupyter/kernels"),
    ("RUN pip install ipykernel && python -m ipykernel install --sys-prefix\n",
     "/usr/local/share/jupyter/kernels"),
    ("ENV JUPYTER_DATA_DIR=/jd\nRUN pip install ipykernel && python -m ipykernel.kernelspec "
     "--user\n", "/jd/kernels")])
def test_documented_directory_carried(body, carried):
    result = _result(body)
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\n\nFROM ")[-1]
    assert f"COPY --from=builder {carried} {carried}\n" in runner


@pytest.mark.parametrize("body", [
    # NLTK_DATA's entries come first: whether one exists (and is chosen) is not known
    "ENV NLTK_DATA=/srv/nltk\nRUN pip install nltk && python -m nltk.downloader punkt\n",
    # a directory of nltk.data.path the build makes is preferred to ~/nltk_data
    "RUN mkdir -p /usr/local/share/nltk_data && pip install nltk "
    "&& python -m nltk.downloader punkt\n",
    # the downloader's directory named by a variable
    "RUN pip install nltk && python -m nltk.downloader -d $DATA punkt\n",
    # --sys-prefix of a Python the PATH finds before the image's
    "ENV PATH=/venv/bin:$PATH\nRUN python -m venv /venv && pip install ipykernel "
    "&& python -m ipykernel install --sys-prefix\n",
    # a module whose writes are not documented here
    "RUN pip install spacy && python -m spacy download en_core_web_sm\n"])
def test_unknown_directory_stays_declined(body):
    result = _result(body)
    assert result.report.declined
    assert "runs in the RUNs of the Python install" in result.report.reason or \
        "$DATA" in body  # (there the word's value already leaves the app's files unknown)
