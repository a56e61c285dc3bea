# a build argument chooses where -o writes: the runner copies that file through the same
# argument (declared there), so --build-arg moves the builder and the runner alike
FROM golang:1.22-alpine
ARG version=0.2.2
ARG dist=/goup_${version}
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o ${dist}/goup -ldflags "-X main.VERSION=${version}" .
RUN cp ${dist}/goup /usr/local/bin/goup
CMD ["goup", "-dir", "/data"]
