var page = require('webpage').create();
page.open('https://example.org/', function () { page.render('/tmp/page.png'); phantom.exit(); });
