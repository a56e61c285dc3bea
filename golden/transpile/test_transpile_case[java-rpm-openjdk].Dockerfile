# CentOS's OpenJDK package: the runner is centos:7 itself with the JRE package that owns
# the builder's `java` (read there with rpm -qf), the JDK and Maven left in the builder
FROM centos:7 AS builder
RUN yum install -y java-1.8.0-openjdk-devel maven && yum clean all
WORKDIR /app
COPY . .
RUN mvn package && mkdir -p /var/lib/dtranspile && rpm -qf --qf '%{NAME}\n' "$(readlink -f "$(command -v java)")" > /var/lib/dtranspile/runtime-packages

FROM centos:7
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and the JRE package the builder named
# hadolint ignore=DL3033
RUN set -- && while read -r p; do set -- "$@" "$p"; done < /tmp/dtranspile-runtime-packages && { [ $# -eq 0 ] || yum install -y "$@"; } && command -v java >/dev/null && [ "$(rpm -qf --qf '%{NAME}' "$(readlink -f "$(command -v java)")")" = "$(cat /tmp/dtranspile-runtime-packages)" ] && yum clean all && rm -f /tmp/dtranspile-runtime-packages
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/app.jar /app/target/app.jar
CMD ["java", "-jar", "target/app.jar"]
