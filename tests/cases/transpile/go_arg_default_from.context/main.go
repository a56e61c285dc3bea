// The program: the standard library only, no import "C", so the sources say it needs
// no cgo and the binary is built static.
package main

import "fmt"

func main() { fmt.Println("app") }
