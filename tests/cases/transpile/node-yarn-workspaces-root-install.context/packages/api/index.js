require("shared");
