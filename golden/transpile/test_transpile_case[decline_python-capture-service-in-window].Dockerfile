# a service started among the captured RUNs: the database cluster it writes would be
# laid over the one the runner's own install of postgresql creates
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates postgresql \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN service postgresql start && python manage.py migrate
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
