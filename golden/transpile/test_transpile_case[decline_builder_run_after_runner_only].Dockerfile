# After the build, a download only the runner repeats makes /opt/site; a later RUN that
# the builder alone would run reads from there (a9776b84): in the builder it would find
# nothing. Declined, naming both RUNs.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gcc wget unzip \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
WORKDIR /opt
RUN wget https://example.org/site.zip && unzip site.zip && mv site-1.0/ site/ && rm site.zip
WORKDIR /opt/site
RUN mkdir -p /usr/local/share/images && cp -R tests/img/* /usr/local/share/images/
CMD ["python3", "webapp.py"]
