FROM alpine
RUN <<A <<B
  hello  
A
	world
B
copy <<EOF   /etc/conf
  key = value
EOF
