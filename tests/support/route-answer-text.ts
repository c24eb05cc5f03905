/**
 * The text of a route's answer, read to its end; a live stream (Server-Sent Events) never ends by
 * itself, so once it has started it is cancelled and its text taken as empty: its status is the answer.
 */
export async function routeAnswerText(response: Response): Promise<string> {
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return '';
  }
  return response.text();
}
