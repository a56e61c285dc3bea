from ._omp import squares
