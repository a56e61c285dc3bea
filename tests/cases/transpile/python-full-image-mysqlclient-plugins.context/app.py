import MySQLdb
