# an unknown image proven Debian-family whose command is a notebook server: what its
# users run is unknown and may need the compilers the runner would leave out
FROM registry.example.com/acme/py-base:2.3
RUN apt-get update && apt-get install -y gcc libpq-dev
WORKDIR /srv
COPY . .
RUN pip install jupyter -r requirements.txt
CMD ["jupyter", "notebook", "--ip=0.0.0.0"]
