// cgo with a C++ file: the go tool compiles twice.cpp with g++ (which golang's Debian
// images install for cgo) and the binary loads libstdc++ and libgcc_s at run time.
package main

// #include "twice.h"
import "C"

import "fmt"

func main() {
	fmt.Printf("twice(21)=%d\n", int(C.twice(21)))
	fmt.Println(C.GoString(C.greeting()))
}
