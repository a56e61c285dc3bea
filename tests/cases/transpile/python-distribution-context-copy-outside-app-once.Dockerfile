# The configuration the build copies to /etc/margarine is repeated in the runner once:
# the same-image runner's setup repeats build inputs outside the app directory, and the
# runtime inputs' copy of the same ADD is not written a second time
FROM ubuntu:12.10
RUN apt-get update && apt-get install -y -qq python-pip build-essential python-dev
ADD conf /etc/margarine
ADD . /usr/local/src/margarine
RUN pip install -q -e /usr/local/src/margarine
ENTRYPOINT ["/usr/local/bin/margarine"]
