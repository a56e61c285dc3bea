# `invoke build` after the pip install runs the tasks of the context's tasks.py, which is
# not read: a task may compile (gcc, libxml2-dev) with the tools the same-image runner
# leaves out, so the RUN runs in the builder and what it wrote outside the copied
# directories is captured for the runner (not repeated in the runner without the tools)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc libxml2-dev libxslt1-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
RUN invoke build
EXPOSE 8080
CMD ["python3", "app.py"]
