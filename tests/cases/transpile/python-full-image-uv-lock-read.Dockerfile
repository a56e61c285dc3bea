# uv sync --frozen installs what uv.lock lists (every package, transitive): none loads a
# library by name or runs a program python:3.13-bookworm has and its slim sibling lacks
FROM python:3.13-bookworm
RUN pip install uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
COPY . .
ENV PATH="/app/.venv/bin:$PATH"
CMD ["python", "main.py"]
