import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout; LOG_LEVEL picks the level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'provenance-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
