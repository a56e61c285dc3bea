# `CMD ["ptpython"]` is a Python read-eval-print loop: its users run code of their own,
# and a `pip install` of theirs may compile with what the slim runner lacks
FROM python:3.11
RUN pip install ptpython numpy
CMD ["ptpython"]
