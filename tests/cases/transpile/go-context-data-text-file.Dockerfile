# the build context holds Go sources, documents (README.txt, LICENSE.txt) and words.txt,
# which the program reads from its working directory: a *.txt other than a document or
# a requirements list may be data, so the context is not "only build inputs" and the
# runner repeats COPY . .
FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/words .
CMD ["words"]
