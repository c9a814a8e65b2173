export const a = 'A';
