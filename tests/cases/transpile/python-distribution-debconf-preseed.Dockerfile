FROM debian:bookworm
# the locale is preseeded: the locales package's install reads the answers, generates
# it and makes it the default
RUN echo "locales locales/locales_to_be_generated multiselect de_DE.UTF-8 UTF-8" | debconf-set-selections \
 && echo "locales locales/default_environment_locale select de_DE.UTF-8" | debconf-set-selections \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-pip locales \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir --break-system-packages ./pkg
CMD ["python3", "app.py"]
