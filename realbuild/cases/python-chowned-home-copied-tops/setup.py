import os
from setuptools import setup

# run as `python /home/iris/setup.py install` from another directory
os.chdir(os.path.dirname(os.path.abspath(__file__)))

setup(
    name="iris",
    version="0.3.1",
    package_dir={"": "src"},
    packages=["iris"],
    package_data={"iris": ["messages.txt"]},
    zip_safe=False,
)
