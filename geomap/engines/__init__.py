"""Where a build runs: in this process (the default, build.py) or on a dask cluster (dask.py)."""
