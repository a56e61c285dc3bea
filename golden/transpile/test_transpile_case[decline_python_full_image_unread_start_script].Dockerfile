# python:3 is built on buildpack-deps (curl, git, wget, gcc, ssh ...); its slim sibling
# is not. The start script is not read (no build context): the programs it runs could
# be any of the full image's, so the rewrite would fail only when the script reaches one
FROM python:3
WORKDIR /app
COPY requirements.txt requirements.txt
RUN pip install flask==3.0.0
COPY . .
EXPOSE 8000
ENTRYPOINT ["sh", "./scripts/on-container-start.sh"]
