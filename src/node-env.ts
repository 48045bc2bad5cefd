/*
 * Imported first by main.ts, so it runs before any library is evaluated: the command line starts
 * a server, so NODE_ENV defaults to `production` (a value that is set and not empty is kept).
 * graphql-js reads it once at load: in any other mode every failed `instanceof` of its type
 * checks also compares class names to detect a second copy of graphql (2.6 % of a dashboard's CPU
 * in a profile). Nothing else here changes with it (yoga and envelop look only for `development`
 * and `test`).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
