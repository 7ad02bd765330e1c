// Masks its password input, then leaks it in the place named by LEAK_WHERE. Plain Node, no
// toolkit, so every byte written is what the test expects.
const fs = require('node:fs');
const password = process.env['INPUT_PASSWORD'] || '';
process.stdout.write(`::add-mask::${password}\n`);
process.stdout.write('doing work\n');
const where = process.env.LEAK_WHERE || 'nowhere';
if (where === 'stdout') process.stdout.write(`connecting with ${password}\n`);
if (where === 'stderr') process.stderr.write(`debug: ${password}\n`);
if (where === 'json') process.stdout.write(`${JSON.stringify({ auth: `x"${password}` })}\n`);
if (where === 'summary') fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `token: ${password}\n`);
if (where === 'output') fs.appendFileSync(process.env.GITHUB_OUTPUT, `auth=${password}\n`);
if (where === 'env') fs.appendFileSync(process.env.GITHUB_ENV, `AUTH<<EOF\n${password}\nEOF\n`);
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'done=true\n');
