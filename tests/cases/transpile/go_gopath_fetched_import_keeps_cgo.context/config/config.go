package config

var Path = "x.db"
