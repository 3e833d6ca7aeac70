import { pino, type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs on stdout (or `destination`); LOG_LEVEL picks the level. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'provenance-graph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export type { Logger };
