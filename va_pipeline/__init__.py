"""Pipeline stages and the `va-evidence` command. Airflow-free: DAG tasks call these functions."""
