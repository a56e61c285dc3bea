  FROM   alpine  
	RUN	echo	tabs
  # indented comment
EXPOSE 80\
81
