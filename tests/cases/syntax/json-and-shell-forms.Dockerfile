FROM alpine
CMD ["echo", "hello world"]
CMD [ "a" , "b" ] trailing junk is ignored
CMD ['single', 'quotes']
CMD ["unterminated"
ENTRYPOINT []
CMD ["unicode \u00e9", "esc \"q\""]
RUN ["a",]
COPY ["my file", "/dst dir/"]
COPY [not json] /x
