# corpus a3872d37: the build step sources a script of the build context
# (`. /go/setup.sh && go install skel`); its effect outside the copied directories is
# captured for the runner, as for `/go/setup.sh && go install skel`
FROM golang:1.8
ADD ./ /go/
RUN . /go/setup.sh && go install skel
ENTRYPOINT /go/bin/skel -router echo -profile yes
EXPOSE 8080
