// The Harbor fixture (test/fixtures/harbor/) as the tools see a project's API:
// its registry entry from its own redocly.yaml, and its committed bundle.
import { join } from 'node:path';
import { getApi, projectRoot, readBundle } from '../../model/registry.js';

export const HARBOR_CONFIG = join(projectRoot, 'test', 'fixtures', 'harbor', 'redocly.yaml');
export const harbor = getApi('harbor', HARBOR_CONFIG);
export const harborSpec = () => readBundle(harbor);
