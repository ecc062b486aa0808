// A small spec with one operation of each shape the docs generators handle.
import type { Spec } from '../../model/spec.js';

export function fixtureSpec(): Spec {
  return {
    openapi: '3.1.0',
    info: { title: 'Sample Rooms API', version: '2.0.0', description: 'Intro.\n\n## Errors\n\n<!-- x-error-catalog -->\n\n## Later' },
    servers: [{ url: 'https://{region}.rooms.example', variables: { region: { default: 'eu' } } }],
    components: {
      securitySchemes: { key: { type: 'http', scheme: 'bearer' } },
      parameters: { RoomId: { name: 'room_id', in: 'path', required: true, schema: { type: 'integer' }, example: 12 } },
      examples: { gone: { value: { message: 'Room not found' } } },
    },
    security: [{ key: [] }],
    paths: {
      '/rooms/{room_id}': {
        parameters: [{ $ref: '#/components/parameters/RoomId' }],
        get: {
          operationId: 'getRoom',
          summary: 'Get a room',
          parameters: [{ name: 'lang', in: 'query', schema: { type: 'string' }, example: "fr'ca" }],
          responses: {
            '404': { description: 'Missing', content: { 'application/json': { examples: { room_not_found: { $ref: '#/components/examples/gone' } } } } },
          },
        },
        put: {
          operationId: 'putRoom',
          summary: 'Replace a room',
          security: [],
          requestBody: {
            content: { 'application/json': { examples: { first: { value: { name: "Bob's | room", 'beds-count': 2, tags: ['a'] } } } } },
          },
          responses: { '204': { description: 'Done' } },
        },
      },
    },
    'x-error-catalog': {
      codeField: 'message',
      profile: { required: { all: ['500'] }, schemas: {} },
      codes: {
        room_not_found: { status: '404', operations: ['getRoom'], meaning: 'No | such room.', message: 'Room not found', retry: 'no', action: 'Check the room ID.' },
        server_error: { status: '500', operations: 'all', meaning: 'A fault.', message: 'Internal error' },
      },
    },
  };
}
