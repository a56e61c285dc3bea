# a captured RUN creates a user with a home, sets its password and adds it to a group
# the image has, and blanks root's password: users, groups, memberships and passwords
# reach the slim runner through the merge of the builder's records (the home is a
# captured directory, given to its owner by name after the merge)
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python setup_runtime.py && useradd -m -s /bin/bash dev && echo "dev:dev" | chpasswd \
    && adduser dev sudo && passwd -d root
CMD ["python", "app.py"]
