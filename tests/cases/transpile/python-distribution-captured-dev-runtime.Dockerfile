# The -dev packages installed after the build step and before `python3 setup.py install`
# (captured in the builder) leave their libraries to the runner's install: the runtime
# packages the release's table names (libyaml-0-2, libffi8) are installed before the
# captured files, as the original has them beside the headers
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev
RUN pip install pyasn1
RUN apt-get install -y libyaml-dev
RUN apt-get install -y libffi-dev
WORKDIR /app
COPY . .
RUN python3 setup.py install
CMD ["python3", "-m", "app"]
