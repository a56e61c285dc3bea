package main

import "fmt"

func main() {
	fmt.Println("hello from the sources the reloader built at run time")
}
