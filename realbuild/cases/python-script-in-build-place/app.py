import os

import six

print("six", six.__version__, "beside", sorted(os.listdir(os.path.dirname(__file__))))
