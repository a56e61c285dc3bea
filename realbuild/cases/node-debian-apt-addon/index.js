// Runs the SQL given as arguments through the native addon; exit code 1 on an SQL error.
const addon = require('./build/Release/sqlq.node');

let status = 0;
for (const sql of process.argv.slice(2)) {
  try {
    process.stdout.write(addon.query(sql));
  } catch (err) {
    console.log('error:', err.message);
    status = 1;
  }
}
console.log('sqlite', addon.version().split('.')[0]);
process.exit(status);
