// npm start: the whole system on one machine. Filled in by the functions issue.
console.error('npm start: the local stack is not yet available (functions issue in progress).');
process.exit(1);
