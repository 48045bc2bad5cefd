import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';

/** A driver of the second service the composition tests join with this gateway. */
export interface Driver {
  id: string;
  name: string;
  esn: string;
}

/** Serves a schema over HTTP on a free loopback port, as a separate service would. */
export async function serveSchema(schema: GraphQLSchema) {
  const server: Server = createServer(createYoga({ schema, landingPage: false, graphiql: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
