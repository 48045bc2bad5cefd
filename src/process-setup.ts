/*
 * Imported first by main.ts, so it runs before any library is evaluated: process-wide settings
 * that must precede everything else.
 */
import { setFlagsFromString } from 'node:v8';

/*
 * The command line starts a server, so NODE_ENV defaults to `production` (a value that is set and
 * not empty is kept). graphql-js reads it once at load: in any other mode every failed
 * `instanceof` of its type checks also compares class names to detect a second copy of graphql
 * (2.6 % of a dashboard's CPU in a profile). Nothing else here changes with it (yoga and envelop
 * look only for `development` and `test`).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

/*
 * V8 of Node 20 and 22 (not 24's) decides, once the objects made at one place in the code have
 * survived a few young collections, to make every later object of that place in the old
 * generation. It decided so for the arrays zod builds while checking an answer, and from then on
 * each check cost 5 to 10 times as much (a track of 848 points: 450–630 µs instead of 40–71),
 * mostly in collections. Turned off here rather than on the command line, so `node dist/main.js`
 * gets it too; V8 reads the flag at each collection, and nothing has been allocated by the
 * gateway yet.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
