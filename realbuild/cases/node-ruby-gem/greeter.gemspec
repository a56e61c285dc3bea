Gem::Specification.new do |s|
  s.name = "greeter"
  s.version = "1.0"
  s.summary = "Prints a greeting (the report tool the Python app runs)"
  s.authors = ["dtranspile"]
  s.files = ["lib/greeter.rb", "bin/greet"]
  s.executables = ["greet"]
  s.license = "MIT"
end
