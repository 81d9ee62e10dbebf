// Preloaded into the measured CLI (node --import): at exit, writes the process's own peak RSS
// in KB (all its threads, not its git children) to $SECRET_SCAN_RSS_FILE.

import { writeFileSync } from 'node:fs';

const file = process.env.SECRET_SCAN_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
