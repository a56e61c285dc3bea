def hello():
    return "hello, preseed"
