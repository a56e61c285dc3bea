FROM alpine AS one
RUN echo 1

FROM alpine AS two

# stage three
FROM alpine AS three

RUN echo 3
