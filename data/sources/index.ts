import type { Source } from '../schema';
import dailyMail000 from './000-daily-mail.json';
import metro001 from './001-metro.json';
import newYorkTimes002 from './002-new-york-times.json';
import reuters003 from './003-reuters.json';
import newYorkTimes004 from './004-new-york-times.json';

export const bundledSources: readonly Source[] = [
  dailyMail000,
  metro001,
  newYorkTimes002,
  reuters003,
  newYorkTimes004,
];
