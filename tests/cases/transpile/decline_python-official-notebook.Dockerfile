# a notebook server is a toolbox, as an interactive shell is: its users run code of their
# own (a cell's `!pip install` that compiles, `!git clone`), which the full image's
# compilers and tools serve and the slim runner would not: one policy on every runner path
FROM python:3.11
WORKDIR /notebooks
RUN pip install --no-cache-dir jupyter pandas
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--allow-root"]
