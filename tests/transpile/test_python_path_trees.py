"""The checkout a final PYTHONPATH names reaches the runner whole
(recipes/python_path_trees): only a clone whose destination its words give, not one the
build removes again, and never a directory an archive or an installer fills."""
import pytest

from transpiler.multistage.api import transpile

HEAD = ("FROM ubuntu:22.04\n"
        "RUN apt-get update && apt-get install -y git python3 python3-pip libprotobuf-dev\n")
TAIL = 'WORKDIR /\nADD run.py /run.py\nCMD ["python3", "run.py"]\n'


def _result(body):
    return transpile(HEAD + body + TAIL)


def _runner(result):
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


def test_clone_with_destination_is_copied_whole():
    runner = _runner(_result("RUN git clone https://github.com/BVLC/caffe.git /caffe\n"
                             "RUN pip install -r /caffe/python/requirements.txt\n"
                             "ENV PYTHONPATH=/caffe/python\n"))
    assert "COPY --from=builder /caffe /caffe\n" in runner


def test_clone_named_after_its_repository_in_the_working_directory():
    runner = _runner(_result("WORKDIR /opt\nRUN git clone --depth=1 https://github.com/f/faiss\n"
                             "RUN pip install numpy\nENV PYTHONPATH=/opt/faiss\n"))
    assert "COPY --from=builder /opt/faiss /opt/faiss\n" in runner


def test_clone_scanned_for_the_libraries_its_compiled_files_load():
    result = _result("RUN git clone https://github.com/BVLC/caffe.git /caffe\n"
                     "RUN pip install numpy\nRUN cd /caffe && make pycaffe\n"
                     "ENV PYTHONPATH=/caffe/python\n")
    builder = result.output.split("\n\nFROM ")[0]
    assert "find /caffe /usr/local " in builder


def test_clone_removed_again_is_not_carried():
    result = _result("RUN git clone https://github.com/BVLC/caffe.git /caffe\n"
                     "RUN pip install numpy\nRUN rm -rf /caffe\nENV PYTHONPATH=/caffe/python\n")
    assert "COPY --from=builder /caffe" not in result.output


@pytest.mark.parametrize("body,entry", [
    # a clone whose destination a variable gives
    ("ARG DEST=/caffe\nRUN git clone https://github.com/BVLC/caffe.git $DEST\n"
     "RUN pip install numpy\nENV PYTHONPATH=/caffe/python\n", "/caffe/python"),
    # an archive unpacked there: its files are not known
    ("RUN pip install numpy\nRUN wget -qO- https://example.org/lib.tgz | tar -xz -C /opt\n"
     "ENV PYTHONPATH=/opt/lib/python\n", "/opt/lib/python"),
    # /opt holds the checkout and may hold more the build put there: not the clone's
    ("WORKDIR /opt\nRUN git clone https://github.com/f/faiss\nRUN pip install numpy\n"
     "ENV PYTHONPATH=/opt\n", "/opt")])
def test_stays_declined(body, entry):
    result = _result(body)
    assert result.report.declined
    assert f"the final PYTHONPATH names {entry}," in result.report.reason
