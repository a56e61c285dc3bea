# a qmake build captured for the slim runner of the builder's release from an edit of
# the apt sources on, its program a link a later RUN puts on the PATH (ca3cd02b): the
# runner installs the packages the captured RUN installs (after its CA choice), so
# --explain's CA note names only the one it leaves out (build-essential), lists the
# copied source tree among the artifacts, and says the program may be the captured
# link (test_explain_claims reads the report)
FROM debian:10
RUN sed -i 's/main$/main non-free/' /etc/apt/sources.list
RUN apt-get update && apt-get install --no-install-recommends -y \
    git build-essential qt5-qmake qt5-default par2 rar ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY . /usr/src/ngPost
WORKDIR /usr/src/ngPost/src
RUN qmake && make -j$(nproc)
RUN ln -s /usr/src/ngPost/src/ngPost /usr/local/bin/ngPost
WORKDIR /root
ENTRYPOINT ["ngPost"]
