FROM alpine   
RUN echo hi   	
# comment   
RUN echo a \   
    b   
