// SPDX-License-Identifier: GPL-3.0-or-later
// Validates a FHIR R4 bundle with the `fhir` npm package (FHIR.js): structure, types, cardinality,
// required value sets. Prints every message; exits 1 on any error.
const fs = require('fs');
const { Fhir, Versions } = require('fhir');
const { ParseConformance } = require('fhir/parseConformance');

const bundle = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const fhir = new Fhir(new ParseConformance(true, Versions.R4));
const result = fhir.validate(bundle, { errorOnUnexpected: true });
const errors = result.messages.filter((m) => m.severity === 'error');
for (const m of result.messages.slice(0, 50))
    console.log(`${m.severity}: ${m.location} (${m.resourceId}): ${m.message}`);
console.log(`${bundle.entry.length} entries, ${result.messages.length} messages, ${errors.length} errors`);
process.exit(errors.length === 0 && result.valid ? 0 : 1);
