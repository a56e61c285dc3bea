from setuptools import Extension, setup

# OpenMP: the module links gcc's libgomp, which the full image has (gcc is there) and
# the slim image lacks
setup(
    name="ompsum",
    version="1.0",
    packages=["ompsum"],
    ext_modules=[Extension("ompsum._omp", ["ompsum/_omp.c"], extra_compile_args=["-fopenmp"],
                           extra_link_args=["-fopenmp"])],
)
