require("./lib/cluster");
