{
  "targets": [
    {
      "target_name": "sqlq",
      "sources": ["src/addon.c"],
      "libraries": ["-lsqlite3"]
    }
  ]
}
