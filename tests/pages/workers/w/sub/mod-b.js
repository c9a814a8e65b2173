export const where = 'mod-b';
