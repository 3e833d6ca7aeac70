/** Stanford CoreNLP (code and English models), fetched from Maven Central on first use (src/server/maven-jars.ts). */
import { ensureServerJars, type ServerJars } from '../maven-jars.ts';

export const CORENLP_VERSION = '4.5.10';

export class LocalCoreNlpError extends Error {
  override name = 'LocalCoreNlpError';
}

const corenlp = { groupId: 'edu.stanford.nlp', artifactId: 'stanford-corenlp', version: CORENLP_VERSION };

const CORENLP_JARS: ServerJars = {
  name: 'CoreNLP',
  runs: 'the local CoreNLP server',
  instead: 'set CORENLP_URL to use another CoreNLP server',
  fetching: `Stanford CoreNLP ${CORENLP_VERSION} and its English models (about 490 MB)`,
  failing: `edu.stanford.nlp:stanford-corenlp:${CORENLP_VERSION} (and its models)`,
  version: CORENLP_VERSION,
  artifacts: [corenlp, { ...corenlp, classifier: 'models' }],
  error: (message) => new LocalCoreNlpError(message),
};

/** Returns the folder holding the jars (`<cache>/<version>/lib`), downloading them on first use. */
export function ensureCoreNlpJars(cacheDir: string, log: (msg: string) => void): Promise<string> {
  return ensureServerJars(CORENLP_JARS, cacheDir, log);
}
