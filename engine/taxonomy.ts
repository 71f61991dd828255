import topicsJson from '../data/topics.json';
import type { Topic } from './types';

/** The claim taxonomy bundled with the product (data/topics.json). */
export const TOPICS: readonly Topic[] = topicsJson as Topic[];

export function topicByKey(key: string | null): Topic | undefined {
  return key === null ? undefined : TOPICS.find((t) => t.key === key);
}
