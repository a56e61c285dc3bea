FROM alpine
# form feeds and vertical tabs separate words for BuildKit, but its heredoc
# word splitter does not split at them: such lines keep their separators
run 3<<"EOF" /x
body
EOF
runecho   hi
copy --chown=1 a b
RUN echo done
