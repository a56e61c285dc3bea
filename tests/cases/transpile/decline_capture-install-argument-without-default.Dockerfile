# the captured RUN installs python${python}: an ARG without a default, so only the
# --build-arg of the build names the package; the runner cannot install it again
FROM acme/ml-base:20.01
ARG python
COPY . /app
RUN cd /app && \
    apt-get update && \
    apt-get -q install "python${python}" "python${python}-dev" python3-pip -y && \
    python3 -m pip install -r requirements.txt && \
    python3 setup.py install
CMD ["/bin/sh"]
