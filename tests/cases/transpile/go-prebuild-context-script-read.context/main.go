package main

func main() { println(Version) }
