# a C program on CentOS 7: the runner is the same image with the original's run-time
# packages (curl) installed again, gcc and the -devel packages left in the builder, and
# the packages owning the libraries the binary loads read with rpm -qf in the builder
FROM centos:7
RUN yum install -y gcc make openssl-devel libcurl-devel curl && yum clean all
RUN useradd -r app
COPY . /src
WORKDIR /src
RUN gcc -O2 -o /usr/local/bin/fetcher fetcher.c -lssl -lcrypto -lcurl
USER app
HEALTHCHECK CMD curl -fs http://localhost:8080/ || exit 1
CMD ["fetcher"]
