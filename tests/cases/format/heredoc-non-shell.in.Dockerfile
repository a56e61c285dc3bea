FROM python:3
RUN python3 <<EOF
import sys
if True:
    print("hi",   file=sys.stderr)  
EOF
RUN <<-EOT bash
	echo  tabbed
	EOT
