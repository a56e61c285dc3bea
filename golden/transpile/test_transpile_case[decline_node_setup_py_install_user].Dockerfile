# setup.py install --user writes under the home of the user it runs as, which the Node
# recipe's Python part does not follow: declined rather than guessed.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y nodejs npm python3 python3-setuptools
WORKDIR /app
COPY . .
RUN npm install && cd tool && python3 setup.py install --user
CMD ["node", "server.js"]
