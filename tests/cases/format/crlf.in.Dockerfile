from alpine
run echo a \
  && echo b


env K v w
