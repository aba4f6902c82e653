# The project's image: the pipeline and its Airflow DAGs, with Tesseract and poppler baked in.
# Entry point `va-evidence`; docker-compose.yml runs the Airflow services with `airflow`.
FROM python:3.11-slim-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/va-evidence
COPY pyproject.toml README.md ./
COPY va_core ./va_core
COPY extractors ./extractors
COPY classifiers ./classifiers
COPY va_summaries ./va_summaries
COPY va_synth ./va_synth
COPY va_pipeline ./va_pipeline
COPY dags ./dags
COPY data/models ./data/models
RUN pip install --no-cache-dir ".[airflow]"

ENV VA_EVIDENCE_DATA_DIR=/data \
    VA_EVIDENCE_MODELS_DIR=/opt/va-evidence/data/models \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/va-evidence/dags \
    OMP_THREAD_LIMIT=1
VOLUME ["/inbox", "/data"]
ENTRYPOINT ["va-evidence"]
CMD ["run", "--inbox", "/inbox"]
