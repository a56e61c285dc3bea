console.log("hello from the server");
