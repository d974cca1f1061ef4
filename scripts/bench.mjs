#!/usr/bin/env node
// `npm run bench`: the five benchmarks (not part of `npm test`). All logic lives in bench/; see BENCHMARKS.md.
import '../bench/main.mjs';
