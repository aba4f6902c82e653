-- Second database and role for Airflow's metadata, beside va-evidence's own store.
CREATE ROLE airflow LOGIN PASSWORD 'airflow';
CREATE DATABASE airflow OWNER airflow;
