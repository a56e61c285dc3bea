// Calls a C library that a module keeps in the module cache and that the binary
// loads through its RPATH (-Wl,-rpath,/go/pkg/mod/...), as wasmer-go does.
package main

/*
#cgo LDFLAGS: -L/go/pkg/mod/example.com/fastmath@v1.0.0/lib -Wl,-rpath,/go/pkg/mod/example.com/fastmath@v1.0.0/lib -lfastmath
long fm_triangle(long n);
const char *fm_name(void);
*/
import "C"

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Printf("%s: triangle(%d) = %d\n", C.GoString(C.fm_name()), n, C.fm_triangle(C.long(n)))
}
