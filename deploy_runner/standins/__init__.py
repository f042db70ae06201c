"""Local stand-ins for SageMaker's built-in algorithm images (see local_jobs.STANDINS)."""
