FROM alpine
# a carriage return then blanks ends these lines (fuzz seed 26): ENV and LABEL are
# rebuilt from their fields and lose the CR, so the blanks after it must go too;
# RUN keeps its text, CR and blanks included (dropping the blanks would make the CR
# part of the line ending)
ENV PATH="/opt/bin:$PATH"
LABEL a=b
ENV A=b
RUN echo hi␍ 
