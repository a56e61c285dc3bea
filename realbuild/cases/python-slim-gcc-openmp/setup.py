from setuptools import Extension, setup

# built with OpenMP: the module links libgomp.so.1, which gcc brought into the builder
setup(
    name="ompsum",
    version="1.0",
    packages=["ompsum"],
    ext_modules=[Extension("ompsum._sum", ["ompsum/_sum.c"], extra_compile_args=["-fopenmp"],
                           extra_link_args=["-fopenmp"])],
)
