package main

import (
	"fmt"
	"time"
)

func main() { l, _ := time.LoadLocation("Europe/Paris"); fmt.Println(time.Now().In(l)) }
