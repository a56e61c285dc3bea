# valgrind runs programs, it builds none (snakemake.scif's `scif run valgrind` profiles its
# pipeline under it, corpus 9510b3c6): the runner installs it again, while gcc and
# libc6-dev stay in the builder
FROM continuumio/miniconda3:24.5.0-0
# a compiler for the build, and valgrind, which the program runs at run time to profile a
# command (as snakemake.scif's `scif run valgrind` does)
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev valgrind \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-build-isolation ./greetlib
CMD ["python", "app.py"]
