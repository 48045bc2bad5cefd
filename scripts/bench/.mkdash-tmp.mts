import { print } from 'graphql';
import { DashboardDocument } from '/work/main/test/gql/graphql.ts';
const [simUrl] = process.argv.slice(2);
const fleet = (await (await fetch(`${simUrl}/__sim/fleet`)).json()) as Array<{ esn: string; bound: boolean }>;
const esns = fleet.filter((t) => t.bound).map((t) => t.esn).slice(0, 10);
const to = new Date(); const from = new Date(to.getTime() - 30 * 86400000);
console.log(JSON.stringify({ operationName: 'Dashboard', query: print(DashboardDocument), variables: { esns, pinned: esns[3], from: from.toISOString(), to: to.toISOString() } }));
