FROM alpine
RUN ["sh", "-c", "cat <<EOF"]
CMD cat <<EOF
RUN echo "<<NOTHEREDOC"
RUN cat<<EOF
