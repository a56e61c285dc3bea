# a RUN after the build runs git, which stays in the builder (a same-image runner cannot
# repeat it): it runs in the builder and its effect is captured; the RUN after it, which
# the runner would have repeated, runs in the builder too
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip git ca-certificates && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages .
RUN git clone --depth 1 https://example.org/data.git /srv/data
RUN sed -i 's/^debug=.*/debug=0/' /srv/data/settings.ini
CMD ["python3", "-m", "app"]
