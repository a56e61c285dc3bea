print("myapp")
