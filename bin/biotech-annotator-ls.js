#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_TRIM_THRESHOLD_=65536 node --max-semi-space-size=4
'use strict';
// The shebang passes Node the V8 flags the VS Code client passes the server (SERVER_V8_FLAGS in
// client/src/node/extension.ts; a unit test keeps the two equal), in this one process: `env -S`
// splits the line into the command and its arguments (GNU coreutils 8.30 or newer, macOS and the
// BSDs; npm's Windows shims read it too). `node bin/biotech-annotator-ls.js` runs it without them.
require('../dist/server/node.js');
