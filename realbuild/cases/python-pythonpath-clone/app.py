import os

import six

import greet
from greet import _speed

print(greet.hello("checkout"))
print("fast sum", _speed.add(40, 2))
print("extension in the checkout:", os.path.dirname(_speed.__file__))
print("data:", greet.motto())
print("six", six.__version__)
