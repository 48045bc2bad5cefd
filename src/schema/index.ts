import { builder } from './builder.ts';
import { withCheckedRepresentations } from './entities.ts';
import './terminal.ts';
import './geo.ts';
import './catalog.ts';
import './condition.ts';
import './profile.ts';
import './diagnostics.ts';
import './tires.ts';
import './fuel.ts';
import './trips.ts';
import './binding.ts';
import './events.ts';
import './doors.ts';
import './node.ts';
import './my-access.ts';

/** The served schema: the Pothos schema as an Apollo Federation 2 subgraph (`_service`, `_entities`). */
export const schema = withCheckedRepresentations(builder.toSubGraphSchema({ sortSchema: true, linkUrl: 'https://specs.apollo.dev/federation/v2.6' }));
