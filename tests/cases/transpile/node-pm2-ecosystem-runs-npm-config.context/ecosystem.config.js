module.exports = {
  apps: [{ name: 'web', script: 'npm', args: 'start' }]
};
