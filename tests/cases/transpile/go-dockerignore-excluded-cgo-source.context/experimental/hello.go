package experimental

// #include <stdio.h>
import "C"

func Hello() { C.puts(C.CString("hi")) }
