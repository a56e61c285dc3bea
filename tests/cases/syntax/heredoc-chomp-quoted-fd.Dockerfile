FROM alpine
RUN <<-"EOT" bash
	echo $HOME
	EOT
RUN 3<<'EOF' cat /dev/fd/3
$NOT_EXPANDED
EOF
RUN python3 <<EOF > /out
print('hi')
EOF
