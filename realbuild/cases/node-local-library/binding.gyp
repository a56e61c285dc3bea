{
  "targets": [
    {
      "target_name": "greet",
      "sources": ["src/addon.c"],
      "libraries": ["-L/usr/local/lib", "-lgreet"]
    }
  ]
}
