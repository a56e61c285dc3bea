# the second `apk add --virtual build-dependencies` names a virtual package that is still
# installed: depending on apk's version the new one replaces it (python and py-pip, only
# the old one's, are removed) or is taken for the installed one (the new packages are
# not added), so which packages the final image has is not known
FROM alpine:3.8
ENV PACKAGES="bash ca-certificates libstdc++ openblas"
RUN apk add --no-cache --virtual build-dependencies python py-pip \
    && apk add --virtual build-runtime build-base python-dev openblas-dev \
    && pip install --no-cache-dir numpy \
    && apk del build-runtime \
    && apk add --no-cache --virtual build-dependencies $PACKAGES
CMD ["python"]
