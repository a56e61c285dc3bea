// the npm that ran this script read its configuration from /root/.npmrc
console.log(`node ${process.version.split(".")[0]}: config ok`);
