FROM alpine
COPY ["my file",   "/dst dir/"]
ADD   [ "a b.tar" , "/x y/" ]
VOLUME ["/data one"]
COPY   --chown=1:1   a    b   /dst/
