"""What keeps a build on an nvidia/cuda devel image from running on its runtime sibling
(recipes/cuda_runtime.py)."""

import pytest

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.multistage.recipes import cuda_runtime
from transpiler.multistage.recipes.base import Decline


def _facts(body: str):
    tree = parse("FROM nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04\n"
                 "RUN apt-get update && apt-get install -y python3-pip\n" + body)
    return analyze_stage(tree.stages[0], global_args(tree))


@pytest.mark.parametrize("word,name", [
    ("numpy==1.14.0", "numpy"), ("tensorflow_gpu>=1.12", "tensorflow-gpu"),
    ("http://download.pytorch.org/whl/cu90/torch-0.4.0-cp35-cp35m-linux_x86_64.whl", "torch"),
    (".", None), ("./pkg", None), ("git+https://github.com/x/y.git", None),
    ("https://github.com/Lasagne/Lasagne/archive/master.zip", None), ("dist/app.tar.gz", None)])
def test_distribution_names(word, name):
    assert cuda_runtime._distribution_name(word) == name


def test_named_distributions_run_on_the_sibling():
    facts = _facts("RUN pip3 install --no-cache-dir -i https://pypi.org/simple tensorflow-gpu "
                   "keras\nCMD [\"python3\", \"app.py\"]\n")
    assert cuda_runtime.runtime_sibling(facts) == "nvidia/cuda:9.0-cudnn7-runtime-ubuntu16.04"
    assert cuda_runtime.devel_use(facts) is None


@pytest.mark.parametrize("body,why", [
    ("RUN pip3 install -r requirements.txt\n", "requirements file requirements.txt"),
    ("RUN pip3 install -e .\n", "editable project ."),
    ("RUN pip3 install .\n", "pip installs ."),
    ("RUN python3 setup.py install\n", "setup.py installs a local project"),
    ("RUN pip3 install numpy\nCMD nvcc --version\n", "command runs nvcc"),
    ("RUN pip3 install numpy\nRUN nvcc -o /k k.cu\n", "nvcc runs after the installs"),
])
def test_what_keeps_the_devel_image(body, why):
    assert why in cuda_runtime.devel_use(_facts(body))


@pytest.mark.parametrize("body,name", [
    ("RUN pip3 install pycuda==2018.1.1\n", "pycuda"),
    ("RUN pip3 install -r requirements.txt cupy-cuda90\n", "cupy-cuda90"),
    ("RUN pip3 install --upgrade --no-deps git+git://github.com/Theano/Theano.git\n", "theano"),
    ("RUN conda install -y -c numba numba\n", "numba"),
])
def test_run_time_gpu_compilers_decline(body, name):
    with pytest.raises(Decline) as exc:
        cuda_runtime.devel_use(_facts(body))
    assert f"{name} compiles GPU code while the program runs" in exc.value.reason


def test_a_compile_before_the_installs_stays_in_the_builder():
    facts = _facts("RUN nvcc -o /usr/local/bin/k k.cu\nRUN pip3 install numpy\n")
    assert cuda_runtime.devel_use(facts) is None


def test_a_devel_image_pinned_by_a_digest_keeps_its_own_image():
    """The data shows the devel tag's last image and the runtime image built beside it;
    a digest may be an earlier build with other CUDA and cuDNN packages."""
    from transpiler import transpile

    text = ("FROM nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04{digest}\n"
            "RUN apt-get update && apt-get install -y python3-pip python3-dev\n"
            "RUN pip3 install tensorflow-gpu==1.12.0\nCMD [\"python3\", \"app.py\"]\n")
    plain = transpile(text.format(digest=""))
    assert plain.report.runner == "nvidia/cuda:9.0-cudnn7-runtime-ubuntu16.04"
    digest = "@sha256:" + "0123456789abcdef" * 4
    pinned = transpile(text.format(digest=digest))
    assert pinned.report.runner == "nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04" + digest
    assert "is pinned by a digest, and the image data shows only the tag's last image " \
        "(CUDA 9.0.176, cuDNN 7.4.1.5 on 2018-11-12)" in \
        pinned.report.runner_reason
