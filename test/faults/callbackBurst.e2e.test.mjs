// Runs the real-n8n callback burst on its own: `node --test test/faults/callbackBurst.e2e.test.mjs`
// (needs dist/ built and the n8n host installed, as `node scripts/e2e/run.mjs` does). Not picked up by jest.
import { after, before } from 'node:test';
import { setUp, tearDown } from '../e2e/harness.mjs';
import { describeCallbackBurst } from './callbackBurst.e2e.mjs';

before(setUp, { timeout: 15 * 60000 });
after(tearDown, { timeout: 2 * 60000 });

describeCallbackBurst();
