# a package from an unsigned apk repository, installed with --allow-untrusted: the
# runner's install of it again has no such override, and apk would refuse it
FROM alpine:3.12
RUN echo http://example.org/unsigned >> /etc/apk/repositories \
    && apk add --no-cache --allow-untrusted mytool
RUN apk add --no-cache gcc musl-dev make
COPY . /src
WORKDIR /src
RUN make && make install
CMD ["mytool"]
