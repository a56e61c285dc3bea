# a captured RUN runs a script the transpiler does not read (here: no build context),
# which may create accounts the program uses by name at run time (gosu, su, a
# supervisord program's user=): the builder records what the captured RUNs did to the
# accounts files and the runner merges it into its own, as for a RUN that runs useradd
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python setup_runtime.py && sh ./add-accounts.sh
CMD ["python", "app.py"]
