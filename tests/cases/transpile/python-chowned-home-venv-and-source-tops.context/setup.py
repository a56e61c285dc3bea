from setuptools import setup

setup(name="greet", version="1.0", package_dir={"": "src"}, packages=["greet"],
      entry_points={"console_scripts": ["greet = greet:main"]})
