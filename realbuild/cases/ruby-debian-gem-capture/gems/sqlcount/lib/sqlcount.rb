require "sqlcount/sqlcount"
