# started with `bash ./run.sh` (not executable, no shebang): bash arrays pick the options
opts=(--host=127.0.0.1 "--port=$PORT")
exec waitress-serve "${opts[@]}" app:app
