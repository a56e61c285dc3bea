FROM alpine
COPY <<A <<B /dst/
first
A
second
B
RUN <<X cat && <<Y cat
x
X
y
Y
