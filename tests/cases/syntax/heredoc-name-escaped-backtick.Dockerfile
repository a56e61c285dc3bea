FROM alpine
RUN cat <<"E\`F"
body
E`F
E\`F
