"""python_capture: a Python the plain Debian/Ubuntu image does not show (Miniconda, a
source build) runs in a capture window on the same-distribution runner; the
distribution's python3, where the build installs it, keeps its own runner."""

from transpiler.multistage.api import transpile

CONDA = """FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates build-essential \\
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \\
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
"""


def _runner(output):
    return output.split("\nFROM ")[-1]


def test_conda_build_is_captured_and_python_tested_after_it():
    result = transpile(CONDA)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert runner.startswith("ubuntu:22.04")
    assert "build-essential" not in runner and "python3" not in runner
    assert runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /") < \
        runner.index("RUN command -v python >/dev/null")


def test_window_starts_at_the_installer():
    builder = transpile(CONDA).output.split("\nFROM ")[0]
    assert builder.index("apt-get install") < builder.index("capture/before.mark") < \
        builder.index("bash /tmp/mc.sh")


def test_distribution_python_keeps_its_runner():
    text = CONDA.replace("build-essential", "build-essential python3 python3-pip")
    text = text.replace("RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-"
                        "Linux-x86_64.sh -O /tmp/mc.sh \\\n    && bash /tmp/mc.sh -b -p "
                        "/opt/conda && rm /tmp/mc.sh\n", "")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "dtranspile/capture" not in result.output
    assert "python3" in _runner(result.output)


def test_python_script_is_the_application_but_a_perl_script_declines():
    perl = CONDA.replace('CMD ["python", "app.py"]', 'CMD ["perl", "tool.pl"]')
    result = transpile(perl)
    assert result.report.declined and "not read" in result.report.reason


def test_conda_without_pip_is_captured():
    text = CONDA.replace("RUN pip install -r requirements.txt",
                         "RUN conda env create -f environment.yml -n app")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "capture/root" in _runner(result.output)


def test_conda_on_rpm_image_declines():
    text = CONDA.replace("FROM ubuntu:22.04", "FROM centos:7").replace(
        "apt-get update && apt-get install -y --no-install-recommends", "yum install -y")
    result = transpile(text)
    assert result.report.declined and "RPM" in result.report.reason
