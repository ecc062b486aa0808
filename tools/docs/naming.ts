// Names that the docs derive from an API's name and title, so that a new API
// listed in redocly.yaml gets its samples without any API-specific code.

/** `CAMPONE_API_KEY` for `campone`: where samples expect the caller's key. */
export function apiKeyEnvVar(apiName: string): string {
  return `${apiName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`;
}

/**
 * The API's name as the client spells it, e.g. `CampOne` for `campone` titled
 * "CampOne Public API". The name in redocly.yaml is lower case, so the casing
 * comes from the run of title words that spells the same letters; without
 * such a run, each part of the name is capitalised.
 */
export function pascalName(apiName: string, title = ''): string {
  const key = lettersOf(apiName);
  const words = title.split(/[^A-Za-z0-9]+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < key.length; end++) {
      joined += lettersOf(words[end]!);
      if (joined === key) return words.slice(start, end + 1).map(capitalise).join('');
    }
  }
  return apiName.split(/[^A-Za-z0-9]+/).filter(Boolean).map(capitalise).join('');
}

/** `createCampOneClient`: the factory the client package exports for this API. */
export function clientFactoryName(apiName: string, title?: string): string {
  return `create${pascalName(apiName, title)}Client`;
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
