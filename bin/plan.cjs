#!/usr/bin/env node
'use strict';
require('./load-bundle.cjs').compileBundle().exports.run(process.argv);
