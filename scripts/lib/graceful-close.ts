import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

// Under the 30 s after which Kubernetes kills a pod that has not exited.
export const shutdownDeadlineMs = 25_000;

export type GracefulClose = {
  /** Called for every connection the server accepts, so that a stopping server can close the idle ones. */
  connected: (socket: Socket) => void;
  /** Called for every request, so that a stopping server closes each connection once it has answered. */
  track: (request: IncomingMessage, response: ServerResponse) => void;
  /** Stops accepting connections, lets the requests in flight finish, then exits 0 (1 if the deadline cuts some off). */
  close: (server: Server) => void;
};

// A live stream (Server-Sent Events: an EventSource asks for text/event-stream) never finishes by
// itself; cut, its page reconnects to another server and resumes there.
const asksForLiveStream = (request: IncomingMessage) => (request.headers.accept ?? '').includes('text/event-stream');

export function gracefulClose(): GracefulClose {
  let closing = false;
  const sockets = new Set<Socket>();
  const answering = new Set<Socket>();
  const liveStreams = new Set<ServerResponse>();
  return {
    connected(socket) {
      sockets.add(socket);
      socket.once('close', () => {
        sockets.delete(socket);
        answering.delete(socket);
      });
    },
    track(request, response) {
      if (closing) response.setHeader('Connection', 'close');
      // A kept-alive connection would hold the server open after its last answer.
      const { socket } = request;
      answering.add(socket);
      response.once('close', () => answering.delete(socket));
      if (asksForLiveStream(request)) {
        liveStreams.add(response);
        response.once('close', () => liveStreams.delete(response));
      }
      response.once('finish', () => {
        if (closing) socket.end();
      });
    },
    close(server) {
      if (closing) return;
      closing = true;
      for (const response of liveStreams) response.destroy();
      // Connections with no request in flight (kept alive, or opened and never used) would hold
      // server.close() open until their timeout: Node's own idle check misses some of them.
      for (const socket of sockets) if (!answering.has(socket)) socket.destroy();
      server.close(() => process.exit(0));
      setTimeout(() => {
        console.error(`Stopped after ${shutdownDeadlineMs / 1000} s with requests still in flight`);
        server.closeAllConnections();
        process.exit(1);
      }, shutdownDeadlineMs).unref();
    },
  };
}
