/*
 * The PostgreSQL schema: the same tables, columns and row types as ../index.ts (SQLite). Row type
 * aliases (ArticleRow, …) are not repeated: they are the same types, exported from there.
 */
export * from "./content";
export * from "./people";
export * from "./review";
