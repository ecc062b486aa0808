import { describe, expect, it } from 'vitest';
import { listApis, readBundle } from '../../model/registry.js';
import { curlSample, serverUrlOf, tsLiteral, typescriptSample, type SampleContext } from '../../tools/docs/code-samples.ts';
import { samplesOf } from '../../tools/docs/api-pages.ts';
import { localServers } from '../../tools/docs/sandbox.ts';
import { apiKeyEnvVar, clientFactoryName, pascalName } from '../../tools/docs/naming.ts';
import { requestExample } from '../../tools/docs/request-example.ts';
import { operationsOf } from '../../model/spec.js';
import { fixtureSpec } from './fixture.ts';

const spec = fixtureSpec();
const [getRoom, putRoom] = operationsOf(spec);
const context: SampleContext = { apiName: 'samplerooms', title: spec.info.title, packageName: 'booking-contracts', serverUrl: serverUrlOf(spec) };

describe('names derived from the API', () => {
  it('take their casing from the title words that spell the API name', () => {
    expect(pascalName('campone', 'CampOne Public API')).toBe('CampOne');
    expect(pascalName('bookingshake', 'BookingShake API')).toBe('BookingShake');
    expect(pascalName('samplerooms', 'Sample Rooms API')).toBe('SampleRooms');
    expect(pascalName('fallback-api', 'Unrelated')).toBe('FallbackApi');
    expect(clientFactoryName('campone', 'CampOne Public API')).toBe('createCampOneClient');
    expect(apiKeyEnvVar('campone')).toBe('CAMPONE_API_KEY');
  });
});

describe('the curl sample', () => {
  it('fills path and query parameters from their examples and sends the key from the environment', () => {
    expect(curlSample(requestExample(spec, getRoom!), context)).toBe(
      `curl 'https://eu.rooms.example/rooms/12?lang=fr%27ca' \\\n  -H "Authorization: Bearer $SAMPLEROOMS_API_KEY"`,
    );
  });

  it('sends the example body, quoted for the shell, and no key where the operation needs none', () => {
    const sample = curlSample(requestExample(spec, putRoom!), context);
    expect(sample).toMatch(/^curl -X PUT 'https:\/\/eu\.rooms\.example\/rooms\/12' \\\n  -H 'Content-Type: application\/json' \\\n  -d '\{\n/);
    expect(sample).toContain(`"name": "Bob'\\''s | room"`);
    expect(sample).not.toContain('Authorization');
  });
});

describe('the TypeScript sample', () => {
  it("calls this project's client in openapi-fetch shape", () => {
    expect(typescriptSample(requestExample(spec, getRoom!), context)).toBe(
      [
        "import { createSampleRoomsClient } from 'booking-contracts/samplerooms';",
        '',
        'const api = createSampleRoomsClient({',
        '  apiKey: process.env.SAMPLEROOMS_API_KEY!,',
        "  baseUrl: 'https://eu.rooms.example',",
        '});',
        '',
        "const { data, error } = await api.GET('/rooms/{room_id}', {",
        '  params: {',
        '    path: {',
        '      room_id: 12,',
        '    },',
        '    query: {',
        "      lang: 'fr\\'ca',",
        '    },',
        '  },',
        '});',
      ].join('\n'),
    );
  });

  it('writes object literals with bare keys only where TypeScript allows them', () => {
    expect(tsLiteral({ a: 1, 'b-c': [true, null], d: {} })).toBe("{\n  a: 1,\n  'b-c': [\n    true,\n    null,\n  ],\n  d: {},\n}");
  });
});

const servers = localServers(listApis().map((api) => api.name));

describe.each(listApis())('the $name samples', (api) => {
  const bundle = readBundle(api);
  const before = JSON.stringify(bundle);
  const server = servers.get(api.name)!;
  const apiContext: SampleContext = { apiName: api.name, title: bundle.info.title, packageName: 'booking-contracts', serverUrl: server.baseUrl };

  it('give every operation a curl and a TypeScript sample against the sandbox, for its method and path, with no real key', () => {
    for (const operation of operationsOf(bundle)) {
      const samples = samplesOf(bundle, operation, apiContext);
      expect(samples.map((sample) => sample.label)).toEqual(['curl', 'TypeScript']);
      const [curl, typescript] = samples.map((sample) => sample.source);
      const url = `${server.baseUrl}${operation.path}`.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/{}]+');
      expect(curl).toMatch(new RegExp(`^curl (-X ${operation.method.toUpperCase()} )?'${url}[?']`));
      expect(curl).toContain(`$${apiKeyEnvVar(api.name)}`);
      expect(curl).not.toContain(server.key.value);
      expect(typescript).toContain(`await api.${operation.method.toUpperCase()}('${operation.path}'`);
      expect(typescript).toContain(`from 'booking-contracts/${api.name}'`);
    }
  });

  it('are built without touching the bundle', () => {
    expect(JSON.stringify(bundle)).toBe(before);
  });
});

describe('samples written into the spec', () => {
  it('come first, before the generated ones', () => {
    const withWritten = fixtureSpec();
    withWritten.paths!['/rooms/{room_id}']!.get['x-codeSamples'] = [{ lang: 'Python', label: 'Python', source: 'rooms.get(12)' }];
    const [first] = operationsOf(withWritten);
    expect(samplesOf(withWritten, first!, context).map((sample) => sample.label)).toEqual(['Python', 'curl', 'TypeScript']);
  });
});
