// vitest setup file: the personal data guard of test/support/outward-scan.ts for every test file.
import { afterEach } from 'vitest';
import { expectNothingSeen, installOutwardScan } from './outward-scan';

installOutwardScan();
afterEach(expectNothingSeen);
