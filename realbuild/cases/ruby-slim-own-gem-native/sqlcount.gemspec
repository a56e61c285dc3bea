Gem::Specification.new do |s|
  s.name = "sqlcount"
  s.version = "1.0.0"
  s.summary = "Counts the rows a SQL query returns, with SQLite (a C extension), and its program"
  s.authors = ["dtranspile"]
  s.files = ["lib/sqlcount.rb", "ext/sqlcount/extconf.rb", "ext/sqlcount/sqlcount.c", "bin/sqlrows"]
  s.extensions = ["ext/sqlcount/extconf.rb"]
  s.executables = ["sqlrows"]
  s.require_paths = ["lib"]
end
