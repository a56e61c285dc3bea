FROM alpine
RUN <<A <<B
  hello  
A
	world
B
COPY <<EOF /etc/conf
  key = value
EOF
