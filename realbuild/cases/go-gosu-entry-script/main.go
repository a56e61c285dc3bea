// A CLI that an entry script starts as another user through gosu (installed by apt),
// under timeout: it prints its arguments and the user it runs as.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("hello", strings.Join(os.Args[1:], " "))
	fmt.Println("uid", os.Getuid(), "gid", os.Getgid())
}
