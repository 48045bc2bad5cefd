/**
 * Imported first by main.ts, before graphql-js loads: unless NODE_ENV says otherwise, the server
 * runs graphql-js in production mode. Its type checks are then a plain `instanceof`; in
 * development mode every check that fails also compares class names, to report a second copy of
 * graphql-js, a cost paid on every field of every request. Nothing else the gateway loads reads
 * NODE_ENV=production.
 */
process.env.NODE_ENV ??= 'production';
