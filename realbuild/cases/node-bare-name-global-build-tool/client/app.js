// The client: a greeting, minified at build time.
function greeting(name) {
  var message = "hello, " + name;
  return message.toUpperCase();
}
console.log(greeting("world"));
