import { run } from './main.js';

await run();
// The outputs, summary and exit code are written. An artifact upload that hit its time limit
// cannot be cancelled and may still hold sockets open for minutes: end the step now.
process.exit();
