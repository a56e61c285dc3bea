from alpine
run echo hi
WorkDir /app
expose 80
UsEr nobody
