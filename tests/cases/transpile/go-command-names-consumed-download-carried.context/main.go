package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile(os.Args[len(os.Args)-1])
	fmt.Println(string(data), err)
}
