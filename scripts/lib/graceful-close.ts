import type { IncomingMessage, Server, ServerResponse } from 'node:http';

// Under the 30 s after which Kubernetes kills a pod that has not exited.
export const shutdownDeadlineMs = 25_000;

export type GracefulClose = {
  /** Called for every request, so that a stopping server closes each connection once it has answered. */
  track: (request: IncomingMessage, response: ServerResponse) => void;
  /** Stops accepting connections, lets the requests in flight finish, then exits 0 (1 if the deadline cuts some off). */
  close: (server: Server) => void;
};

export function gracefulClose(): GracefulClose {
  let closing = false;
  return {
    track(request, response) {
      if (closing) response.setHeader('Connection', 'close');
      // A kept-alive connection would hold the server open after its last answer.
      const { socket } = request;
      response.once('finish', () => {
        if (closing) socket.end();
      });
    },
    close(server) {
      if (closing) return;
      closing = true;
      // Node also closes the connections that are idle now; the others end as they answer (track).
      server.close(() => process.exit(0));
      setTimeout(() => {
        console.error(`Stopped after ${shutdownDeadlineMs / 1000} s with requests still in flight`);
        server.closeAllConnections();
        process.exit(1);
      }, shutdownDeadlineMs).unref();
    },
  };
}
