// Writes its state one level up, in the app's top directory (corpus b9ef1d80 keeps
// client and server side by side there), as the user app, and prints that
// directory's owner and mode: the original chowned it to app.
const fs = require("fs");
const top = "/usr/src/app";
const st = fs.statSync(top);
const user = require("os").userInfo();
console.log(`${top} owner ${st.uid === user.uid ? "app" : st.uid} mode ${(st.mode & 0o777).toString(8)}`);
try {
  fs.writeFileSync(`${top}/state.json`, "{}\n");
  console.log("state written");
} catch (e) {
  console.log(`state not written: ${e.code}`);
  process.exitCode = 1;
}
