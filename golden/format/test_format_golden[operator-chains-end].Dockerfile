FROM debian
RUN apt-get update && \
    apt-get install -y \
    curl \
    git || \
    echo failed | \
    tee /log
RUN a && \
    b || \
    c
RUN echo "x &&" \
    done
