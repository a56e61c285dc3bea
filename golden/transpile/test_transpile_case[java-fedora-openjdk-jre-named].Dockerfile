# Fedora with the JRE named beside Maven (whose dependency brings a JDK): the named JRE
# is installed again, the package owning `java` read in the builder, dnf as the original
FROM fedora:38 AS builder
RUN dnf install -y java-17-openjdk maven git && dnf clean all
WORKDIR /src
COPY . .
RUN mvn -B package && cp target/app-1.0.jar /app.jar && mkdir -p /var/lib/dtranspile && rpm -qf --qf '%{NAME}\n' "$(readlink -f "$(command -v java)")" > /var/lib/dtranspile/runtime-packages

FROM fedora:38
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and the JRE package the builder named
# hadolint ignore=DL3041
RUN dnf install -y git java-17-openjdk && set -- && while read -r p; do set -- "$@" "$p"; done < /tmp/dtranspile-runtime-packages && { [ $# -eq 0 ] || dnf install -y "$@"; } && command -v java >/dev/null && [ "$(rpm -qf --qf '%{NAME}' "$(readlink -f "$(command -v java)")")" = "$(cat /tmp/dtranspile-runtime-packages)" ] && dnf clean all && rm -f /tmp/dtranspile-runtime-packages
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
