/**
 * Sending a system's requests the way a client does: in order, each later page of a walk
 * (`Request.follows`) built from the answer to the page before it, so that it carries the cursor
 * that page handed out. The bench sends every list once this way (its agreement check) and then
 * measures the requests as they were sent: each connection replays the walks page after page,
 * with the same cursors a client would follow.
 */
import type { Request, SystemName, Workload } from './workload-requests.ts';

/** A parsed JSON answer, or `{ failure }` when the request timed out or its connection failed. */
export type Answer = any;

/** One request with a timeout; a timeout or a failed connection comes back as `{ failure }`. */
export async function postJson(url: string, path: string, body: string, timeoutSeconds: number): Promise<Answer> {
  try {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    return await response.json();
  } catch (error) {
    const e = error as Error;
    return { failure: e.name === 'TimeoutError' ? `timeout after ${timeoutSeconds} s` : `${e.name}: ${e.message}` };
  }
}

/** What a request was sent as and what came back; nothing when it was left out. */
export interface Sent {
  request?: Request;
  answer?: Answer;
  /** Left out because the page before had no next page: its walk had ended. */
  ended?: boolean;
}

const answered = (a: Answer) => a != null && !a.failure && !a.errors?.length && a.data != null;

/**
 * Sends `requests` in order through `ask`. A later page of a walk is sent only when the page
 * before was answered and has a next page; otherwise its walk has ended there (or broken off) and
 * it is left out, as are the pages after it. `skip(i)` leaves request `i` out without sending it.
 */
export async function sendInOrder(
  requests: Request[],
  ask: (request: Request, i: number) => Promise<Answer>,
  skip: (i: number) => boolean = () => false,
): Promise<Sent[]> {
  const sent: Sent[] = [];
  let previous: Answer;
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    const body = r.follows ? (answered(previous) ? r.follows(previous) : undefined) : r.body;
    if (body === undefined || skip(i)) {
      sent.push(body === undefined && answered(previous) ? { ended: true } : {});
      previous = undefined;
      continue;
    }
    const request = { path: r.path, body };
    previous = await ask(request, i);
    sent.push({ request, answer: previous });
  }
  return sent;
}

/** The workload with `system`'s requests as they were sent (the walks' later pages with their cursors). */
export function asSent(workload: Workload, system: SystemName, sent: Sent[]): Workload {
  const requests = sent.flatMap((s) => (s.request ? [s.request] : []));
  return { ...workload, requests: { ...workload.requests, [system]: requests } };
}

/** Sends `system`'s requests once (sendInOrder) and returns the workload with them as sent, ready to be driven. */
export async function walkOnce(workload: Workload, system: SystemName, url: string, timeoutSeconds: number): Promise<Workload> {
  if (!workload.requests[system].some((r) => r.follows)) return workload;
  return asSent(workload, system, await sendInOrder(workload.requests[system], (r) => postJson(url, r.path, r.body, timeoutSeconds)));
}
