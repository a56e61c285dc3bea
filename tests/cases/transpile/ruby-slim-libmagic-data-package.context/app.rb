require "sinatra"
require "filemagic"
get("/") { FileMagic.new(FileMagic::MAGIC_MIME).file(__FILE__) }
