open("/etc/wordgen.conf", "w").write("greeting=hello\n")
