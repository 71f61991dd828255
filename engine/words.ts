/** The words of a list written with single spaces, as a set to look tokens' words up in. */
export const words = (list: string): Set<string> => new Set(list.split(' '));
