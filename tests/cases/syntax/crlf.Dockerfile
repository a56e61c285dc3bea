FROM alpine
RUN echo a \
  b
# comment

CMD ["x"]
