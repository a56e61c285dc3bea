# a script of the build context sourced before the build (`. /go/setup.sh`) runs in the
# RUN's own shell and may install or write anything, as `/go/setup.sh` run by its path
# does: unread, what it leaves for the program at run time is not known
FROM golang:1.8
ADD ./ /go/
RUN . /go/setup.sh
RUN go install skel
ENTRYPOINT /go/bin/skel -router echo
