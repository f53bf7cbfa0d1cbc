#!/usr/bin/env node
'use strict';
// exitCode rather than process.exit(), so a large report piped to another program is fully written
process.exitCode = require('../dist/cli/main.js').runCli(process.argv.slice(2));
