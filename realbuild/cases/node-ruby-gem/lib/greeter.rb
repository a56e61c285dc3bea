module Greeter
  def self.line
    "hello from a Ruby gem"
  end
end
