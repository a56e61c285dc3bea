FROM alpine
CMD ["a","b",   "c"]
ENTRYPOINT [ "/bin/sh" , "-c" ]
RUN ["echo","é ☃"]
CMD ["a"]   trailing text is ignored by BuildKit
RUN [ not json ]
CMD []
