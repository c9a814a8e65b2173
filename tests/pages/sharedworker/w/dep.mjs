export const value = 'imported dep';
