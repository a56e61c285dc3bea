# `python -m ipykernel install` writes the kernelspec to jupyter_core's first system
# directory (/usr/local/share/jupyter/kernels/<name>), outside site-packages: the slim
# runner gets that directory, so papermill finds the kernel by name
FROM python:3.11-bookworm
RUN pip install --no-cache-dir papermill ipykernel \
    && python -m ipykernel install --name reports --display-name "Reports"
WORKDIR /srv/reports
COPY report.ipynb .
CMD ["papermill", "report.ipynb", "/tmp/out.ipynb", "-k", "reports"]
