import { builder } from './builder.ts';
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

export const schema = builder.toSchema({ sortSchema: true });
