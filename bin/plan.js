#!/usr/bin/env node
'use strict';
require('./load-bundle.js').compileBundle().exports.run(process.argv);
