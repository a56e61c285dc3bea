from alpine
copy   onlyone
healthcheck   bogus  x
run   echo fine
