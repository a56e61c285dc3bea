FROM alpine
RUN cat <<  EOF > /greeting
hello
EOF
RUN echo "not << a heredoc" && sed s/"a << B"/x/
