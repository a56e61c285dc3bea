FROM alpine
RUNN echo hi
run echo ok
FOO --bar   baz
