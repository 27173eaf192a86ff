#!/usr/bin/env node
import { compileBundle } from './load-bundle.js';

compileBundle().exports.run(process.argv);
