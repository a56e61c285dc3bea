module.exports = {
  apps: [{ name: 'web', script: './start.sh' }]
};
